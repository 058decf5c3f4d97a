package insalestest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func newFake(t *testing.T) (*insalestest.Server, *insales.Client) {
	t.Helper()
	srv := insalestest.NewServer(insalestest.WithoutQuota())
	t.Cleanup(srv.Close)
	return srv, srv.Client()
}

func requireNotFound(t *testing.T, err error) {
	t.Helper()
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 404, ae.StatusCode)
}

func require422(t *testing.T, err error, field string) {
	t.Helper()
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 422, ae.StatusCode)
	assert.Contains(t, ae.Fields, field)
}

func TestFakeAccount(t *testing.T) {
	_, c := newFake(t)
	a, err := c.Account.Get(ctx)
	require.NoError(t, err)
	assert.Equal(t, "quentin", a.Subdomain)
	require.NoError(t, c.Account.Update(ctx, &insales.AccountUpdate{Title: insales.Ptr("Renamed"), Subdomain: insales.Ptr("renamed")}))
	a, err = c.Account.Get(ctx)
	require.NoError(t, err)
	assert.Equal(t, "Renamed", a.Title)
	assert.Equal(t, "renamed", a.Subdomain)
}

func TestFakeBlogsAndArticles(t *testing.T) {
	_, c := newFake(t)
	bs, err := c.Blogs.List(ctx)
	require.NoError(t, err)
	require.Len(t, bs, 2)
	b, err := c.Blogs.Create(ctx, &insales.BlogCreate{Title: "News"})
	require.NoError(t, err)
	assert.Equal(t, insales.BlogCommentsOff, b.Commentable)
	on := insales.BlogCommentsOn
	b, err = c.Blogs.Update(ctx, b.ID, &insales.BlogUpdate{Commentable: &on})
	require.NoError(t, err)
	assert.Equal(t, insales.BlogCommentsOn, b.Commentable)
	got, err := c.Blogs.Get(ctx, b.ID)
	require.NoError(t, err)
	assert.Equal(t, "News", got.Title)

	a, err := c.Articles.Create(ctx, b.ID, &insales.ArticleCreate{Title: "Hello", Content: "<p>Hi</p>", Author: "Me",
		PublishedAt: insales.Date{Time: mustParse(t, "2024-05-01T00:00:00Z")}, AllTags: []string{"x", "y"}})
	require.NoError(t, err)
	assert.Equal(t, []insales.Tag{{Title: "x"}, {Title: "y"}}, a.Tags)
	assert.Equal(t, 2024, a.PublishedAt.Year())
	a, err = c.Articles.Update(ctx, b.ID, a.ID, &insales.ArticleUpdate{Pinned: insales.Ptr(true)})
	require.NoError(t, err)
	assert.True(t, a.Pinned)
	as, err := c.Articles.List(ctx, b.ID)
	require.NoError(t, err)
	require.Len(t, as, 1)
	_, err = c.Articles.Get(ctx, 1, a.ID)
	requireNotFound(t, err) // under another blog
	require.NoError(t, c.Articles.Delete(ctx, b.ID, a.ID))
	_, err = c.Articles.Get(ctx, b.ID, a.ID)
	requireNotFound(t, err)
	require.NoError(t, c.Blogs.Delete(ctx, b.ID))
	_, err = c.Blogs.Get(ctx, b.ID)
	requireNotFound(t, err)
	seeded, err := c.Articles.Get(ctx, 1, 2)
	require.NoError(t, err)
	assert.Len(t, seeded.RelatedProducts, 1)
}

