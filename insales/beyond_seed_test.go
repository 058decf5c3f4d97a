package insales_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func TestProductsBeyondTheDocumentationOnTheWire(t *testing.T) {
	t.Run("recover", func(t *testing.T) {
		c, rec := serve(t, 200, []byte(`{"id": 7, "archived": false}`))
		require.NoError(t, c.Products.Recover(ctx, 7))
		r := rec.last(t)
		assert.Equal(t, "POST", r.Method)
		assert.Equal(t, "/admin/products/7/recover.json", r.Path)
		checkAuth(t, r, true)
	})
	t.Run("by_ids", func(t *testing.T) {
		c, rec := serve(t, 200, []byte(`[{"id": 1, "title": "A"}, {"id": "2", "title": "B"}]`))
		ps, err := c.Products.ByIDs(ctx, []int64{1, 2})
		require.NoError(t, err)
		r := rec.last(t)
		assert.Equal(t, "GET", r.Method)
		assert.Equal(t, "/admin/products/by_ids.json", r.Path)
		assert.Equal(t, "product_ids=1%2C2", r.RawQuery)
		require.Len(t, ps, 2)
		assert.Equal(t, int64(2), ps[1].ID)
	})
	t.Run("variants_group_update", func(t *testing.T) {
		c, rec := serve(t, 200, []byte(`[]`))
		err := c.Products.VariantsGroupUpdate(ctx, []insales.VariantGroupItem{
			{ID: 5, VariantUpdate: insales.VariantUpdate{Price: insales.Ptr(insales.MustDecimal("99.50"))}},
			{ID: 6, VariantUpdate: insales.VariantUpdate{Quantity: insales.Ptr(insales.MustDecimal("3"))}},
		})
		require.NoError(t, err)
		r := rec.last(t)
		assert.Equal(t, "PUT", r.Method)
		assert.Equal(t, "/admin/products/variants_group_update.json", r.Path)
		requireJSONEq(t, []byte(`{"variants": [{"id": 5, "price": 99.50}, {"id": 6, "quantity": 3}]}`), r.Body)
	})
	t.Run("orders_delete", func(t *testing.T) {
		c, rec := serve(t, 200, []byte(`{"status": "ok"}`))
		require.NoError(t, c.Orders.Delete(ctx, 12))
		r := rec.last(t)
		assert.Equal(t, "DELETE", r.Method)
		assert.Equal(t, "/admin/orders/12.json", r.Path)
	})
	t.Run("warehouses", func(t *testing.T) {
		c, rec := serve(t, 200, []byte(`[{"id": 1, "title": "Main", "address": "x"}]`))
		ws, err := c.Warehouses.List(ctx)
		require.NoError(t, err)
		assert.Equal(t, "/admin/warehouses.json", rec.last(t).Path)
		require.Len(t, ws, 1)
		assert.Equal(t, "Main", ws[0].Title)
		assert.Contains(t, ws[0].Extra, "address")
	})
	t.Run("discount_codes_list_filters", func(t *testing.T) {
		c, rec := serve(t, 200, []byte(`[{"id": 1, "code": "SALE"}]`))
		page, err := c.DiscountCodes.ListPage(ctx, &insales.DiscountCodeListOptions{Page: 3, PerPage: 100, Deleted: true})
		require.NoError(t, err)
		assert.Equal(t, "/admin/discount_codes.json", rec.last(t).Path)
		assert.Equal(t, "deleted=true&page=3&per_page=100", rec.last(t).RawQuery)
		assert.Equal(t, 3, page.Number)
		require.Len(t, page.Items, 1)
	})
	t.Run("files_list_filters", func(t *testing.T) {
		c, rec := serve(t, 200, fixture(t, "files.list.response.json"))
		since := time.Date(2017, 9, 4, 0, 0, 0, 0, time.FixedZone("", 3*3600))
		page, err := c.Files.ListPage(ctx, &insales.FileListOptions{Page: 2, PerPage: 50, UpdatedSince: since, Deleted: true})
		require.NoError(t, err)
		assert.Equal(t, "deleted=true&page=2&per_page=50&updated_since=2017-09-04+00%3A00%3A00+%2B03%3A00", rec.last(t).RawQuery)
		assert.Equal(t, 2, page.Number)
		assert.Len(t, page.Items, 1)
	})
}

