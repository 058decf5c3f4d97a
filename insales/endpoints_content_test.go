package insales_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// ep13 is one catalogue endpoint's test: the call, the request it must
// send, and checks of the decoded example beyond requireMatchesExample.
type ep13 struct {
	id     string // catalogue id: fixtures are testdata/<id>.{request,response}.json
	status int
	call   func(c *insales.Client) (any, error)
	method string
	path   string
	query  string
	// request names the body fixture ("" for none; "-" to skip the check).
	request string
	check   func(t *testing.T, got any)
}

func runEndpoints(t *testing.T, eps []ep13) {
	t.Helper()
	for _, ep := range eps {
		t.Run(ep.id, func(t *testing.T) {
			resp := []byte(nil)
			if ep.status != 0 {
				resp = fixture(t, ep.id+".response.json")
			} else {
				ep.status = 200
				resp = []byte(" ")
			}
			c, rec := serve(t, ep.status, resp)
			got, err := ep.call(c)
			require.NoError(t, err)
			require.Equal(t, 1, rec.count(), "one request")
			r := rec.last(t)
			assert.Equal(t, ep.method, r.Method)
			assert.Equal(t, ep.path, r.Path)
			assert.Equal(t, ep.query, r.RawQuery)
			checkAuth(t, r, ep.method != "GET")
			switch ep.request {
			case "":
				assert.Empty(t, r.Body)
			case "-":
			default:
				requireJSONEq(t, fixture(t, ep.request), r.Body)
			}
			if got != nil {
				requireMatchesExample(t, resp, got)
			}
			if ep.check != nil {
				ep.check(t, got)
			}
		})
	}
}

func TestAccountEndpoints(t *testing.T) {
	runEndpoints(t, []ep13{
		{id: "account.get", status: 200, method: "GET", path: "/admin/account.json",
			call: func(c *insales.Client) (any, error) { return c.Account.Get(ctx) },
			check: func(t *testing.T, got any) {
				a := got.(*insales.Account)
				assert.Equal(t, int64(1), a.ID)
				assert.Equal(t, "quentin", a.Subdomain)
				assert.Equal(t, "30.0", a.StockCurrencyExchangeRate.String())
				assert.Nil(t, a.MinimumItemsPrice)
				assert.Equal(t, int64(1006), a.NextOrderNumber)
				assert.Equal(t, "quentin@example.com", a.Owner.Email)
				assert.Empty(t, a.Extra)
			}},
		{id: "account.update", status: 200, method: "PUT", path: "/admin/account.json", request: "account.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return nil, c.Account.Update(ctx, &insales.AccountUpdate{
					Title: insales.Ptr("NEW SHOP TITLE"), Phone: insales.Ptr("8(912) 345-78-91"), Email: insales.Ptr("mynewemail@mydomain.com"),
					ICQ: insales.Ptr("98798755"), ContactPhone: insales.Ptr("+7(926)345-67-89"), SMSNotificationPhone: insales.Ptr("+79263456789"),
					Organization: insales.Ptr("new organization name"), Country: insales.Ptr("RU"), City: insales.Ptr("London"), State: insales.Ptr("Vermont"),
					NotificationEmail: insales.Ptr("new_notif_email1@gmail.com,new_notif_email2@gmail.com"), Subdomain: insales.Ptr("mynewsubdomain"),
				})
			}},
	})
}

