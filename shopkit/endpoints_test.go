package shopkit_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// endpointCase is one catalogue endpoint: the call, what must go on the
// wire, the seed's example answer and the checks of its decoding.
type endpointCase struct {
	name    string // catalogue id (and fixture name)
	status  int
	respond string   // response fixture; "" for an empty body
	header  []string // response headers
	call    func(ctx context.Context, c *shopkit.Client) (any, error)
	method  string
	path    string // after the /v1 base
	query   string // raw query, exactly
	body    string // request fixture name, or a JSON literal starting with { or [
	check   func(t *testing.T, got any)
}

var seedMD5 = "3df623e086a7d6cd606c4b1043bd7150"

func endpointCases() []endpointCase {
	return []endpointCase{
		{name: "store.get", status: 200, respond: "store.get", method: "GET", path: "/store",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Store.Get(ctx) },
			check: func(t *testing.T, got any) { checkStore(t, got.(*shopkit.Store)) }},

		{name: "products.list", status: 200, respond: "products.list", header: []string{"X-Total-Count", "1000"},
			method: "GET", path: "/product", query: "category=1337&featured=true&limit=5&page=2&q=bowl&status_alias=active%2Csoon",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Products.List(ctx, &shopkit.ProductListOptions{CategoryID: 1337, StatusAlias: []string{"active", "soon"},
					Featured: shopkit.Ptr(true), Query: "bowl", ListOptions: shopkit.ListOptions{Page: 2, Limit: 5}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Page[shopkit.Product])
				assert.Equal(t, 1000, p.Total)
				assert.Equal(t, 2, p.Number)
				assert.Equal(t, 5, p.Size)
				assert.Equal(t, 200, p.Pages)
				require.NotNil(t, p.Next)
				assert.Equal(t, 3, p.Next.Number)
				require.Len(t, p.Items, 1, "the seed's single-object example reads as a one-item page")
				checkProductGET(t, &p.Items[0])
			}},
		{name: "products.list (get by id)", status: 200, respond: "products.list", method: "GET", path: "/product", query: "id=212322",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Products.Get(ctx, 212322) },
			check: func(t *testing.T, got any) { checkProductGET(t, got.(*shopkit.Product)) }},
		{name: "products.list (get by handle)", status: 200, respond: "products.list", method: "GET", path: "/product", query: "handle=rustic-spice-bowl-set",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Products.GetByHandle(ctx, "rustic-spice-bowl-set")
			},
			check: func(t *testing.T, got any) { checkProductGET(t, got.(*shopkit.Product)) }},
		{name: "products.create", status: 201, respond: "products.create", method: "POST", path: "/product", body: "products.create.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Rustic Spice Bowl Set", Price: shopkit.Ptr(dec("17.45")), CategoryIDs: []int64{44373}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Product)
				checkProductWritten(t, p, "rustic-spice-bowl-set")
				assert.Nil(t, p.Reference)
				assert.Nil(t, p.Description)
				assert.Equal(t, "", p.Excerpt)
				assert.Equal(t, "", p.DescriptionShort)
				assert.True(t, p.CreatedAt.Equal(ts("2020-11-27T14:07:10Z")), "malformed +00:0 offset")
				assert.True(t, p.UpdatedAt.Equal(ts("2020-11-27T14:07:10Z")))
				assert.Equal(t, "Cozinha", p.Categories[0].Title)
				assert.True(t, p.Categories[0].Image.IsZero(), "[] reads as no image")
				assert.Equal(t, "null", string(p.Brand))
				assert.Equal(t, "null", string(p.CustomFields))
				assert.Equal(t, "null", string(p.Tabs))
				assert.Empty(t, p.Tags)
			}},
		{name: "products.update", status: 200, respond: "products.update", method: "PUT", path: "/product/212314", body: "products.update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Products.Update(ctx, 212314, &shopkit.ProductUpdate{ProductFields: shopkit.ProductFields{Reference: shopkit.Ptr("SWB-001"), Featured: shopkit.Ptr(true)}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Product)
				checkProductWritten(t, p, "rustic-spice-bowl-set-2")
				require.NotNil(t, p.Reference)
				assert.Equal(t, "bowl-001", *p.Reference, "the seed's answer, not the request")
				assert.False(t, p.Featured, "the seed's answer, not the request")
				require.NotNil(t, p.Description)
				assert.Equal(t, "This set of four rustic, pinch pots have been hand formed by me from textured, earthy stoneware clay", *p.Description)
				assert.Equal(t, "This set of four rustic, pinch pots have been hand formed by me from textured, earthy", p.Excerpt)
				assert.Equal(t, "This set of four rustic, pinch pots have been hand formed by me from textured, earthy&#8230;", p.DescriptionShort)
				assert.Equal(t, "2020-11-27T14:07:10Z", p.CreatedAt.Format(time.RFC3339))
				assert.Equal(t, "2020-11-27T15:15:12Z", p.UpdatedAt.Format(time.RFC3339))
				assert.Equal(t, "API", p.Categories[0].Title)
				assert.Equal(t, "api", p.Categories[0].Handle)
				assert.Equal(t, "https://cdn.shopk.it/usercontent/parallax/media/images/c61c5bd-c61c5bd-c61c5bd-sylwia-pietruszka-218363-unsplash.jpg",
					p.Categories[0].Image.Full, "an image object here, [] elsewhere")
				assert.Nil(t, p.Brand, "absent from this answer")
			}},
		{name: "products.delete", status: 204, method: "DELETE", path: "/product/1337",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return nil, c.Products.Delete(ctx, 1337) }},

		{name: "product_option_groups.list", status: 200, respond: "product_option_groups.list", method: "GET", path: "/product/212322/option_group",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.ProductOptionGroups.List(ctx, 212322)
			},
			check: func(t *testing.T, got any) { checkOptionGroups(t, got.([]shopkit.OptionGroup)) }},
		{name: "product_option_groups.list (one)", status: 200, respond: "product_option_groups.list", method: "GET", path: "/product/212322/option_group/62775",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.ProductOptionGroups.Get(ctx, 212322, 62775)
			},
			check: func(t *testing.T, got any) {
				g := got.(*shopkit.OptionGroup)
				assert.Equal(t, int64(62775), g.ID)
				assert.Equal(t, "Size", g.Title)
				assert.Equal(t, []shopkit.OptionGroupValue{{ID: 206585, Title: "Small bowl"}, {ID: 206586, Title: "Big bowl"}}, []shopkit.OptionGroupValue(g.Options))
				assert.Empty(t, g.Extra)
			}},
		{name: "product_option_groups.create", status: 201, respond: "product_option_groups.create", method: "POST", path: "/product/212322/option_group",
			body: "product_option_groups.create.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.ProductOptionGroups.Create(ctx, 212322, &shopkit.OptionGroupInput{Title: "Color", Options: []string{"White", "Dark turquoise"}})
			},
			check: func(t *testing.T, got any) { checkOptionGroups(t, got.([]shopkit.OptionGroup)) }},
		{name: "product_option_groups.update", status: 200, respond: "product_option_groups.update", method: "PUT", path: "/product/212322/option_group/62779",
			body: "product_option_groups.update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.ProductOptionGroups.Update(ctx, 212322, 62779, &shopkit.OptionGroupInput{Title: "Color", Options: []string{"White", "Dark turquoise"}})
			},
			check: func(t *testing.T, got any) { checkOptionGroups(t, got.([]shopkit.OptionGroup)) }},
		{name: "product_option_groups.delete", status: 204, method: "DELETE", path: "/product/212322/option_group/62779",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return nil, c.ProductOptionGroups.Delete(ctx, 212322, 62779)
			}},

		{name: "product_options.list", status: 200, respond: "product_options.list", method: "GET", path: "/product/212322/option",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return c.ProductOptions.List(ctx, 212322) },
			check: func(t *testing.T, got any) {
				o := got.([]shopkit.ProductOption)
				require.Len(t, o, 4)
				checkOption363364(t, &o[0], false)
				require.NotNil(t, o[0].Barcode)
				assert.Equal(t, "", *o[0].Barcode)
				assert.Equal(t, shopkit.Int(88), o[0].Stock)
			}},
		{name: "product_options.list (one)", status: 200, respond: "product_options.update", method: "GET", path: "/product/212322/option/363364",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.ProductOptions.Get(ctx, 212322, 363364)
			},
			check: func(t *testing.T, got any) { checkOption363364(t, got.(*shopkit.ProductOption), true) }},
		{name: "product_options.update", status: 200, respond: "product_options.update", method: "PUT", path: "/product/212322/option/363364",
			body: "product_options.update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.ProductOptions.Update(ctx, 212322, 363364, &shopkit.ProductOptionUpdate{Reference: shopkit.Ptr("SWB-001")})
			},
			check: func(t *testing.T, got any) { checkOption363364(t, got.(*shopkit.ProductOption), true) }},
		{name: "product_options.delete", status: 204, method: "DELETE", path: "/product/212322/option/363364",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return nil, c.ProductOptions.Delete(ctx, 212322, 363364)
			}},

		{name: "categories.list", status: 200, respond: "categories.list", header: []string{"X-Total-Count", "1"},
			method: "GET", path: "/category", query: "active=true&is_parent=true&limit=10",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Categories.List(ctx, &shopkit.CategoryListOptions{Active: shopkit.Ptr(true), IsParent: shopkit.Ptr(true), ListOptions: shopkit.ListOptions{Limit: 10}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Page[shopkit.Category])
				assert.Equal(t, 1, p.Total)
				assert.Nil(t, p.Next)
				checkCategoryGET(t, &p.Items[0])
			}},
		{name: "categories.list (get by id)", status: 200, respond: "categories.list", method: "GET", path: "/category", query: "id=14535",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Categories.Get(ctx, 14535) },
			check: func(t *testing.T, got any) { checkCategoryGET(t, got.(*shopkit.Category)) }},
		{name: "categories.list (get by handle)", status: 200, respond: "categories.list", method: "GET", path: "/category", query: "handle=decoracao",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Categories.GetByHandle(ctx, "decoracao")
			},
			check: func(t *testing.T, got any) { checkCategoryGET(t, got.(*shopkit.Category)) }},
		{name: "categories.create", status: 201, respond: "categories.create", method: "POST", path: "/category", body: "categories.create.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Categories.Create(ctx, &shopkit.CategoryCreate{Title: "Prints"})
			},
			check: func(t *testing.T, got any) {
				c := got.(*shopkit.Category)
				checkCategoryPrints(t, c)
				assert.Equal(t, "", c.Description)
				assert.Equal(t, "2019-10-02T17:11:08+01:00", c.UpdatedAt.Format(time.RFC3339))
			}},
		{name: "categories.update", status: 200, respond: "categories.update", method: "PUT", path: "/category/14534", body: "categories.update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Categories.Update(ctx, 14534, &shopkit.CategoryUpdate{TaxonomyFields: shopkit.TaxonomyFields{Description: shopkit.Ptr("Mauris ut ex iaculis, rhoncus nisl sit amet, posuere nisl.")}})
			},
			check: func(t *testing.T, got any) {
				c := got.(*shopkit.Category)
				checkCategoryPrints(t, c)
				assert.Equal(t, "Mauris ut ex iaculis, rhoncus nisl sit amet, posuere nisl.", c.Description)
				assert.Equal(t, "2019-10-02T17:11:09+01:00", c.UpdatedAt.Format(time.RFC3339))
			}},
		{name: "categories.delete", status: 204, method: "DELETE", path: "/category/1337",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return nil, c.Categories.Delete(ctx, 1337) }},

		{name: "brands.list", status: 200, respond: "brands.list", header: []string{"X-Total-Count", "3"},
			method: "GET", path: "/brand", query: "active=false&limit=1&page=1",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Brands.List(ctx, &shopkit.BrandListOptions{Active: shopkit.Ptr(false), ListOptions: shopkit.ListOptions{Page: 1, Limit: 1}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Page[shopkit.Brand])
				assert.Equal(t, 3, p.Total)
				require.NotNil(t, p.Next)
				checkBrand(t, &p.Items[0])
			}},
		{name: "brands.list (get by id)", status: 200, respond: "brands.list", method: "GET", path: "/brand", query: "id=43",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Brands.Get(ctx, 43) },
			check: func(t *testing.T, got any) { checkBrand(t, got.(*shopkit.Brand)) }},
		{name: "brands.list (get by handle)", status: 200, respond: "brands.list", method: "GET", path: "/brand", query: "handle=pure-you",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Brands.GetByHandle(ctx, "pure-you")
			},
			check: func(t *testing.T, got any) { checkBrand(t, got.(*shopkit.Brand)) }},
		{name: "brands.create", status: 201, respond: "brands.create", method: "POST", path: "/brand", body: "brands.create.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Brands.Create(ctx, &shopkit.BrandCreate{Title: "Prints"})
			},
			check: func(t *testing.T, got any) { checkBrand(t, got.(*shopkit.Brand)) }},
		{name: "brands.update", status: 200, respond: "brands.update", method: "PUT", path: "/brand/43", body: "brands.update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Brands.Update(ctx, 43, &shopkit.BrandUpdate{TaxonomyFields: shopkit.TaxonomyFields{Description: shopkit.Ptr("Mauris ut ex iaculis, rhoncus nisl sit amet, posuere nisl.")}})
			},
			check: func(t *testing.T, got any) {
				checkBrand(t, got.(*shopkit.Brand))
				assert.Equal(t, "", got.(*shopkit.Brand).Description, "the seed's answer, not the request")
			}},
		{name: "brands.delete", status: 204, method: "DELETE", path: "/brand/43",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return nil, c.Brands.Delete(ctx, 43) }},

		{name: "orders.list", status: 200, respond: "orders.list", header: []string{"X-Total-Count", "26"},
			method: "GET", path: "/order",
			query: "coupon_code=bajevolp&date_from=2015-01-01&date_to=2015-01-31&date_type=paid_at&ids=1337%2C7331&paid=true&status_alias=sent",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				// Bounds are sent as their day in their own location.
				lisbon := time.FixedZone("WET", 0)
				from, to := time.Date(2015, 1, 1, 0, 0, 0, 0, lisbon), time.Date(2015, 1, 31, 23, 59, 0, 0, lisbon)
				return c.Orders.List(ctx, &shopkit.OrderListOptions{IDs: []int64{1337, 7331}, StatusAlias: []shopkit.OrderStatus{shopkit.OrderSent},
					Paid: shopkit.Ptr(true), PaidFrom: from, PaidTo: to, CouponCode: "bajevolp"})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Page[shopkit.Order])
				assert.Equal(t, 26, p.Total)
				assert.Equal(t, 25, p.Size, "the server's default page size")
				require.NotNil(t, p.Next)
				checkOrder(t, &p.Items[0])
			}},
		{name: "orders.list (get by id)", status: 200, respond: "orders.list", method: "GET", path: "/order", query: "id=1337",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Orders.Get(ctx, 1337) },
			check: func(t *testing.T, got any) { checkOrder(t, got.(*shopkit.Order)) }},
		{name: "orders.update", status: 200, respond: "orders.update", method: "PUT", path: "/order/1337", body: "orders.update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Orders.Update(ctx, 1337, &shopkit.OrderUpdate{Paid: shopkit.Ptr(true), StatusAlias: shopkit.Ptr(shopkit.OrderSent)})
			},
			check: func(t *testing.T, got any) { checkOrder(t, got.(*shopkit.Order)) }},
		{name: "orders.bulk_update", status: 200, respond: "orders.bulk_update", method: "PUT", path: "/order/bulk", body: "orders.bulk_update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Orders.UpdateBulk(ctx, []shopkit.OrderBulkUpdate{
					{ID: 1337, OrderUpdate: shopkit.OrderUpdate{Paid: shopkit.Ptr(true), StatusAlias: shopkit.Ptr(shopkit.OrderSent)}},
					{ID: 7331, OrderUpdate: shopkit.OrderUpdate{StatusAlias: shopkit.Ptr(shopkit.OrderDelivered)}},
				})
			},
			check: func(t *testing.T, got any) {
				r := got.([]shopkit.OrderBulkResult)
				assert.Equal(t, []shopkit.OrderBulkResult{{Code: 200, Message: "OK", ID: 1337}, {Code: 404, Message: "Not found", ID: 7331}}, r)
				assert.True(t, r[0].OK())
				assert.False(t, r[1].OK())
			}},
		{name: "orders.delete", status: 204, method: "DELETE", path: "/order/1337/",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return nil, c.Orders.Delete(ctx, 1337) }},

		{name: "shipping.list", status: 200, respond: "shipping.list", method: "GET", path: "/shipping", query: "country_code=prt&value=10.50&weight=100",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Shipping.List(ctx, "PRT", &shopkit.ShippingOptions{Weight: 100, Value: shopkit.Ptr(dec("10.50"))})
			},
			check: func(t *testing.T, got any) {
				m := got.([]shopkit.ShippingMethod)
				require.Len(t, m, 2)
				assert.Equal(t, shopkit.ShippingMethod{Title: "CTT", Description: "Via CTT Expresso. Entrega em 24 horas.", Price: dec("6.76"), PriceFormatted: "6,76 €"}, m[0])
				assert.Equal(t, "7.25", m[1].Price.String())
			}},

		{name: "coupons.get", status: 200, respond: "coupons.get", method: "GET", path: "/coupon", query: "id=1337",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Coupons.Get(ctx, 1337) },
			check: func(t *testing.T, got any) { checkCoupon(t, got.(*shopkit.Coupon)) }},
		{name: "coupons.get (by code)", status: 200, respond: "coupons.get", method: "GET", path: "/coupon", query: "code=bajevolp",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Coupons.GetByCode(ctx, "bajevolp") },
			check: func(t *testing.T, got any) { checkCoupon(t, got.(*shopkit.Coupon)) }},
		{name: "coupons.create", status: 201, respond: "coupons.create", method: "POST", path: "/coupon/", body: "coupons.create.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Coupons.Create(ctx, &shopkit.CouponCreate{Code: "bajevolp", Limit: 5, Value: dec("10"), Type: shopkit.CouponPercent, AppliesTo: shopkit.CouponAllOrders})
			},
			check: func(t *testing.T, got any) { checkCoupon(t, got.(*shopkit.Coupon)) }},
		{name: "coupons.delete", status: 204, method: "DELETE", path: "/coupon/1337",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return nil, c.Coupons.Delete(ctx, 1337) }},

		{name: "webhooks.list", status: 200, respond: "webhooks.list", method: "GET", path: "/webhook/", query: "active=true&event=order_created",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Webhooks.List(ctx, &shopkit.WebhookListOptions{Active: shopkit.Ptr(true), Event: shopkit.EventOrderCreated})
			},
			check: func(t *testing.T, got any) {
				w := got.([]shopkit.Webhook)
				require.Len(t, w, 1)
				checkWebhook(t, &w[0])
			}},
		{name: "webhooks.list (one)", status: 200, respond: "webhooks.list", method: "GET", path: "/webhook/1337",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Webhooks.Get(ctx, 1337) },
			check: func(t *testing.T, got any) { checkWebhook(t, got.(*shopkit.Webhook)) }},
		{name: "webhooks.create", status: 201, respond: "webhooks.create", method: "POST", path: "/webhook/", body: "webhooks.create.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: "https://www.example.com/url", Event: shopkit.EventOrderCreated})
			},
			check: func(t *testing.T, got any) { checkWebhook(t, got.(*shopkit.Webhook)) }},
		{name: "webhooks.delete", status: 204, method: "DELETE", path: "/webhook/1337",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return nil, c.Webhooks.Delete(ctx, 1337) }},

		{name: "media.list", status: 200, respond: "media.list", header: []string{"X-Total-Count", "1"},
			method: "GET", path: "/media/", query: "limit=25&q=bowl&type=image",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Media.List(ctx, &shopkit.MediaListOptions{Type: "image", Query: "bowl", ListOptions: shopkit.ListOptions{Limit: 25}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Page[shopkit.Media])
				assert.Equal(t, 1, p.Total)
				checkMedia(t, &p.Items[0])
			}},
		{name: "media.list (get by id)", status: 200, respond: "media.list", method: "GET", path: "/media/", query: "id=725",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Media.Get(ctx, 725) },
			check: func(t *testing.T, got any) { checkMedia(t, got.(*shopkit.Media)) }},
		{name: "media.list (get by checksum)", status: 200, respond: "media.list", method: "GET", path: "/media/", query: "checksum=" + seedMD5,
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Media.GetByChecksum(ctx, seedMD5) },
			check: func(t *testing.T, got any) { checkMedia(t, got.(*shopkit.Media)) }},
		{name: "media.create (by URL)", status: 201, method: "POST", path: "/media/", body: "media.create.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return nil, c.Media.UploadURL(ctx, "https://cdn.shopk.it/usercontent/parallax/media/images/3df623e-010547-4778681bb73229d7d038c077c741b7bd.jpg")
			}},
		{name: "media.create (by file)", status: 201, method: "POST", path: "/media/",
			body: `{"file": "` + base64.StdEncoding.EncodeToString([]byte("\x89PNG\r\n\x1a\nfake")) + `"}`,
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return nil, c.Media.UploadFile(ctx, bytes.NewReader([]byte("\x89PNG\r\n\x1a\nfake")))
			}},
		{name: "media.delete", status: 204, method: "DELETE", path: "/media/725",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return nil, c.Media.Delete(ctx, 725) }},
		{name: "media.delete (by checksum)", status: 204, method: "DELETE", path: "/media/" + seedMD5,
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return nil, c.Media.DeleteByChecksum(ctx, seedMD5)
			}},
	}
}