func TestFakePagesReviewsRedirectsDomains(t *testing.T) {
	_, c := newFake(t)
	p, err := c.Pages.Create(ctx, &insales.PageCreate{Title: "About", Content: "<p>us</p>"})
	require.NoError(t, err)
	require.NoError(t, c.Pages.Update(ctx, p.ID, &insales.PageUpdate{Title: insales.Ptr("About us")}))
	p, err = c.Pages.Get(ctx, p.ID)
	require.NoError(t, err)
	assert.Equal(t, "About us", p.Title)
	ps, err := c.Pages.List(ctx)
	require.NoError(t, err)
	assert.Len(t, ps, 2)
	require.NoError(t, c.Pages.Delete(ctx, p.ID))

	r, err := c.Reviews.Create(ctx, &insales.ReviewCreate{ProductID: 1, Author: "Bob", Rating: insales.Ptr(int64(4))})
	require.NoError(t, err)
	assert.Equal(t, int64(4), r.Rating)
	r, err = c.Reviews.Update(ctx, r.ID, &insales.ReviewUpdate{Content: insales.Ptr("Fine")})
	require.NoError(t, err)
	assert.Equal(t, "Fine", r.Content)
	_, err = c.Reviews.Create(ctx, &insales.ReviewCreate{ProductID: 999, Author: "Bob"})
	require422(t, err, "product_id")
	rs, err := c.Reviews.List(ctx)
	require.NoError(t, err)
	assert.Len(t, rs, 2)
	require.NoError(t, c.Reviews.Delete(ctx, r.ID))
	_, err = c.Reviews.Get(ctx, r.ID)
	requireNotFound(t, err)

	first, err := c.Redirects.Create(ctx, &insales.RedirectCreate{OldURL: "/a", NewURL: "/b"})
	require.NoError(t, err)
	_, err = c.Redirects.CreateRemovingChains(ctx, &insales.RedirectCreate{OldURL: "/b", NewURL: "/c"})
	require.NoError(t, err)
	first, err = c.Redirects.Get(ctx, first.ID)
	require.NoError(t, err)
	assert.Equal(t, "/c", first.NewURL, "the chain /a -> /b -> /c is now /a -> /c")
	rds, err := c.Redirects.List(ctx)
	require.NoError(t, err)
	assert.Len(t, rds, 4)
	require.NoError(t, c.Redirects.Delete(ctx, first.ID))

	d, err := c.Domains.Create(ctx, &insales.DomainCreate{Domain: "shop.example"})
	require.NoError(t, err)
	assert.False(t, d.Main)
	d, err = c.Domains.Update(ctx, d.ID, &insales.DomainUpdate{Main: insales.Ptr(true)})
	require.NoError(t, err)
	assert.True(t, d.Main)
	ds, err := c.Domains.List(ctx)
	require.NoError(t, err)
	assert.Len(t, ds, 3)
	require.NoError(t, c.Domains.Delete(ctx, d.ID), "a blank answer is success")
	_, err = c.Domains.Get(ctx, d.ID)
	requireNotFound(t, err)
}

func TestFakeFilesAndJSTags(t *testing.T) {
	_, c := newFake(t)
	f, err := c.Files.CreateFromAttachment(ctx, &insales.FileAttachment{Attachment: []byte("%PDF-1.4 ..."), Filename: "price.pdf"})
	require.NoError(t, err)
	assert.Contains(t, f.AbsoluteURL, "/price.pdf")
	g, err := c.Files.CreateFromURL(ctx, &insales.FileFromURL{Src: "https://cdn.example/img/slide4.jpg"})
	require.NoError(t, err)
	assert.Contains(t, g.AbsoluteURL, "/slide4.jpg")
	got, err := c.Files.Get(ctx, f.ID)
	require.NoError(t, err)
	assert.Equal(t, f.AbsoluteURL, got.AbsoluteURL)
	fs, err := c.Files.List(ctx)
	require.NoError(t, err)
	assert.Len(t, fs, 3)
	page, err := c.Files.ListPage(ctx, &insales.FileListOptions{Page: 1, PerPage: 10})
	require.NoError(t, err)
	assert.Len(t, page.Items, 3)
	require.NoError(t, c.Files.Delete(ctx, f.ID))

	j, err := c.JSTags.CreateFromCode(ctx, &insales.JSTagCode{Code: "console.log(1)", Name: "log"})
	require.NoError(t, err)
	assert.Equal(t, insales.JSTagText, j.Type)
	u, err := c.JSTags.CreateFromURL(ctx, &insales.JSTagURL{URL: "https://cdn.example/app.js"})
	require.NoError(t, err)
	assert.Equal(t, insales.JSTagFile, u.Type)
	j, err = c.JSTags.Update(ctx, j.ID, &insales.JSTagUpdate{Name: insales.Ptr("logger")})
	require.NoError(t, err)
	assert.Equal(t, "logger", j.Name)
	js, err := c.JSTags.List(ctx)
	require.NoError(t, err)
	assert.Len(t, js, 4)
	require.NoError(t, c.JSTags.Delete(ctx, j.ID))
	_, err = c.JSTags.Get(ctx, j.ID)
	requireNotFound(t, err)
}