func TestBlogAndArticleEndpoints(t *testing.T) {
	runEndpoints(t, []ep13{
		{id: "blogs.list", status: 200, method: "GET", path: "/admin/blogs.json",
			call: func(c *insales.Client) (any, error) { return c.Blogs.List(ctx) },
			check: func(t *testing.T, got any) {
				bs := got.([]insales.Blog)
				require.Len(t, bs, 2)
				assert.Equal(t, insales.BlogCommentsOff, bs[0].Commentable)
				assert.Equal(t, []insales.Tag{{Title: "test"}, {Title: "test2"}}, bs[0].Tags)
				assert.Empty(t, bs[1].Tags)
			}},
		{id: "blogs.get", status: 200, method: "GET", path: "/admin/blogs/1.json",
			call: func(c *insales.Client) (any, error) { return c.Blogs.Get(ctx, 1) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, "Блог", got.(*insales.Blog).Title)
				assert.True(t, got.(*insales.Blog).NotifyAboutComment)
			}},
		{id: "blogs.create", status: 201, method: "POST", path: "/admin/blogs.json", request: "blogs.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Blogs.Create(ctx, &insales.BlogCreate{Title: "SuperBlog", HTMLTitle: "HTML TAG TITLE", MetaKeywords: "new cool products",
					MetaDescription: "It's a blog about our new products"})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "SuperBlog", got.(*insales.Blog).Title) }},
		{id: "blogs.update", status: 200, method: "PUT", path: "/admin/blogs/1.json", request: "blogs.update.request.json",
			call: func(c *insales.Client) (any, error) {
				yes := insales.BlogCommentsOn
				return c.Blogs.Update(ctx, 1, &insales.BlogUpdate{Title: insales.Ptr("WowBlog"), NotifyAboutComment: insales.Ptr(false),
					CaptchaEnabled: insales.Ptr(true), DisallowLinksInComments: insales.Ptr(true), Commentable: &yes})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, insales.BlogCommentsOn, got.(*insales.Blog).Commentable) }},
		{id: "blogs.delete", status: 200, method: "DELETE", path: "/admin/blogs/1.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Blogs.Delete(ctx, 1) }},
		{id: "articles.list", status: 200, method: "GET", path: "/admin/blogs/1/articles.json",
			call: func(c *insales.Client) (any, error) { return c.Articles.List(ctx, 1) },
			check: func(t *testing.T, got any) {
				as := got.([]insales.Article)
				require.Len(t, as, 2)
				assert.Nil(t, as[0].Image, "the first article has no image key")
				require.NotNil(t, as[1].Image)
				require.Len(t, as[1].RelatedProducts, 1)
				rp := as[1].RelatedProducts[0]
				assert.Equal(t, "{1,3,8}", rp.CollectionsID)
				assert.Equal(t, "10.0", rp.PriceMinCached.String())
				assert.Equal(t, int64(-1), rp.VAT)
			}},
		{id: "articles.get", status: 200, method: "GET", path: "/admin/blogs/1/articles/2.json",
			call: func(c *insales.Client) (any, error) { return c.Articles.Get(ctx, 1, 2) },
			check: func(t *testing.T, got any) {
				a := got.(*insales.Article)
				assert.Equal(t, int64(2), a.ID)
				assert.Equal(t, 2017, a.PublishedAt.Year())
				assert.Equal(t, "/images/articles/1/1/1/article_image_1.jpg", a.Image.OriginalURL)
			}},
		{id: "articles.create", status: 201, method: "POST", path: "/admin/blogs/1/articles.json", request: "articles.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Articles.Create(ctx, 1, &insales.ArticleCreate{Title: "new article", Content: "<p>content of my article<p>", Notice: "some notice",
					PublishedAt: mustDate(t, "2014-09-09"), Author: "My Name is panda", Permalink: "first_article", HTMLTitle: "HTML TAG TITLE",
					MetaKeywords: "new cool products", MetaDescription: "It's a article about our new products", AllTags: []string{"test3", "test4"},
					Pinned: insales.Ptr(true)})
			},
			check: func(t *testing.T, got any) {
				a := got.(*insales.Article)
				assert.Equal(t, []insales.Tag{{Title: "test3"}, {Title: "test4"}}, a.Tags, "all_tags come back as tags")
				assert.True(t, a.Pinned)
			}},
		{id: "articles.update", status: 200, method: "PUT", path: "/admin/blogs/1/articles/2.json", request: "articles.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Articles.Update(ctx, 1, 2, &insales.ArticleUpdate{Title: insales.Ptr("new title"), AllTags: []string{"test", "test3"}, Pinned: insales.Ptr(true)})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "new title", got.(*insales.Article).Title) }},
		{id: "articles.delete", status: 200, method: "DELETE", path: "/admin/blogs/1/articles/2.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Articles.Delete(ctx, 1, 2) }},
	})
}