// TestEndpoints checks every endpoint's request on the wire and the
// decoding of the seed's example answer.
func TestEndpoints(t *testing.T) {
	for _, tc := range append(endpointCases(), endpointCases2025()...) {
		t.Run(tc.name, func(t *testing.T) {
			var respond []byte
			if tc.respond != "" {
				respond = fixture(t, tc.respond)
			}
			c, w := newWire(t, tc.status, respond, tc.header...)
			got, err := tc.call(context.Background(), c)
			require.NoError(t, err)

			reqs := w.requests()
			require.Len(t, reqs, 1, "exactly one request")
			r := reqs[0]
			assert.Equal(t, tc.method, r.Method)
			assert.Equal(t, "/v1"+tc.path, r.Path)
			assert.Equal(t, tc.query, r.RawQuery)
			assert.Equal(t, testKey, r.Header.Get("X-API-KEY"), "the key travels in the X-API-KEY header")
			assert.NotContains(t, r.RawQuery, testKey, "never in the URL")
			assert.Empty(t, r.Header.Get("Authorization"))
			assert.Equal(t, "application/json", r.Header.Get("Accept"))
			switch {
			case tc.body == "":
				assert.Empty(t, r.Body, "no body")
			default:
				want := []byte(tc.body)
				if tc.body[0] != '{' && tc.body[0] != '[' {
					want = fixture(t, tc.body)
				}
				assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
				assert.JSONEq(t, string(want), string(r.Body))
			}
			if tc.check != nil {
				tc.check(t, got)
			} else if tc.method == http.MethodDelete || tc.status == http.StatusCreated {
				assert.Nil(t, got)
			}
		})
	}
}