func TestFakeAppsAndBilling(t *testing.T) {
	_, c := newFake(t)
	ch, err := c.ApplicationCharges.Create(ctx, &insales.ApplicationChargeCreate{Name: "Premium", Price: insales.MustDecimal("300"), Test: insales.Ptr(true)})
	require.NoError(t, err)
	assert.Equal(t, insales.ChargePending, ch.Status)
	assert.Equal(t, "300.0", ch.Price.String())
	assert.NotEmpty(t, ch.ConfirmationURL)
	ch, err = c.ApplicationCharges.Decline(ctx, ch.ID)
	require.NoError(t, err)
	assert.Equal(t, insales.ChargeDeclined, ch.Status)
	_, err = c.ApplicationCharges.Decline(ctx, ch.ID)
	require422(t, err, "base")
	got, err := c.ApplicationCharges.Get(ctx, ch.ID)
	require.NoError(t, err)
	assert.Equal(t, insales.ChargeDeclined, got.Status, "polling sees the decline")
	all, err := c.ApplicationCharges.List(ctx)
	require.NoError(t, err)
	assert.Len(t, all, 3)

	rc, err := c.RecurringApplicationCharge.Get(ctx)
	require.NoError(t, err)
	assert.Equal(t, "1190.0", rc.Monthly.String())
	_, err = c.RecurringApplicationCharge.Create(ctx, &insales.RecurringChargeInput{Monthly: insales.MustDecimal("200")})
	require422(t, err, "base") // only one at a time
	rc, err = c.RecurringApplicationCharge.Update(ctx, &insales.RecurringChargeInput{Monthly: insales.MustDecimal("300")})
	require.NoError(t, err)
	assert.Equal(t, "300.0", rc.Monthly.String())
	require.NoError(t, c.RecurringApplicationCharge.Delete(ctx))
	_, err = c.RecurringApplicationCharge.Get(ctx)
	requireNotFound(t, err)
	rc, err = c.RecurringApplicationCharge.Create(ctx, &insales.RecurringChargeInput{Monthly: insales.MustDecimal("200")})
	require.NoError(t, err)
	assert.False(t, rc.PaidTill.IsZero())

	w, err := c.ApplicationWidgets.Create(ctx, &insales.ApplicationWidgetCreate{Code: "<b>hi</b>", Height: 40, PageType: insales.WidgetOnOrder})
	require.NoError(t, err)
	w, err = c.ApplicationWidgets.Update(ctx, w.ID, &insales.ApplicationWidgetUpdate{Height: insales.Ptr(int64(90))})
	require.NoError(t, err)
	assert.Equal(t, int64(90), w.Height)
	ws, err := c.ApplicationWidgets.List(ctx)
	require.NoError(t, err)
	assert.Len(t, ws, 3)
	got2, err := c.ApplicationWidgets.Get(ctx, w.ID)
	require.NoError(t, err)
	assert.Equal(t, insales.WidgetOnOrder, got2.PageType)
	require.NoError(t, c.ApplicationWidgets.Delete(ctx, w.ID))

	inv, err := c.InvitedAccounts.List(ctx)
	require.NoError(t, err)
	require.Len(t, inv, 1)
	one, err := c.InvitedAccounts.Get(ctx, inv[0].ID)
	require.NoError(t, err)
	assert.Equal(t, "https://test-shop.ru/", one.ShopURL)

	hooks, err := c.Webhooks.List(ctx)
	require.NoError(t, err)
	require.Len(t, hooks, 2)
	xml := insales.WebhookXML
	h, err := c.Webhooks.Update(ctx, hooks[0].ID, &insales.WebhookUpdate{Format: &xml, Address: insales.Ptr("https://app.example/x")})
	require.NoError(t, err)
	assert.Equal(t, "https://app.example/x", h.Address)
	h, err = c.Webhooks.Get(ctx, h.ID)
	require.NoError(t, err)
	assert.Equal(t, insales.WebhookXML, h.Format)
	require.NoError(t, c.Webhooks.Delete(ctx, h.ID))

	whs, err := c.Warehouses.List(ctx)
	require.NoError(t, err)
	assert.NotEmpty(t, whs)
}

