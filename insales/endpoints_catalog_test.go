package insales_test

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// endpoint is one catalogue endpoint: the call, what must go on the wire,
// and checks of the documentation's example decoded.
type endpoint struct {
	name    string // catalogue id; fixtures are testdata/<name>.{request,response}.json
	status  int
	call    func(c *insales.Client) (any, error)
	method  string
	path    string
	query   string
	request bool // compare the body with the request example
	check   func(t *testing.T, got any)
}

func TestCatalogueEndpoints(t *testing.T) {
	pic, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(attachmentExample(t), "\n", ""))
	require.NoError(t, err)
	eps := []endpoint{
		{name: "variants.list", status: 200, method: "GET", path: "/admin/products/1/variants.json",
			call: func(c *insales.Client) (any, error) { return c.Variants.List(ctx, 1) },
			check: func(t *testing.T, got any) {
				vs := got.([]insales.Variant)
				require.Len(t, vs, 1)
				v := vs[0]
				assert.Equal(t, int64(1), v.ID)
				assert.Equal(t, "300.0", v.Price.String())
				assert.Equal(t, "300.0", v.BasePrice.String())
				assert.Equal(t, "360.0", v.Prices[0].String(), "a decimal string here, a number inside products")
				assert.Equal(t, "360.0", v.Price2.String())
				assert.Equal(t, "90.0", v.CostPrice.String())
				assert.Equal(t, "Red", v.Title)
				assert.Nil(t, v.Extra)
			}},
		{name: "variants.get", status: 200, method: "GET", path: "/admin/products/1/variants/1.json",
			call: func(c *insales.Client) (any, error) { return c.Variants.Get(ctx, 1, 1) },
			check: func(t *testing.T, got any) {
				v := got.(*insales.Variant)
				assert.Equal(t, "423", v.SKU)
				assert.Equal(t, insales.OptionValue{ID: 1, OptionNameID: 1, Position: 1, Title: "Red"}, v.OptionValues[0])
				assert.Equal(t, insales.VariantFieldValue{ID: 1, VariantFieldID: 1, Value: "some variant field value"}, v.VariantFieldValues[0])
				assert.Equal(t, "0", v.Quantity.String())
				assert.False(t, v.Available)
			}},
		{name: "variants.create", status: 201, method: "POST", path: "/admin/products/1/variants.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Variants.Create(ctx, 1, &insales.VariantCreate{Price: insales.MustDecimal("100"), Quantity: insales.MustDecimal("1"),
					Options:     []insales.VariantOption{{OptionNameID: 1, Value: "Black"}},
					FieldValues: []insales.FieldValueAttributes{{Handle: "handle", Value: insales.NumberValue(12345)}}})
			},
			check: func(t *testing.T, got any) {
				v := got.(*insales.Variant)
				assert.Equal(t, int64(31098), v.ID)
				assert.Equal(t, "3000.0", v.Price.String(), "the API converts from the stock currency")
				assert.Equal(t, insales.OptionValue{ID: 184, OptionNameID: 1, Position: 4, Title: "Black"}, v.OptionValues[0])
				assert.Equal(t, "12345", string(v.VariantFieldValues[0].Value))
				assert.Nil(t, v.Price2)
				assert.True(t, v.Available)
			}},
		{name: "variants.update", status: 200, method: "PUT", path: "/admin/products/1/variants/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Variants.Update(ctx, 1, 1, &insales.VariantUpdate{Price: insales.Ptr(insales.MustDecimal("150")), Quantity: insales.Ptr(insales.MustDecimal("2")),
					FieldValues: []insales.FieldValueAttributes{{Handle: "handle", Value: insales.NumberValue(12345)}}})
			},
			check: func(t *testing.T, got any) {
				v := got.(*insales.Variant)
				assert.Equal(t, "4500.0", v.Price.String())
				assert.Equal(t, "2", v.Quantity.String())
			}},
		{name: "variants.delete", status: 200, method: "DELETE", path: "/admin/products/1/variants/1.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Variants.Delete(ctx, 1, 1) }},

		{name: "images.list", status: 200, method: "GET", path: "/admin/products/1/images.json",
			call: func(c *insales.Client) (any, error) { return c.Images.List(ctx, 1) },
			check: func(t *testing.T, got any) {
				assert.NotNil(t, got.([]insales.Image))
				assert.Empty(t, got.([]insales.Image))
			}},
		{name: "images.get", status: 200, method: "GET", path: "/admin/products/1/images/2.json",
			call: func(c *insales.Client) (any, error) { return c.Images.Get(ctx, 1, 2) },
			check: func(t *testing.T, got any) {
				img := got.(*insales.Image)
				assert.Equal(t, int64(2), img.ID)
				assert.True(t, img.ImageProcessing)
				assert.Equal(t, int64(1), img.Position)
				assert.Equal(t, int64(1), img.ProductID)
				assert.Empty(t, img.Title)
				for _, u := range []string{img.URL, img.OriginalURL, img.MediumURL, img.SmallURL, img.ThumbURL, img.CompactURL, img.LargeURL} {
					assert.Equal(t, "/images/loading.gif", u)
				}
				assert.Equal(t, "image.jpg", img.Filename)
				assert.Equal(t, 2017, img.CreatedAt.Year())
				assert.Nil(t, img.Extra)
			}},
		{name: "images.create_from_src", status: 201, method: "POST", path: "/admin/products/1/images.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Images.CreateFromURL(ctx, 1, &insales.ImageFromURL{Src: "https://assets3.insales.ru/assets/1/161/647329/v_1467875760/build/slide4.jpg"})
			},
			check: func(t *testing.T, got any) {
				img := got.(*insales.Image)
				assert.Equal(t, int64(4), img.ID)
				assert.Equal(t, "slide4.jpg", img.Filename)
			}},
		{name: "images.create_from_attachment", status: 201, method: "POST", path: "/admin/products/1/images.json",
			call: func(c *insales.Client) (any, error) {
				return c.Images.CreateFromAttachment(ctx, 1, &insales.ImageAttachment{Attachment: pic, Filename: filenameExample(t)})
			},
			check: func(t *testing.T, got any) {
				img := got.(*insales.Image)
				assert.Equal(t, int64(6), img.ID)
				assert.Equal(t, "image", img.Filename)
			}},
		{name: "images.update", status: 200, method: "PUT", path: "/admin/products/1/images/8.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Images.Update(ctx, 1, 8, &insales.ImageUpdate{Position: insales.Ptr(int64(5)), Title: insales.Ptr("myimage")})
			},
			check: func(t *testing.T, got any) {
				img := got.(*insales.Image)
				assert.Equal(t, int64(5), img.Position)
				assert.Equal(t, "myimage", img.Title)
			}},
		{name: "images.delete", status: 200, method: "DELETE", path: "/admin/products/1/images/2.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Images.Delete(ctx, 1, 2) }},

		{name: "categories.list", status: 200, method: "GET", path: "/admin/categories.json",
			call: func(c *insales.Client) (any, error) { return c.Categories.List(ctx) },
			check: func(t *testing.T, got any) {
				cs := got.([]insales.Category)
				require.Len(t, cs, 7)
				assert.Equal(t, "T-shirts", cs[0].Title)
				assert.Equal(t, int64(1), *cs[0].ParentID)
				assert.Nil(t, cs[1].ParentID, "the root")
				assert.Equal(t, "Склад", cs[1].Title)
				assert.Equal(t, int64(4), cs[5].Position)
			}},
		{name: "categories.get", status: 200, method: "GET", path: "/admin/categories/6.json",
			call: func(c *insales.Client) (any, error) { return c.Categories.Get(ctx, 6) },
			check: func(t *testing.T, got any) {
				cat := got.(*insales.Category)
				assert.Equal(t, int64(6), cat.ID)
				assert.Equal(t, "T-shirts", cat.Title)
				assert.Equal(t, int64(0), cat.Position)
				assert.Equal(t, 2017, cat.UpdatedAt.Year())
				assert.Nil(t, cat.Extra)
			}},
		{name: "categories.create", status: 201, method: "POST", path: "/admin/categories.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Categories.Create(ctx, &insales.CategoryCreate{Title: "Reebok"})
			},
			check: func(t *testing.T, got any) {
				cat := got.(*insales.Category)
				assert.Equal(t, int64(19), cat.ID)
				assert.Equal(t, int64(1), *cat.ParentID)
			}},
		{name: "categories.update", status: 200, method: "PUT", path: "/admin/categories/6.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Categories.Update(ctx, 6, &insales.CategoryUpdate{Title: insales.Ptr("Adidas")})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "Adidas", got.(*insales.Category).Title) }},
		{name: "categories.delete", status: 200, method: "DELETE", path: "/admin/categories/6.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Categories.Delete(ctx, 6) }},

		{name: "collections.list", status: 200, method: "GET", path: "/admin/collections.json",
			query: "from_id=4&per_page=20&updated_since=2016-07-04+14%3A44%3A43+%2B03%3A00",
			call: func(c *insales.Client) (any, error) {
				return c.Collections.List(ctx, &insales.CollectionListOptions{Limit: 20, FromID: 4,
					UpdatedFrom: mustTime(t, "2016-07-04T14:44:43+03:00")})
			},
			check: func(t *testing.T, got any) {
				page := got.(*insales.Page[insales.Collection])
				require.NotEmpty(t, page.Items)
				first := page.Items[0]
				assert.Equal(t, int64(-1), first.Position)
				assert.Nil(t, first.ParentID)
				assert.Equal(t, insales.SortManual, first.SortType)
				assert.Equal(t, "/collection/футболка", first.URL)
				assert.Nil(t, first.Recursive)
				assert.Nil(t, first.Image)
				assert.False(t, page.HasNext())
			}},
		{name: "collections.get", status: 200, method: "GET", path: "/admin/collections/6.json",
			call: func(c *insales.Client) (any, error) { return c.Collections.Get(ctx, 6) },
			check: func(t *testing.T, got any) {
				col := got.(*insales.Collection)
				assert.Equal(t, "all", col.Title)
				assert.Equal(t, int64(1), *col.ParentID)
				assert.Equal(t, "all", col.Permalink)
				assert.Empty(t, col.Description)
				assert.Nil(t, col.Extra)
			}},
		{name: "collections.create", status: 201, method: "POST", path: "/admin/collections.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Collections.Create(ctx, &insales.CollectionCreate{Title: "T-shirts", ParentID: 1, Position: insales.Ptr(int64(1)),
					SortType: insales.Ptr(insales.SortTitleAsc), Description: insales.Ptr("text"),
					Image:       &insales.CollectionImageAttributes{OriginalURL: "https://assets3.insales.ru/assets/1/161/647329/v_1467875760/build/slide4.jpg"},
					FieldValues: []insales.FieldValueAttributes{{Handle: "handle", Value: insales.NumberValue(12345)}}})
			},
			check: func(t *testing.T, got any) {
				col := got.(*insales.Collection)
				assert.Equal(t, int64(178), col.ID)
				require.NotNil(t, col.Image)
				assert.Equal(t, insales.CollectionImage{ID: 2, OriginalURL: "/images/no_image_original.jpg", CreatedAt: col.Image.CreatedAt}, *col.Image)
				assert.Equal(t, 2017, col.Image.CreatedAt.Year())
				assert.Equal(t, "text", col.Description)
			}},
		{name: "collections.update", status: 200, method: "PUT", path: "/admin/collections/6.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Collections.Update(ctx, 6, &insales.CollectionUpdate{Title: insales.Ptr("Books"), Position: insales.Ptr(int64(2)),
					SortType: insales.Ptr(insales.SortRankDesc), Description: insales.Ptr("Description"), IsHidden: insales.Ptr(true),
					FieldValues: []insales.FieldValueAttributes{{Handle: "handle", Value: insales.NumberValue(12345)}}})
			},
			check: func(t *testing.T, got any) {
				col := got.(*insales.Collection)
				assert.True(t, col.IsHidden)
				assert.Equal(t, insales.SortRankDesc, col.SortType)
			}},
		{name: "collections.delete", status: 200, method: "DELETE", path: "/admin/collections/6.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Collections.Delete(ctx, 6) }},

		{name: "collects.list", status: 200, method: "GET", path: "/admin/collects.json",
			call: func(c *insales.Client) (any, error) { return c.Collects.List(ctx, nil) },
			check: func(t *testing.T, got any) {
				page := got.(*insales.Page[insales.Collect])
				require.Len(t, page.Items, 6)
				assert.Equal(t, insales.Collect{ID: 1, CollectionID: 1, ProductID: 1, Position: 1, CreatedAt: page.Items[0].CreatedAt}, page.Items[0])
				assert.Equal(t, 2009, page.Items[0].CreatedAt.Year())
			}},
		{name: "collects.list_by_product", status: 200, method: "GET", path: "/admin/collects.json", query: "page=2&per_page=50&product_id=1",
			call: func(c *insales.Client) (any, error) {
				return c.Collects.ListByProduct(ctx, 1, &insales.CollectListOptions{Page: 2, Limit: 50})
			},
			check: func(t *testing.T, got any) {
				page := got.(*insales.Page[insales.Collect])
				require.Len(t, page.Items, 3)
				assert.Equal(t, int64(8), page.Items[2].CollectionID)
			}},
		{name: "collects.list_by_collection", status: 200, method: "GET", path: "/admin/collects.json", query: "collection_id=1",
			call: func(c *insales.Client) (any, error) { return c.Collects.ListByCollection(ctx, 1, nil) },
			check: func(t *testing.T, got any) {
				page := got.(*insales.Page[insales.Collect])
				require.Len(t, page.Items, 2)
				assert.Equal(t, int64(2), page.Items[1].ProductID)
			}},
		{name: "collects.create", status: 201, method: "POST", path: "/admin/collects.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Collects.Create(ctx, &insales.CollectCreate{CollectionID: 2, ProductID: 1})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(9854), got.(*insales.Collect).ID) }},
		{name: "collects.move", status: 200, method: "PUT", path: "/admin/collects/2.json", request: true,
			call:  func(c *insales.Client) (any, error) { return c.Collects.Move(ctx, 2, 3) },
			check: func(t *testing.T, got any) { assert.Equal(t, int64(3), got.(*insales.Collect).CollectionID) }},
		{name: "collects.update_position", status: 200, method: "PUT", path: "/admin/collects/2.json", request: true,
			call:  func(c *insales.Client) (any, error) { return c.Collects.UpdatePosition(ctx, 2, 3) },
			check: func(t *testing.T, got any) { assert.Equal(t, int64(3), got.(*insales.Collect).Position) }},
		{name: "collects.delete", status: 200, method: "DELETE", path: "/admin/collects/1.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Collects.Delete(ctx, 1) }},
	}
	for _, ep := range eps {
		t.Run(ep.name, func(t *testing.T) {
			c, rec := serve(t, ep.status, fixture(t, ep.name+".response.json"))
			got, err := ep.call(c)
			require.NoError(t, err)
			r := rec.last(t)
			assert.Equal(t, ep.method, r.Method)
			assert.Equal(t, ep.path, r.Path)
			assert.Equal(t, ep.query, r.RawQuery)
			checkAuth(t, r, ep.method != "GET")
			if ep.request {
				requireJSONEq(t, fixture(t, ep.name+".request.json"), r.Body)
			}
			if ep.method == "DELETE" {
				assert.Empty(t, r.Body)
			}
			if ep.check != nil {
				ep.check(t, got)
			}
		})
	}
}

func attachmentExample(t *testing.T) string {
	var req struct {
		Image struct {
			Attachment string `json:"attachment"`
			Filename   string `json:"filename"`
		} `json:"image"`
	}
	require.NoError(t, json.Unmarshal(fixture(t, "images.create_from_attachment.request.json"), &req))
	return req.Image.Attachment
}

func filenameExample(t *testing.T) string {
	var req struct {
		Image struct {
			Filename string `json:"filename"`
		} `json:"image"`
	}
	require.NoError(t, json.Unmarshal(fixture(t, "images.create_from_attachment.request.json"), &req))
	return req.Image.Filename
}

// The attachment goes as base64 inside JSON; the example wraps its base64
// in lines (Ruby's encode64), which the server ignores, so the decoded
// bytes are compared.
func TestImageAttachmentSendsTheExampleBytes(t *testing.T) {
	c, rec := serve(t, 201, fixture(t, "images.create_from_attachment.response.json"))
	want := strings.ReplaceAll(attachmentExample(t), "\n", "")
	pic, err := base64.StdEncoding.DecodeString(want)
	require.NoError(t, err)
	_, err = c.Images.CreateFromAttachment(ctx, 1, &insales.ImageAttachment{Attachment: pic, Filename: filenameExample(t)})
	require.NoError(t, err)
	var sent struct {
		Image map[string]string `json:"image"`
	}
	require.NoError(t, json.Unmarshal(rec.last(t).Body, &sent))
	assert.Equal(t, want, sent.Image["attachment"])
	assert.Equal(t, filenameExample(t), sent.Image["filename"])
	assert.Len(t, sent.Image, 2)
}