// TestEveryCatalogueEndpointCovered ties the table to the catalogue's 34 ids.
func TestEveryCatalogueEndpointCovered(t *testing.T) {
	ids := []string{"store.get", "products.list", "products.create", "products.update", "products.delete",
		"product_option_groups.list", "product_option_groups.create", "product_option_groups.update", "product_option_groups.delete",
		"product_options.list", "product_options.update", "product_options.delete",
		"categories.list", "categories.create", "categories.update", "categories.delete",
		"brands.list", "brands.create", "brands.update", "brands.delete",
		"orders.list", "orders.update", "orders.bulk_update", "orders.delete", "shipping.list",
		"coupons.get", "coupons.create", "coupons.delete", "webhooks.list", "webhooks.create", "webhooks.delete",
		"media.list", "media.create", "media.delete"}
	require.Len(t, ids, 34)
	covered := map[string]bool{}
	for _, tc := range endpointCases() {
		id, _, _ := bytes.Cut([]byte(tc.name), []byte(" "))
		covered[string(id)] = true
	}
	for _, id := range ids {
		assert.True(t, covered[id], "no wire test for %s", id)
	}
}

// TestListShapes checks the list forms the seed leaves open: a bare array
// (assumed), an envelope with the "paging" links, and null.
func TestListShapes(t *testing.T) {
	cases := map[string]struct {
		body string
		ids  []int64
		next bool
	}{
		"array":           {`[{"id": 1}, {"id": 2}]`, []int64{1, 2}, true},
		"paging envelope": {`{"paging": {"previous": null, "next": "https://api.shopk.it/v1/brand?limit=2&page=2"}, "brands": [{"id": 3}, {"id": 4}]}`, []int64{3, 4}, true},
		"empty envelope":  {`{"paging": {}}`, nil, false},
		"null":            {`null`, nil, false},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			c, _ := newWire(t, 200, []byte(tc.body))
			p, err := c.Brands.List(context.Background(), &shopkit.BrandListOptions{ListOptions: shopkit.ListOptions{Limit: 2}})
			require.NoError(t, err)
			var ids []int64
			for _, b := range p.Items {
				ids = append(ids, b.ID)
			}
			assert.Equal(t, tc.ids, ids)
			assert.Equal(t, -1, p.Total, "no X-Total-Count")
			assert.Equal(t, tc.next, p.Next != nil, "a full page may have a successor")
		})
	}
}

