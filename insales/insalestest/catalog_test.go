package insalestest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func TestVariantsThroughTheFake(t *testing.T) {
	clk := newClock()
	srv := insalestest.NewServer(insalestest.WithClock(clk.Now))
	defer srv.Close()
	c := srv.Client(insales.WithRetry(0))

	vs, err := c.Variants.List(ctx, 2)
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, "0.3", vs[0].Weight.String())

	v, err := c.Variants.Create(ctx, 1, &insales.VariantCreate{Price: insales.MustDecimal("100"), Quantity: insales.MustDecimal("1"),
		Options: []insales.VariantOption{{OptionNameID: 1, Value: "Black"}}})
	require.NoError(t, err)
	assert.Equal(t, "Black", v.Title)
	assert.Equal(t, "100.0", v.Price.String())
	assert.Equal(t, "Black", v.OptionValues[0].Title)
	p, err := c.Products.Get(ctx, 1)
	require.NoError(t, err)
	assert.Len(t, p.Variants, 2, "the product shows its new variant")
	assert.Equal(t, clk.Now(), p.UpdatedAt.Time.UTC(), "a variant write touches its product")

	_, err = c.Variants.Create(ctx, 1, &insales.VariantCreate{Price: insales.MustDecimal("1"), Options: []insales.VariantOption{{OptionNameID: 3, Value: "Blue"}}})
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.JSONEq(t, `{"status":"error","errors":{"options":["list of properties changed"]}}`, string(ae.Body))
	assert.Equal(t, []string{"list of properties changed"}, ae.Fields["options"])

	u, err := c.Variants.Update(ctx, 1, v.ID, &insales.VariantUpdate{Quantity: insales.Ptr(insales.MustDecimal("5")), SKU: insales.Ptr("B-1")})
	require.NoError(t, err)
	assert.Equal(t, "5", u.Quantity.String())
	assert.Equal(t, "B-1", u.SKU)

	require.NoError(t, c.Variants.Delete(ctx, 1, v.ID))
	err = c.Variants.Delete(ctx, 1, 1)
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "Нельзя удалить последний вариант", ae.Message)
	assert.ErrorIs(t, err, insales.ErrValidation)

	_, err = c.Variants.Get(ctx, 2, 1)
	assert.ErrorIs(t, err, insales.ErrNotFound, "variant 1 is not product 2's")
}

func TestImagesThroughTheFake(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client(insales.WithRetry(0))

	img, err := c.Images.CreateFromURL(ctx, 1, &insales.ImageFromURL{Src: "https://example.com/a/slide4.jpg"})
	require.NoError(t, err)
	assert.True(t, img.ImageProcessing)
	assert.Equal(t, "/images/loading.gif", img.URL)
	assert.Equal(t, "slide4.jpg", img.Filename)
	got, err := c.Images.Get(ctx, 1, img.ID)
	require.NoError(t, err)
	assert.False(t, got.ImageProcessing, "processed by the next read")
	assert.Equal(t, "/r/large/slide4.jpg", got.LargeURL)

	att, err := c.Images.CreateFromAttachment(ctx, 1, &insales.ImageAttachment{Attachment: []byte("\xff\xd8\xff"), Filename: "x.jpg", Title: "front"})
	require.NoError(t, err)
	assert.Equal(t, int64(2), att.Position)
	assert.Equal(t, "front", att.Title)

	up, err := c.Images.Update(ctx, 1, att.ID, &insales.ImageUpdate{Position: insales.Ptr(int64(1))})
	require.NoError(t, err)
	assert.Equal(t, int64(1), up.Position)
	list, err := c.Images.List(ctx, 1)
	require.NoError(t, err)
	assert.Len(t, list, 2)
	p, err := c.Products.Get(ctx, 1)
	require.NoError(t, err)
	assert.Len(t, p.Images, 2)

	require.NoError(t, c.Images.Delete(ctx, 1, img.ID))
	_, err = c.Images.Get(ctx, 1, img.ID)
	assert.ErrorIs(t, err, insales.ErrNotFound)
}