func TestFakeCollectionFieldsValuesFilters(t *testing.T) {
	_, c := newFake(t)
	f, err := c.CollectionFields.Create(ctx, &insales.CollectionFieldCreate{Title: "Banner", Handle: "banner", Type: insales.CollectionFieldTextField})
	require.NoError(t, err)
	assert.Equal(t, int64(1), *f.ApplicationID)
	require.NoError(t, c.CollectionFields.Update(ctx, f.ID, &insales.CollectionFieldUpdate{Title: insales.Ptr("Top banner")}))
	require.NoError(t, c.CollectionFields.UpdateByHandle(ctx, "banner", &insales.CollectionFieldUpdate{Position: insales.Ptr(int64(9))}))
	g, err := c.CollectionFields.GetByHandle(ctx, "banner")
	require.NoError(t, err)
	assert.Equal(t, "Top banner", g.Title)
	assert.Equal(t, int64(9), g.Position)
	g, err = c.CollectionFields.Get(ctx, f.ID)
	require.NoError(t, err)
	assert.Equal(t, "banner", g.Handle)
	fs, err := c.CollectionFields.List(ctx)
	require.NoError(t, err)
	assert.Len(t, fs, 3)

	require.NoError(t, c.CollectionFieldValues.UpdateByHandle(ctx, 1, "banner", &insales.CollectionFieldValueUpdate{Value: insales.Ptr("sale!")}))
	v, err := c.CollectionFieldValues.Get(ctx, 1, f.ID)
	require.NoError(t, err)
	assert.Equal(t, insales.String("sale!"), v.Value)
	require.NoError(t, c.CollectionFieldValues.Update(ctx, 1, f.ID, &insales.CollectionFieldValueUpdate{Value: insales.Ptr("over")}))
	v, err = c.CollectionFieldValues.GetByHandle(ctx, 1, "banner")
	require.NoError(t, err)
	assert.Equal(t, insales.String("over"), v.Value)
	vs, err := c.CollectionFieldValues.List(ctx, 1)
	require.NoError(t, err)
	assert.Len(t, vs, 3)
	require.NoError(t, c.CollectionFields.DeleteByHandle(ctx, "banner"))
	vs, err = c.CollectionFieldValues.List(ctx, 1)
	require.NoError(t, err)
	assert.Len(t, vs, 2, "the field's values go with it")
	require.NoError(t, c.CollectionFields.Delete(ctx, 1))

	flt, err := c.CollectionFilters.Create(ctx, &insales.CollectionFilterCreate{Title: "Red shirts", CollectionID: 1,
		Properties: []insales.FilterValue{{Title: "Colour", Value: "Red"}}})
	require.NoError(t, err)
	assert.Equal(t, "Red", flt.Characteristics[0].Title)
	flt, err = c.CollectionFilters.Update(ctx, flt.ID, &insales.CollectionFilterUpdate{Permalink: insales.Ptr("red")})
	require.NoError(t, err)
	assert.Equal(t, "red", flt.Permalink)
	list, err := c.CollectionFilters.List(ctx, &insales.CollectionFilterListOptions{CollectionID: 1})
	require.NoError(t, err)
	assert.Len(t, list, 2)
	none, err := c.CollectionFilters.List(ctx, &insales.CollectionFilterListOptions{CollectionID: 999})
	require.NoError(t, err)
	assert.Empty(t, none)
	require.NoError(t, c.CollectionFilters.Delete(ctx, flt.ID))
	_, err = c.CollectionFilters.Get(ctx, flt.ID)
	requireNotFound(t, err)
	_, err = c.CollectionFilters.Create(ctx, &insales.CollectionFilterCreate{Title: "x", CollectionID: 999})
	require422(t, err, "collection_id")
}

func mustParse(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return tm
}