// TestListEnvelopeWithTwoArrays: which array of an envelope holds the items
// is ambiguous when there are two; the body is refused, every time, rather
// than read from whichever key map order gives first.
func TestListEnvelopeWithTwoArrays(t *testing.T) {
	c, _ := newWire(t, 200, []byte(`{"paging": {}, "brands": [{"id": 1}], "related": [{"id": 2}]}`))
	for range 5 {
		_, err := c.Brands.List(context.Background(), nil)
		require.ErrorIs(t, err, shopkit.ErrInvalidResponse)
		assert.Contains(t, err.Error(), "several arrays")
	}
}

// TestAllFollowsPages pages through All with X-Total-Count and stops on
// break without fetching more.
func TestAllFollowsPages(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		page := r.URL.Query().Get("page")
		w.Header().Set("X-Total-Count", "5")
		switch page {
		case "1":
			_, _ = w.Write([]byte(`[{"id": 1}, {"id": 2}]`))
		case "2":
			_, _ = w.Write([]byte(`[{"id": 3}, {"id": 4}]`))
		case "3":
			_, _ = w.Write([]byte(`[{"id": 5}]`))
		default:
			w.WriteHeader(http.StatusBadRequest)
		}
	}))
	defer srv.Close()
	c, err := shopkit.NewClient(testKey, shopkit.WithBaseURL(srv.URL), shopkit.WithoutRateLimit())
	require.NoError(t, err)
	var ids []int64
	for o, err := range c.Orders.All(context.Background(), &shopkit.OrderListOptions{ListOptions: shopkit.ListOptions{Limit: 2}}) {
		require.NoError(t, err)
		ids = append(ids, o.ID)
	}
	assert.Equal(t, []int64{1, 2, 3, 4, 5}, ids)

	ids = nil
	for o, err := range c.Orders.All(context.Background(), &shopkit.OrderListOptions{ListOptions: shopkit.ListOptions{Page: 2, Limit: 2}}) {
		require.NoError(t, err)
		ids = append(ids, o.ID)
		break
	}
	assert.Equal(t, []int64{3}, ids, "starts at the asked page, stops on break")
}