func TestBeyondTheDocumentationThroughTheFake(t *testing.T) {
	srv := insalestest.NewServer(insalestest.WithoutQuota())
	defer srv.Close()
	c := srv.Client()
	require.NoError(t, c.Products.Delete(ctx, 1))
	p, err := c.Products.Get(ctx, 1)
	require.NoError(t, err)
	require.True(t, p.Archived)
	require.NoError(t, c.Products.Recover(ctx, 1))
	p, err = c.Products.Get(ctx, 1)
	require.NoError(t, err)
	assert.False(t, p.Archived, "recovered")

	ps, err := c.Products.ByIDs(ctx, []int64{1, 999})
	require.NoError(t, err)
	require.Len(t, ps, 1, "unknown ids are left out")
	vid := ps[0].Variants[0].ID
	require.NoError(t, c.Products.VariantsGroupUpdate(ctx, []insales.VariantGroupItem{{ID: vid, VariantUpdate: insales.VariantUpdate{Price: insales.Ptr(insales.MustDecimal("123.45"))}}}))
	v, err := c.Variants.Get(ctx, 1, vid)
	require.NoError(t, err)
	assert.Equal(t, 0, v.Price.Cmp(insales.MustDecimal("123.45")))
}

// Bad input is refused with a *FieldError and nothing sent.
func TestContentBadInputSendsNothing(t *testing.T) {
	c, rec := serve(t, 200, []byte(`{}`))
	big := make([]byte, insales.MaxAttachmentSize+1)
	tooMany := make([]int64, insales.MaxProductsByIDs+1)
	for i := range tooMany {
		tooMany[i] = int64(i + 1)
	}
	bad := insales.EventType("carts/create")
	calls := map[string]func() error{
		"file too large": func() error {
			_, err := c.Files.CreateFromAttachment(ctx, &insales.FileAttachment{Attachment: big, Filename: "x.bin"})
			return err
		},
		"file without name": func() error {
			_, err := c.Files.CreateFromAttachment(ctx, &insales.FileAttachment{Attachment: []byte("x")})
			return err
		},
		"file name with slash": func() error {
			_, err := c.Files.CreateFromAttachment(ctx, &insales.FileAttachment{Attachment: []byte("x"), Filename: "../x"})
			return err
		},
		"file relative url": func() error { _, err := c.Files.CreateFromURL(ctx, &insales.FileFromURL{Src: "/x.jpg"}); return err },
		"files per_page":    func() error { _, err := c.Files.ListPage(ctx, &insales.FileListOptions{PerPage: 1000}); return err },
		"js code too large": func() error {
			_, err := c.JSTags.CreateFromCode(ctx, &insales.JSTagCode{Code: strings.Repeat("x", insales.MaxJSTagCode+1)})
			return err
		},
		"js url not absolute": func() error { _, err := c.JSTags.CreateFromURL(ctx, &insales.JSTagURL{URL: "jquery.js"}); return err },
		"js nil":              func() error { _, err := c.JSTags.CreateFromCode(ctx, nil); return err },
		"by_ids over 100":     func() error { _, err := c.Products.ByIDs(ctx, tooMany); return err },
		"by_ids empty":        func() error { _, err := c.Products.ByIDs(ctx, nil); return err },
		"by_ids zero":         func() error { _, err := c.Products.ByIDs(ctx, []int64{1, 0}); return err },
		"group update empty":  func() error { return c.Products.VariantsGroupUpdate(ctx, nil) },
		"group update no id": func() error {
			return c.Products.VariantsGroupUpdate(ctx, []insales.VariantGroupItem{{VariantUpdate: insales.VariantUpdate{SKU: insales.Ptr("a")}}})
		},
		"group update nothing": func() error { return c.Products.VariantsGroupUpdate(ctx, []insales.VariantGroupItem{{ID: 1}}) },
		"recover id":           func() error { return c.Products.Recover(ctx, 0) },
		"order delete id":      func() error { return c.Orders.Delete(ctx, -1) },
		"webhook topic": func() error {
			_, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: "https://a.example/h", Topic: bad})
			return err
		},
		"webhook address": func() error {
			_, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: "a.example/h", Topic: insales.TopicOrdersCreate})
			return err
		},
		"webhook batch on orders": func() error {
			_, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: "https://a.example/h", Topic: insales.TopicOrdersCreate, BatchSize: insales.Ptr(int64(5))})
			return err
		},
		"webhook channel on create": func() error {
			_, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: "https://a.example/h", Topic: insales.TopicProductsCreate, SalesChannelID: insales.Ptr(int64(5))})
			return err
		},
		"webhook format": func() error {
			_, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: "https://a.example/h", Topic: insales.TopicOrdersCreate, Format: "yaml"})
			return err
		},
		"webhook empty update": func() error { _, err := c.Webhooks.Update(ctx, 1, &insales.WebhookUpdate{}); return err },
		"charge price zero": func() error {
			_, err := c.ApplicationCharges.Create(ctx, &insales.ApplicationChargeCreate{Name: "x"})
			return err
		},
		"charge decline id": func() error { _, err := c.ApplicationCharges.Decline(ctx, 0); return err },
		"recurring negative": func() error {
			_, err := c.RecurringApplicationCharge.Create(ctx, &insales.RecurringChargeInput{Monthly: insales.MustDecimal("-1")})
			return err
		},
		"widget height": func() error {
			_, err := c.ApplicationWidgets.Create(ctx, &insales.ApplicationWidgetCreate{Code: "x"})
			return err
		},
		"article no date": func() error {
			_, err := c.Articles.Create(ctx, 1, &insales.ArticleCreate{Title: "t", Content: "c", Author: "a"})
			return err
		},
		"article tags": func() error {
			_, err := c.Articles.Update(ctx, 1, 1, &insales.ArticleUpdate{AllTags: make([]string, insales.MaxArticleTags+1)})
			return err
		},
		"article blog id":   func() error { _, err := c.Articles.List(ctx, 0); return err },
		"blog title":        func() error { _, err := c.Blogs.Create(ctx, &insales.BlogCreate{Title: " "}); return err },
		"page empty update": func() error { return c.Pages.Update(ctx, 1, &insales.PageUpdate{}) },
		"page content":      func() error { _, err := c.Pages.Create(ctx, &insales.PageCreate{Title: "t"}); return err },
		"review product":    func() error { _, err := c.Reviews.Create(ctx, &insales.ReviewCreate{Author: "a"}); return err },
		"review email": func() error {
			_, err := c.Reviews.Create(ctx, &insales.ReviewCreate{ProductID: 1, Author: "a", Email: "nope"})
			return err
		},
		"redirect not a path": func() error {
			_, err := c.Redirects.Create(ctx, &insales.RedirectCreate{OldURL: "http://x/a", NewURL: "/b"})
			return err
		},
		"redirect loop": func() error {
			_, err := c.Redirects.CreateRemovingChains(ctx, &insales.RedirectCreate{OldURL: "/a", NewURL: "/a"})
			return err
		},
		"redirect nil": func() error { _, err := c.Redirects.CreateRemovingChains(ctx, nil); return err },
		"domain with scheme": func() error {
			_, err := c.Domains.Create(ctx, &insales.DomainCreate{Domain: "https://shop.example"})
			return err
		},
		"account empty":     func() error { return c.Account.Update(ctx, &insales.AccountUpdate{}) },
		"account email":     func() error { return c.Account.Update(ctx, &insales.AccountUpdate{Email: insales.Ptr("x")}) },
		"account subdomain": func() error { return c.Account.Update(ctx, &insales.AccountUpdate{Subdomain: insales.Ptr("Bad Name")}) },
		"field digits handle": func() error {
			_, err := c.CollectionFields.Create(ctx, &insales.CollectionFieldCreate{Title: "t", Handle: "123", Type: insales.CollectionFieldTextArea})
			return err
		},
		"field type": func() error {
			_, err := c.CollectionFields.Create(ctx, &insales.CollectionFieldCreate{Title: "t", Handle: "h", Type: "ProductField::TextArea"})
			return err
		},
		"field value handle": func() error { _, err := c.CollectionFieldValues.GetByHandle(ctx, 1, "12"); return err },
		"field value nil":    func() error { return c.CollectionFieldValues.Update(ctx, 1, 2, &insales.CollectionFieldValueUpdate{}) },
		"filter collection": func() error {
			_, err := c.CollectionFilters.Create(ctx, &insales.CollectionFilterCreate{Title: "t"})
			return err
		},
		"filter property": func() error {
			_, err := c.CollectionFilters.Update(ctx, 1, &insales.CollectionFilterUpdate{Properties: []insales.FilterValue{{Title: "Colour"}}})
			return err
		},
		"filter list id": func() error {
			_, err := c.CollectionFilters.List(ctx, &insales.CollectionFilterListOptions{CollectionID: -1})
			return err
		},
		"invited id":      func() error { _, err := c.InvitedAccounts.Get(ctx, 0); return err },
		"nil widget body": func() error { _, err := c.ApplicationWidgets.Update(ctx, 1, nil); return err },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			err := call()
			var fe *insales.FieldError
			require.True(t, errors.As(err, &fe), "want a *FieldError, got %v", err)
			assert.NotEmpty(t, fe.Field)
		})
	}
	assert.Equal(t, 0, rec.count(), "nothing was sent")
}
