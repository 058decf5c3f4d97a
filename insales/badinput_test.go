package insales_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

func TestCatalogueBadInputIsRefusedBeforeSending(t *testing.T) {
	c, rec := serve(t, 200, []byte(`{}`))
	st := insales.SortType(12)
	cases := map[string]struct {
		call  func() error
		field string
	}{
		"variants list product 0": {func() error { _, err := c.Variants.List(ctx, 0); return err }, "product_id"},
		"variant get id 0":        {func() error { _, err := c.Variants.Get(ctx, 1, 0); return err }, "variant_id"},
		"variant create nil":      {func() error { _, err := c.Variants.Create(ctx, 1, nil); return err }, "body"},
		"variant create negative": {func() error {
			_, err := c.Variants.Create(ctx, 1, &insales.VariantCreate{Price: insales.MustDecimal("-1")})
			return err
		}, "price"},
		"variant option value": {func() error {
			_, err := c.Variants.Create(ctx, 1, &insales.VariantCreate{Options: []insales.VariantOption{{OptionNameID: 1}}})
			return err
		}, "options[0].value"},
		"variant update empty": {func() error { _, err := c.Variants.Update(ctx, 1, 1, &insales.VariantUpdate{}); return err }, "body"},
		"variant delete":       {func() error { return c.Variants.Delete(ctx, -1, 1) }, "product_id"},
		"image src": {func() error {
			_, err := c.Images.CreateFromURL(ctx, 1, &insales.ImageFromURL{Src: "ftp://x/y.jpg"})
			return err
		}, "src"},
		"image src missing": {func() error { _, err := c.Images.CreateFromURL(ctx, 1, &insales.ImageFromURL{}); return err }, "src"},
		"image attachment": {func() error {
			_, err := c.Images.CreateFromAttachment(ctx, 1, &insales.ImageAttachment{Filename: "a.jpg"})
			return err
		}, "attachment"},
		"image filename": {func() error {
			_, err := c.Images.CreateFromAttachment(ctx, 1, &insales.ImageAttachment{Attachment: []byte{1}})
			return err
		}, "filename"},
		"image update empty": {func() error { _, err := c.Images.Update(ctx, 1, 2, &insales.ImageUpdate{}); return err }, "body"},
		"image position": {func() error {
			_, err := c.Images.Update(ctx, 1, 2, &insales.ImageUpdate{Position: insales.Ptr(int64(0))})
			return err
		}, "position"},
		"image get":      {func() error { _, err := c.Images.Get(ctx, 1, 0); return err }, "image_id"},
		"category title": {func() error { _, err := c.Categories.Create(ctx, &insales.CategoryCreate{}); return err }, "title"},
		"category parent": {func() error {
			_, err := c.Categories.Create(ctx, &insales.CategoryCreate{Title: "a", ParentID: insales.Ptr(int64(0))})
			return err
		}, "parent_id"},
		"category update empty": {func() error { _, err := c.Categories.Update(ctx, 1, &insales.CategoryUpdate{}); return err }, "body"},
		"category delete":       {func() error { return c.Categories.Delete(ctx, 0) }, "category_id"},
		"collection parent":     {func() error { _, err := c.Collections.Create(ctx, &insales.CollectionCreate{Title: "a"}); return err }, "parent_id"},
		"collection sort type": {func() error {
			_, err := c.Collections.Create(ctx, &insales.CollectionCreate{Title: "a", ParentID: 1, SortType: &st})
			return err
		}, "sort_type"},
		"collection update": {func() error { _, err := c.Collections.Update(ctx, 1, &insales.CollectionUpdate{}); return err }, "body"},
		"collection list limit": {func() error {
			_, err := c.Collections.List(ctx, &insales.CollectionListOptions{Limit: 300})
			return err
		}, "per_page"},
		"collect create":        {func() error { _, err := c.Collects.Create(ctx, &insales.CollectCreate{ProductID: 1}); return err }, "collection_id"},
		"collect by product":    {func() error { _, err := c.Collects.ListByProduct(ctx, 0, nil); return err }, "product_id"},
		"collect by collection": {func() error { _, err := c.Collects.ListByCollection(ctx, -2, nil); return err }, "collection_id"},
		"collect move":          {func() error { _, err := c.Collects.Move(ctx, 1, 0); return err }, "collection_id"},
		"collect position":      {func() error { _, err := c.Collects.UpdatePosition(ctx, 1, 0); return err }, "position"},
		"collect delete":        {func() error { return c.Collects.Delete(ctx, 0) }, "collect_id"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			err := tc.call()
			var fe *insales.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
		})
	}
	assert.Zero(t, rec.count(), "nothing was sent")
}