// TestAllWhenLimitIsIgnored pages through an endpoint that ignores limit
// and serves its default 25 items a page, as the docs warn some do.
func TestAllWhenLimitIsIgnored(t *testing.T) {
	for _, withTotal := range []bool{true, false} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			page, _ := strconv.Atoi(r.URL.Query().Get("page"))
			if withTotal {
				w.Header().Set("X-Total-Count", "60")
			}
			var items []string
			for id := (page-1)*25 + 1; id <= min(page*25, 60); id++ {
				items = append(items, fmt.Sprintf(`{"id": %d}`, id))
			}
			_, _ = w.Write([]byte("[" + strings.Join(items, ",") + "]"))
		}))
		c, err := shopkit.NewClient(testKey, shopkit.WithBaseURL(srv.URL), shopkit.WithoutRateLimit())
		require.NoError(t, err)
		n := 0
		for m, err := range c.Media.All(context.Background(), &shopkit.MediaListOptions{ListOptions: shopkit.ListOptions{Limit: 50}}) {
			require.NoError(t, err)
			n++
			assert.Equal(t, int64(n), m.ID)
		}
		assert.Equal(t, 60, n, "with X-Total-Count: %t", withTotal)
		srv.Close()
	}
}

// TestLookupPicksTheAskedItem guards against a server that ignores the
// ?id= or ?code= filter and answers a whole list.
func TestLookupPicksTheAskedItem(t *testing.T) {
	c, _ := newWire(t, 200, []byte(`[{"id": 1, "code": "A"}, {"id": 1337, "code": "bajevolp"}, {"id": 3, "code": "C"}]`))
	cp, err := c.Coupons.GetByCode(context.Background(), "BAJEVOLP")
	require.NoError(t, err)
	assert.Equal(t, int64(1337), cp.ID)
	cp, err = c.Coupons.Get(context.Background(), 3)
	require.NoError(t, err)
	assert.Equal(t, "C", cp.Code)
	_, err = c.Coupons.Get(context.Background(), 99)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)

	t.Run("a lone item that is another one", func(t *testing.T) {
		for _, body := range []string{`[{"id": 7, "handle": "other"}]`, `{"id": 7, "handle": "other"}`} {
			c, _ := newWire(t, 200, []byte(body))
			_, err := c.Products.Get(context.Background(), 5)
			assert.ErrorIs(t, err, shopkit.ErrNotFound, body)
			_, err = c.Products.GetByHandle(context.Background(), "mug")
			assert.ErrorIs(t, err, shopkit.ErrNotFound, body)
		}
		c, _ := newWire(t, 200, []byte(`[{"id": "5", "title": "Mug"}]`))
		p, err := c.Products.Get(context.Background(), 5)
		require.NoError(t, err, "an id sent as a string still matches")
		assert.Equal(t, "Mug", p.Title)
		p, err = c.Products.GetByHandle(context.Background(), "mug")
		require.NoError(t, err, "an item without a handle field is taken as the answer")
		assert.Equal(t, int64(5), p.ID)
	})
}