func TestCategoriesThroughTheFake(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client(insales.WithRetry(0))
	cs, err := c.Categories.List(ctx)
	require.NoError(t, err)
	assert.Len(t, cs, 7)
	cat, err := c.Categories.Create(ctx, &insales.CategoryCreate{Title: "Reebok"})
	require.NoError(t, err)
	assert.Equal(t, int64(1), *cat.ParentID, "under the root by default")
	u, err := c.Categories.Update(ctx, cat.ID, &insales.CategoryUpdate{Title: insales.Ptr("Adidas")})
	require.NoError(t, err)
	assert.Equal(t, "Adidas", u.Title)
	require.NoError(t, c.Categories.Delete(ctx, cat.ID))
	_, err = c.Categories.Get(ctx, cat.ID)
	assert.ErrorIs(t, err, insales.ErrNotFound)
}

func TestCollectionsAndCollectsThroughTheFake(t *testing.T) {
	clk := newClock()
	srv := insalestest.NewServer(insalestest.WithClock(clk.Now))
	defer srv.Close()
	c := srv.Client(insales.WithRetry(0))

	col, err := c.Collections.Create(ctx, &insales.CollectionCreate{Title: "New in", ParentID: 1, SortType: insales.Ptr(insales.SortNewestFirst)})
	require.NoError(t, err)
	assert.Equal(t, "/collection/new-in", col.URL)
	assert.Equal(t, insales.SortNewestFirst, col.SortType)

	since := clk.Now().Add(-time.Second)
	clk.Add(time.Second) // the second of the write closes; Changes reads only closed seconds
	var changed []int64
	for cl, err := range c.Collections.Changes(ctx, insales.Checkpoint{Time: since}, nil) {
		require.NoError(t, err)
		changed = append(changed, cl.ID)
	}
	assert.Equal(t, []int64{col.ID}, changed, "only the collection created now")

	cl, err := c.Collects.Create(ctx, &insales.CollectCreate{CollectionID: col.ID, ProductID: 3})
	require.NoError(t, err)
	assert.Equal(t, int64(1), cl.Position)
	p, err := c.Products.Get(ctx, 3)
	require.NoError(t, err)
	assert.Contains(t, []int64(p.CollectionsIDs), col.ID)

	_, err = c.Collects.Create(ctx, &insales.CollectCreate{CollectionID: col.ID, ProductID: 3})
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 422, ae.StatusCode)
	assert.NotEmpty(t, ae.Fields["product_id"])

	page, err := c.Collects.ListByProduct(ctx, 3, nil)
	require.NoError(t, err)
	assert.Len(t, page.Items, 2)
	page, err = c.Collects.ListByCollection(ctx, col.ID, nil)
	require.NoError(t, err)
	require.Len(t, page.Items, 1)

	moved, err := c.Collects.Move(ctx, cl.ID, 2)
	require.NoError(t, err)
	assert.Equal(t, int64(2), moved.CollectionID)
	pos, err := c.Collects.UpdatePosition(ctx, cl.ID, 4)
	require.NoError(t, err)
	assert.Equal(t, int64(4), pos.Position)
	require.NoError(t, c.Collects.Delete(ctx, cl.ID))

	u, err := c.Collections.Update(ctx, col.ID, &insales.CollectionUpdate{IsHidden: insales.Ptr(true)})
	require.NoError(t, err)
	assert.True(t, u.IsHidden)
	require.NoError(t, c.Collections.Delete(ctx, col.ID))
	_, err = c.Collections.Get(ctx, col.ID)
	assert.ErrorIs(t, err, insales.ErrNotFound)
}

func TestPagingFollowsTheAPI(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()
	// per_page below 10 is raised to 10 by the server.
	page, err := c.Collects.List(ctx, &insales.CollectListOptions{Limit: 2})
	require.NoError(t, err)
	assert.Len(t, page.Items, 6)
	assert.False(t, page.HasNext())
	n := 0
	for _, err := range c.Collections.All(ctx, &insales.CollectionListOptions{Limit: 10}) {
		require.NoError(t, err)
		n++
	}
	assert.Equal(t, srv.Len("collections"), n)
	reqs := srv.Requests()
	assert.Equal(t, "1", reqs[len(reqs)-1].Query.Get("page"), "fewer than 10 collections: one page")
}