func TestPageReviewRedirectDomainEndpoints(t *testing.T) {
	runEndpoints(t, []ep13{
		{id: "pages.list", status: 200, method: "GET", path: "/admin/pages.json",
			call:  func(c *insales.Client) (any, error) { return c.Pages.List(ctx) },
			check: func(t *testing.T, got any) { assert.True(t, got.([]insales.ContentPage)[0].IsMain) }},
		{id: "pages.get", status: 200, method: "GET", path: "/admin/pages/1.json",
			call:  func(c *insales.Client) (any, error) { return c.Pages.Get(ctx, 1) },
			check: func(t *testing.T, got any) { assert.Equal(t, "страница", got.(*insales.ContentPage).Permalink) }},
		{id: "pages.create", status: 201, method: "POST", path: "/admin/pages.json", request: "pages.create.request.json",
			call: func(c *insales.Client) (any, error) {
				d := mustDate(t, "2014-09-09")
				return c.Pages.Create(ctx, &insales.PageCreate{Title: "new page", Content: "<p>content of my page<p>", Permalink: "first_page",
					HTMLTitle: "HTML TAG TITLE", MetaKeywords: "new cool products", MetaDescription: "It's a page about our new products", CreatedAt: &d})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "new page", got.(*insales.ContentPage).Title) }},
		{id: "pages.update", status: 200, method: "PUT", path: "/admin/pages/1.json", request: "pages.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return nil, c.Pages.Update(ctx, 1, &insales.PageUpdate{Title: insales.Ptr("new title")})
			}},
		{id: "pages.delete", status: 200, method: "DELETE", path: "/admin/pages/1.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Pages.Delete(ctx, 1) }},
		{id: "reviews.list", status: 200, method: "GET", path: "/admin/reviews.json",
			call:  func(c *insales.Client) (any, error) { return c.Reviews.List(ctx) },
			check: func(t *testing.T, got any) { assert.Equal(t, int64(5), got.([]insales.Review)[0].Rating) }},
		{id: "reviews.get", status: 200, method: "GET", path: "/admin/reviews/1.json",
			call:  func(c *insales.Client) (any, error) { return c.Reviews.Get(ctx, 1) },
			check: func(t *testing.T, got any) { assert.Equal(t, int64(1), got.(*insales.Review).ProductID) }},
		{id: "reviews.create", status: 201, method: "POST", path: "/admin/reviews.json", request: "reviews.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Reviews.Create(ctx, &insales.ReviewCreate{ProductID: 1, Author: "Bob", Content: "Nice product! I'd like to buy it!",
					Email: "bob@gmail.com", Published: insales.Ptr(true), Rating: insales.Ptr(int64(7))})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "Bob", got.(*insales.Review).Author) }},
		{id: "reviews.update", status: 200, method: "PUT", path: "/admin/reviews/1.json", request: "reviews.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Reviews.Update(ctx, 1, &insales.ReviewUpdate{Content: insales.Ptr("Sweet product!")})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "Sweet product!", got.(*insales.Review).Content) }},
		{id: "reviews.delete", status: 200, method: "DELETE", path: "/admin/reviews/1.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Reviews.Delete(ctx, 1) }},
		{id: "redirects.list", status: 200, method: "GET", path: "/admin/redirects.json",
			call:  func(c *insales.Client) (any, error) { return c.Redirects.List(ctx) },
			check: func(t *testing.T, got any) { assert.Equal(t, "/so_old_url", got.([]insales.Redirect)[0].OldURL) }},
		{id: "redirects.get", status: 200, method: "GET", path: "/admin/redirects/4.json",
			call:  func(c *insales.Client) (any, error) { return c.Redirects.Get(ctx, 4) },
			check: func(t *testing.T, got any) { assert.Equal(t, "/like_new_url", got.(*insales.Redirect).NewURL) }},
		{id: "redirects.create", status: 201, method: "POST", path: "/admin/redirects.json", request: "redirects.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Redirects.Create(ctx, &insales.RedirectCreate{OldURL: "/old_url", NewURL: "/new_url"})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "/new_url", got.(*insales.Redirect).NewURL) }},
		{id: "redirects.create_removing_chains", status: 201, method: "POST", path: "/admin/redirects.json", request: "redirects.create_removing_chains.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Redirects.CreateRemovingChains(ctx, &insales.RedirectCreate{OldURL: "/like_new_url", NewURL: "/so_new_url"})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "/so_new_url", got.(*insales.Redirect).NewURL) }},
		{id: "redirects.delete", status: 200, method: "DELETE", path: "/admin/redirects/4.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Redirects.Delete(ctx, 4) }},
		{id: "domains.list", status: 200, method: "GET", path: "/admin/domains.json",
			call:  func(c *insales.Client) (any, error) { return c.Domains.List(ctx) },
			check: func(t *testing.T, got any) { assert.True(t, got.([]insales.Domain)[0].Main) }},
		{id: "domains.get", status: 200, method: "GET", path: "/admin/domains/4.json",
			call:  func(c *insales.Client) (any, error) { return c.Domains.Get(ctx, 4) },
			check: func(t *testing.T, got any) { assert.Equal(t, "some-domain.ru", got.(*insales.Domain).Domain) }},
		{id: "domains.create", status: 201, method: "POST", path: "/admin/domains.json", request: "domains.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Domains.Create(ctx, &insales.DomainCreate{Domain: "another-domain.ru", Main: insales.Ptr(true)})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(8), got.(*insales.Domain).ID) }},
		{id: "domains.update", status: 200, method: "PUT", path: "/admin/domains/4.json", request: "domains.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Domains.Update(ctx, 4, &insales.DomainUpdate{Domain: insales.Ptr("other-domain.ru")})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "other-domain.ru", got.(*insales.Domain).Domain) }},
		// The documentation shows a blank answer to this DELETE.
		{id: "domains.delete", method: "DELETE", path: "/admin/domains/4.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Domains.Delete(ctx, 4) }},
	})
}
