package shopkit_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// The check* functions assert the seed's example responses field by field.

func checkProductGET(t *testing.T, p *shopkit.Product) {
	t.Helper()
	assert.Equal(t, int64(212322), p.ID)
	assert.Equal(t, "Rustic Spice Bowl Set", p.Title)
	require.NotNil(t, p.Reference)
	assert.Equal(t, "", *p.Reference)
	assert.Nil(t, p.Barcode)
	assert.Equal(t, "40.73", p.Price.String())
	assert.Equal(t, "40,73 €", p.PriceFormatted)
	assert.Nil(t, p.PricePromo)
	assert.Nil(t, p.PricePromoFormatted)
	assert.Nil(t, p.PriceWholesale)
	assert.Nil(t, p.PricePromoPercentage)
	assert.False(t, p.PriceOnRequest)
	assert.Equal(t, "40.73", p.PriceWithoutTax.String())
	assert.True(t, p.CreatedAt.Equal(ts("2020-11-27T15:36:57Z")))
	assert.Equal(t, shopkit.ProductStatusActive, p.Status)
	assert.Equal(t, "active", p.StatusAlias)
	assert.True(t, p.Shipping.IsZero())
	assert.True(t, p.New)
	assert.False(t, p.Featured)
	require.NotNil(t, p.Description)
	assert.Contains(t, *p.Description, "<p>This set of four rustic")
	require.NotNil(t, p.VideoURL)
	assert.Equal(t, "", *p.VideoURL)
	assert.Nil(t, p.File)
	assert.True(t, p.Tax.IsZero())
	assert.Nil(t, p.ReducedRate)
	require.NotNil(t, p.MetaTags)
	assert.Equal(t, "rustic-spice-bowl-set", p.Handle)
	assert.Equal(t, "Rustic Spice Bowl Set", p.PageTitle)
	assert.Equal(t, shopkit.Int(0), p.Weight)
	assert.True(t, p.UpdatedAt.Equal(ts("2020-11-27T15:36:57Z")))
	assert.Equal(t, "https://parallax.shopk.it/product/rustic-spice-bowl-set", p.URL)
	assert.Equal(t, "https://parallax.shopk.it/cart/add/rustic-spice-bowl-set", p.AddCartURL)
	assert.Equal(t, "https://parallax.shopk.it/wishlist/add/rustic-spice-bowl-set", p.Wishlist.AddURL)
	assert.Equal(t, shopkit.StringOrFalse(""), p.VideoEmbedURL)
	assert.Contains(t, p.Image.Full, "da84db6-472c46da6a786edb5b67cf338c2b9c58.jpg")
	assert.Len(t, p.Images, 3)
	require.Len(t, p.Categories, 1)
	assert.Equal(t, int64(44355), p.Categories[0].ID)
	assert.Equal(t, "Cozinha", p.Categories[0].Title)
	assert.True(t, p.Categories[0].Image.IsZero(), "[] reads as no image")
	assert.Equal(t, "null", string(p.Brand))
	assert.Empty(t, p.Tags)
	require.Len(t, p.Options, 4)
	checkOption363364(t, &p.Options[0], false)
	require.Len(t, p.OptionGroups, 2)
	assert.Equal(t, "Size", p.OptionGroups[0].Title)
	assert.Equal(t, "Small bowl", p.OptionGroups[0].Options[0].Title)
	assert.Empty(t, p.Extra)
}

// checkProductWritten checks the fields the seed's POST and PUT /product
// answers share.
func checkProductWritten(t *testing.T, p *shopkit.Product, handle string) {
	t.Helper()
	assert.Equal(t, int64(212314), p.ID)
	assert.Equal(t, "Rustic Spice Bowl Set", p.Title)
	assert.Nil(t, p.Barcode)
	assert.Equal(t, "17.45", p.Price.String())
	assert.Equal(t, "17,45 €", p.PriceFormatted)
	assert.Nil(t, p.PricePromo)
	assert.Nil(t, p.PricePromoFormatted)
	assert.Nil(t, p.PriceWholesale)
	assert.Nil(t, p.PriceWholesaleFormatted)
	assert.False(t, p.PromoShowPercentage)
	assert.Nil(t, p.PricePromoPercentage)
	assert.False(t, p.PriceOnRequest)
	assert.Equal(t, "17.45", p.PriceWithoutTax.String())
	assert.Equal(t, shopkit.ProductStatusActive, p.Status)
	assert.Equal(t, "active", p.StatusAlias)
	assert.Equal(t, 0, p.Position)
	assert.True(t, p.Shipping.IsZero())
	assert.False(t, p.ShippingAlone)
	assert.False(t, p.New)
	assert.False(t, p.IsPromotion)
	assert.Nil(t, p.VideoURL)
	assert.Nil(t, p.File)
	assert.True(t, p.Tax.IsZero())
	assert.False(t, p.Taxable)
	assert.Nil(t, p.ReducedRate)
	assert.Nil(t, p.MetaDescription)
	assert.Nil(t, p.MetaTags)
	assert.Equal(t, handle, p.Handle)
	assert.Equal(t, "Rustic Spice Bowl Set", p.PageTitle)
	assert.Equal(t, shopkit.Int(0), p.Weight)
	assert.Equal(t, shopkit.Int(0), p.Sales)
	assert.True(t, p.VariantsSameValues)
	assert.False(t, p.Wholesale)
	assert.False(t, p.WholesaleExclusive)
	assert.False(t, p.Promo)
	assert.Equal(t, "https://parallax.shopk.it/product/"+handle, p.URL)
	assert.Equal(t, "https://parallax.shopk.it/product/"+handle, p.Permalink)
	assert.Equal(t, "https://parallax.shopk.it/cart/add/"+handle, p.AddCartURL)
	assert.Equal(t, shopkit.Wishlist{AddURL: "https://parallax.shopk.it/wishlist/add/" + handle,
		RemoveURL: "https://parallax.shopk.it/wishlist/remove/" + handle}, p.Wishlist)
	assert.Equal(t, shopkit.StringOrFalse(""), p.VideoEmbedURL, "false reads as no video")
	assert.Empty(t, p.Images)
	require.Len(t, p.Categories, 1)
	assert.Equal(t, int64(44373), p.Categories[0].ID)
	assert.Equal(t, int64(0), p.Categories[0].ParentID)
	assert.True(t, p.Categories[0].Active)
	assert.Empty(t, p.Options)
	assert.Empty(t, p.OptionGroups)
	assert.Equal(t, shopkit.ProductStock{}, p.Stock)
	assert.Equal(t, shopkit.Int(0), p.Rating.TotalReviews)
	assert.True(t, p.Rating.AverageRating.IsZero())
	assert.Empty(t, p.Extra)
}

// checkOptionGroups checks the seed's option group list (GET, POST and PUT
// answers alike).
func checkOptionGroups(t *testing.T, g []shopkit.OptionGroup) {
	t.Helper()
	require.Len(t, g, 2)
	assert.Equal(t, int64(62775), g[0].ID)
	assert.Equal(t, "Size", g[0].Title)
	assert.Equal(t, []shopkit.OptionGroupValue{{ID: 206585, Title: "Small bowl"}, {ID: 206586, Title: "Big bowl"}}, []shopkit.OptionGroupValue(g[0].Options))
	assert.Equal(t, int64(62776), g[1].ID)
	assert.Equal(t, "Color", g[1].Title)
	assert.Equal(t, []shopkit.OptionGroupValue{{ID: 206587, Title: "White"}, {ID: 206588, Title: "Dark turquoise"}}, []shopkit.OptionGroupValue(g[1].Options))
	assert.Empty(t, g[0].Extra)
	assert.Empty(t, g[1].Extra)
}

// checkCategoryPrints checks the category of the seed's POST and PUT
// /category answers.
func checkCategoryPrints(t *testing.T, c *shopkit.Category) {
	t.Helper()
	assert.Equal(t, int64(14534), c.ID)
	assert.Equal(t, "Prints", c.Title)
	assert.False(t, c.IsParent)
	assert.False(t, c.IsChild)
	assert.Equal(t, int64(0), c.ParentID)
	assert.Nil(t, c.ParentTitle)
	assert.Equal(t, 0, c.Position)
	assert.True(t, c.Active)
	assert.Equal(t, "prints", c.Handle)
	assert.Equal(t, "Prints", c.PageTitle)
	require.NotNil(t, c.MetaDescription)
	assert.Equal(t, "", *c.MetaDescription)
	assert.Nil(t, c.MetaTags)
	assert.Equal(t, shopkit.Int(0), c.NumProducts)
	assert.Equal(t, "https://parallax.shopk.it/category/prints", c.URL)
	assert.Equal(t, "https://parallax.shopk.it/category/prints", c.Permalink)
	noImg := "https://cdn.shopk.it/assets/store/img/no-img.png"
	assert.Equal(t, shopkit.Image{Thumb: noImg, Square: noImg, Full: noImg}, c.Image)
	assert.Equal(t, "null", string(c.Parents))
	assert.Nil(t, c.Children)
	assert.Equal(t, "2019-10-02T17:11:07+01:00", c.CreatedAt.Format(time.RFC3339), "the offset as sent")
	assert.Empty(t, c.Extra)
}

func checkOption363364(t *testing.T, o *shopkit.ProductOption, afterPut bool) {
	t.Helper()
	assert.Equal(t, int64(363364), o.ID)
	require.NotNil(t, o.IDVariant1)
	assert.Equal(t, int64(206585), *o.IDVariant1)
	require.NotNil(t, o.IDVariant2)
	assert.Equal(t, int64(206587), *o.IDVariant2)
	assert.Nil(t, o.IDVariant3)
	assert.Equal(t, "Small bowl / White", o.Title)
	assert.Equal(t, "40.73", o.Price.String())
	assert.Equal(t, "40,73 €", o.PriceFormatted)
	assert.Nil(t, o.PricePromo)
	assert.True(t, o.Active)
	assert.Contains(t, o.URL, "option=363364")
	assert.Contains(t, o.Wishlist.RemoveURL, "option=363364")
	if afterPut {
		assert.Equal(t, "SWB-001", o.Reference)
		require.NotNil(t, o.Barcode)
		assert.Equal(t, "SWB-001", *o.Barcode)
	}
	assert.Empty(t, o.Extra)
}

func checkCategoryGET(t *testing.T, c *shopkit.Category) {
	t.Helper()
	assert.Equal(t, int64(14535), c.ID)
	assert.Equal(t, "Decoração", c.Title)
	assert.True(t, c.IsParent)
	assert.False(t, c.IsChild)
	assert.Equal(t, int64(0), c.ParentID)
	assert.Nil(t, c.ParentTitle)
	assert.Equal(t, 7, c.Position)
	assert.True(t, c.Active)
	assert.Equal(t, "decoracao", c.Handle)
	assert.Nil(t, c.MetaTags)
	assert.Equal(t, shopkit.Int(0), c.NumProducts)
	assert.Equal(t, "https://parallax.shopk.it/category/decoracao", c.Permalink)
	assert.Contains(t, c.Image.Thumb, "/thumb/4778681bb73229d7d038c077c741b7bd.jpg")
	assert.Equal(t, "null", string(c.Parents))
	require.Len(t, c.Children, 1)
	ch := c.Children[0]
	assert.Equal(t, int64(167757), ch.ID)
	assert.Equal(t, "Sala", ch.Title)
	assert.True(t, ch.IsChild)
	assert.Equal(t, int64(14535), ch.ParentID)
	assert.Nil(t, ch.MetaDescription)
	assert.Equal(t, shopkit.Int(9), ch.NumProducts)
	assert.Nil(t, ch.Children)
	assert.True(t, c.CreatedAt.Equal(ts("2019-10-02T17:03:56+01:00")))
	assert.True(t, c.UpdatedAt.Equal(ts("2019-10-02T17:11:08+01:00")))
	assert.Empty(t, c.Extra)
}

func checkBrand(t *testing.T, b *shopkit.Brand) {
	t.Helper()
	assert.Equal(t, int64(43), b.ID)
	assert.Equal(t, "Pure You", b.Title)
	assert.Equal(t, "", b.Description)
	assert.True(t, b.Active)
	assert.Equal(t, 0, b.Position)
	assert.Equal(t, "pure-you", b.Handle)
	assert.Equal(t, "Pure You", b.PageTitle)
	assert.Equal(t, "", b.MetaDescription)
	assert.Nil(t, b.MetaTags)
	assert.Equal(t, shopkit.Int(0), b.NumProducts)
	assert.Equal(t, "https://parallax.shopk.it/brand/pure-you", b.URL)
	assert.Equal(t, "https://parallax.shopk.it/brand/pure-you", b.Permalink)
	img := "https://cdn.shopk.it/usercontent/boxie/media/images/"
	assert.Equal(t, shopkit.Image{Thumb: img + "thumb/d65c706-logo-3.png", Square: img + "square/d65c706-logo-3.png", Full: img + "d65c706-logo-3.png"}, b.Image)
	assert.Equal(t, "2022-04-08T00:39:02+01:00", b.CreatedAt.Format(time.RFC3339), "the offset as sent")
	assert.Equal(t, "2022-04-08T00:44:21+01:00", b.UpdatedAt.Format(time.RFC3339))
	assert.Empty(t, b.Extra)
}

func checkOrder(t *testing.T, o *shopkit.Order) {
	t.Helper()
	assert.Equal(t, int64(1337), o.ID)
	assert.Equal(t, "a77e38d0b16ba62f32361331774324904278edcf", o.Hash)
	assert.Equal(t, "157.03", o.Total.String())
	assert.Equal(t, "148.64", o.Subtotal.String())
	assert.Equal(t, "16.0052", o.ProductTax.String(), "unrounded tax kept exactly")
	assert.Equal(t, "16.0052", o.TotalTax.String())
	assert.Equal(t, "14.864", o.Discount.String())
	assert.Equal(t, "7.25", o.Shipping.Value.String())
	assert.Nil(t, o.Shipping.TaxPercent)
	assert.Equal(t, "2017-05-17T10:45:05+01:00", o.CreatedAt.Format(time.RFC3339), "the offset as sent")
	assert.True(t, o.UpdateAt.Equal(ts("2017-12-06T17:18:41+00:00")))
	assert.True(t, o.SentAt.Equal(ts("2017-05-17T11:23:21+01:00")))
	assert.True(t, o.PaidAt.Equal(ts("2017-05-17T11:23:21+01:00")))
	assert.Equal(t, "EUR", o.Currency)
	assert.Equal(t, "multibanco", o.Payment.Type)
	assert.Equal(t, shopkit.String("88888"), o.Payment.Data.Entity)
	assert.Equal(t, shopkit.String("888888888"), o.Payment.Data.Reference)
	assert.Equal(t, "157.03", o.Payment.Data.Value.String())
	assert.Equal(t, "Multibanco", o.Payment.Description)
	assert.Equal(t, 3, o.Status)
	assert.Equal(t, shopkit.OrderSent, o.StatusAlias)
	assert.Equal(t, "Sent", o.StatusDescription)
	assert.True(t, o.Paid)
	assert.False(t, o.IsNew)
	assert.Equal(t, "https://www.invoiceservice.com/invoice_permalink/", o.InvoiceURL)
	assert.True(t, o.TrackingCreatedAt.IsZero(), `"" reads as the zero time`)
	assert.Nil(t, o.ExpectedArrivalFrom)
	assert.Nil(t, o.ExpectedArrivalUntil)
	assert.Equal(t, "null", string(o.TaxExemption))
	require.NotNil(t, o.Coupon)
	assert.Equal(t, "bajevolp", o.Coupon.Code)
	assert.Equal(t, "percent", o.Coupon.Type)
	assert.Equal(t, "10", o.Coupon.Value.String())
	assert.Equal(t, "Transportadora", o.ShipmentMethod)
	assert.Equal(t, "Shopkit", o.Client.Name)
	assert.Equal(t, "info@shopk.it", o.Client.Email)
	assert.Nil(t, o.Client.FiscalID)
	assert.False(t, o.Client.IsRegistered)
	assert.Equal(t, shopkit.String("969057993"), o.Client.Delivery.Phone)
	assert.Equal(t, "PRT", o.Client.Billing.CountryCode)
	assert.Equal(t, "6000-767", o.Client.Billing.ZipCode)
	require.Len(t, o.Products, 2)
	l := o.Products[0]
	assert.Equal(t, int64(44753), l.ID)
	require.NotNil(t, l.Option)
	assert.Equal(t, "Azul / Small", *l.Option)
	assert.Equal(t, "STHFBF7574", l.Reference)
	assert.Equal(t, "77.32", l.Price.String())
	assert.Equal(t, "23", l.Tax.String())
	assert.Equal(t, shopkit.Int(1), l.Quantity)
	assert.Equal(t, "7.732", l.Discount.String())
	assert.Equal(t, "85.59324", l.Subtotal.String())
	assert.Equal(t, "10", l.DiscountPercent.String())
	assert.Equal(t, "Shelving Tree with Birds", l.Title)
	assert.Equal(t, shopkit.Int(0), l.Weight)
	assert.Equal(t, "https://parallax.shopk.it/product/shelving-tree-with-birds", l.URL)
	assert.Contains(t, l.DescriptionShort, "This is a tree decal")
	assert.Equal(t, "https://cdn.shopk.it/usercontent/parallax/media/images/thumb/4778681bb73229d7d038c077c741b7bd.jpg", l.Image.Thumb)
	l = o.Products[1]
	assert.Equal(t, int64(44752), l.ID)
	assert.Equal(t, "Hanging Succulent Planter", l.Title)
	assert.Nil(t, l.Option)
	assert.Equal(t, "", l.Reference)
	assert.Equal(t, "", l.Barcode)
	assert.Equal(t, "71.32", l.Price.String())
	assert.Equal(t, "0", l.Tax.String())
	assert.Equal(t, "7.132", l.Discount.String())
	assert.Equal(t, "64.188", l.Subtotal.String())
	assert.Equal(t, "https://cdn.shopk.it/usercontent/parallax/media/images/eacc633fe509af083776db911a5f02b9.jpg", l.Image.Full)
	assert.True(t, o.Shipping.Tax.IsZero())
	assert.True(t, o.Shipping.Discount.IsZero())
	assert.True(t, o.Shipping.DiscountPercent.IsZero())
	assert.True(t, o.Wholesale)
	assert.Equal(t, shopkit.Int(0), o.Weight)
	for name, v := range map[string]string{"observations": o.Observations, "note": o.Note, "client_note": o.ClientNote,
		"custom_field": o.CustomField, "tracking_code": o.TrackingCode, "tracking_carrier": o.TrackingCarrier,
		"tracking_url": o.TrackingURL, "shipping_url": o.ShippingURL, "at_code": o.ATCode} {
		assert.Equal(t, "", v, name)
	}
	assert.Equal(t, "https://parallax.shopk.it/order/a77e38d0b16ba62f32361331774324904278edcf", o.Permalink)
	assert.Equal(t, "Shopkit", o.Client.Company)
	assert.Equal(t, shopkit.OrderAddress{Name: "Shopkit", Phone: "969057993", Address: `Centro de Empresas Inovadoras\nAvª do Empresário`,
		AddressExtra: "1, S1.08", Country: "Portugal - Continental", CountryCode: "PRT", ZipCode: "6000-767", City: "Castelo Branco"}, o.Client.Delivery)
	require.Len(t, o.Tags, 1)
	assert.Equal(t, int64(16461), o.Tags[0].ID)
	assert.Equal(t, "Revenda", o.Tags[0].Title)
	assert.Equal(t, "revenda", o.Tags[0].Handle)
	assert.Equal(t, shopkit.Int(1), o.Tags[0].TotalItems)
	assert.Equal(t, "2021-10-21T13:24:01+01:00", o.Tags[0].CreatedAt.Format(time.RFC3339))
	assert.Empty(t, o.Extra)
	assert.Empty(t, o.Payment.Data.Extra)
}

func checkCoupon(t *testing.T, c *shopkit.Coupon) {
	t.Helper()
	assert.Equal(t, int64(1337), c.ID)
	assert.Equal(t, "bajevolp", c.Code)
	assert.Equal(t, shopkit.Int(5), c.Limit)
	assert.Equal(t, shopkit.Int(2), c.Used)
	assert.Equal(t, "10", c.Value.String())
	assert.Equal(t, shopkit.CouponPercent, c.Type)
	assert.Equal(t, shopkit.CouponAllOrders, c.AppliesTo)
	assert.Nil(t, c.OrdersOver)
	assert.Equal(t, "null", string(c.Category))
	assert.Nil(t, c.DateFrom)
	assert.Nil(t, c.DateTo)
	assert.True(t, c.CreatedAt.Equal(ts("2014-11-18T23:41:32+00:00")))
	assert.Equal(t, "157.03", c.OrdersTotal.String())
	assert.Equal(t, "14.864", c.OrdersDiscount.String())
	assert.Empty(t, c.Extra)
}

func checkWebhook(t *testing.T, w *shopkit.Webhook) {
	t.Helper()
	assert.Equal(t, int64(1337), w.ID)
	assert.Equal(t, shopkit.EventOrderCreated, w.Event)
	assert.Equal(t, "https://www.example.com/url", w.URL)
	assert.True(t, w.Active)
	assert.Empty(t, w.Extra)
}

func checkMedia(t *testing.T, m *shopkit.Media) {
	t.Helper()
	assert.Equal(t, int64(725), m.ID)
	assert.Equal(t, "3df623e086a7d6cd606c4b1043bd7150", m.Checksum)
	assert.Equal(t, "3df623e-010547-4778681bb73229d7d038c077c741b7bd.jpg", m.FileName)
	assert.Equal(t, "image/jpeg", m.FileType)
	assert.Equal(t, ".jpg", m.FileExt)
	assert.Equal(t, "60.82", m.FileSize.String())
	assert.Equal(t, shopkit.Int(600), m.ImageWidth)
	assert.Equal(t, shopkit.Int(674), m.ImageHeight)
	assert.True(t, m.CreatedAt.Equal(time.Date(2021, 5, 7, 1, 5, 51, 0, time.UTC)), "zone-less timestamp read as UTC")
	assert.Contains(t, m.URL.Square, "/square/3df623e")
	assert.Empty(t, m.Extra)
}

func checkStore(t *testing.T, s *shopkit.Store) {
	t.Helper()
	assert.Equal(t, "parallax", s.Username)
	assert.Equal(t, "Parallax", s.Name)
	assert.Nil(t, s.Logo)
	assert.Nil(t, s.Pinterest)
	assert.False(t, s.ShowEmail)
	assert.True(t, s.EnableShippingMethods)
	assert.Equal(t, "info@shopk.it", s.Email)
	assert.Nil(t, s.Phone)
	assert.Contains(t, s.Address, "\n6000-767 Castelo Branco")
	assert.Equal(t, "#db0a5b", s.BaseColor)
	assert.Equal(t, "#FFFFFF", s.BaseColorContrast)
	assert.Equal(t, shopkit.String("39.818466068593935"), s.Latitude)
	assert.Equal(t, shopkit.String("-7.491968556808545"), s.Longitude)
	assert.Equal(t, "EUR", s.Currency)
	assert.Equal(t, "optional", s.Settings.Cart.UsersRegistration)
	assert.Equal(t, shopkit.String("10713"), s.Settings.Cart.PageTerms.ID)
	assert.Equal(t, "politica-de-privacidade", s.Settings.Cart.PagePrivacy.Handle)
	assert.Equal(t, "position", s.Settings.Category.DefaultOrder)
	assert.Nil(t, s.Settings.Categories.PerPage)
	assert.False(t, s.Settings.Abandoned.CartsAutomaticNotifications)
	assert.Contains(t, s.Settings.Abandoned.CartsEmailSubject, "{{ cart.client_name|first_word }}")
	assert.True(t, s.Settings.Wholesale.ClientSignup)
	assert.Equal(t, "shopkit-parallax", s.Theme)
	require.NotEmpty(t, s.Navigation.Primary)
	assert.Equal(t, "Home", s.Navigation.Primary[0].MenuText)
	assert.Equal(t, shopkit.String("/"), s.Navigation.Primary[0].MenuItem)
	assert.Len(t, s.Payments, 8)
	assert.Equal(t, "stripe", s.Payments["credit_card"].Gateway)
	assert.True(t, s.Payments["multibanco"].Default)
	assert.Equal(t, "info@shopk.it", s.Payments["paypal"].Email)
	assert.True(t, s.Payments["on_delivery"].Value.IsZero())
	require.Len(t, s.Locations, 1)
	assert.Equal(t, shopkit.String("469"), s.Locations[0].ID)
	assert.Equal(t, "PRT", s.Locations[0].CountryCode)
	require.NotNil(t, s.ProductsPerPageHome)
	assert.Equal(t, shopkit.Int(20), *s.ProductsPerPageHome)
	assert.Nil(t, s.ProductsPerPageCatalog)
	assert.Equal(t, "parallax.shopk.it", s.Domain)
	assert.True(t, s.IsSSL)
	assert.Contains(t, s.Assets.CSS, "style.css")
	assert.Len(t, s.ImagesHeader, 3)
	assert.Equal(t, "null", string(s.DarkMode))
	assert.True(t, s.TaxesIncluded)
	assert.Empty(t, s.Extra)
}

// TestFixturesFullyDeclared checks that every field of every example
// response has a model field, at any depth.
func TestFixturesFullyDeclared(t *testing.T) {
	cases := map[string]any{
		"store.get": shopkit.Store{}, "products.list": shopkit.Product{}, "products.create": shopkit.Product{},
		"products.update": shopkit.Product{}, "product_option_groups.list": []shopkit.OptionGroup{},
		"product_option_groups.create": []shopkit.OptionGroup{}, "product_option_groups.update": []shopkit.OptionGroup{},
		"product_options.list": []shopkit.ProductOption{}, "product_options.update": shopkit.ProductOption{},
		"categories.list": shopkit.Category{}, "categories.create": shopkit.Category{}, "categories.update": shopkit.Category{},
		"brands.list": shopkit.Brand{}, "brands.create": shopkit.Brand{}, "brands.update": shopkit.Brand{},
		"orders.list": shopkit.Order{}, "orders.update": shopkit.Order{}, "orders.bulk_update": []shopkit.OrderBulkResult{},
		"shipping.list": []shopkit.ShippingMethod{}, "coupons.get": []shopkit.Coupon{}, "coupons.create": []shopkit.Coupon{},
		"webhooks.list": shopkit.Webhook{}, "webhooks.create": shopkit.Webhook{}, "media.list": shopkit.Media{},
	}
	for name, model := range cases {
		t.Run(name, func(t *testing.T) {
			doc := fixture(t, name)
			assertDeclared(t, doc, model)
			// and it decodes without error into the model
			require.NoError(t, json.Unmarshal(doc, new(any)))
		})
	}
}

func TestTolerantDecoding(t *testing.T) {
	t.Run("numbers as strings, nulls, keyed lists, unknown fields", func(t *testing.T) {
		var p shopkit.Product
		require.NoError(t, json.Unmarshal([]byte(`{
			"id": 7, "price": "12.50", "weight": "250", "sales": null, "video_embed_url": "https://youtube.com/embed/x",
			"images": {"0": {"full": "a.jpg"}, "1": {"full": "b.jpg"}}, "categories": null,
			"options": [{"id": 1, "price": "3,20", "stock": "4", "image": []}],
			"stock": {"stock_enabled": true, "stock_qty": "9"}, "brand": {"id": 43, "title": "Pure You"},
			"created_at": "2020-11-27T14:07:10+00:0", "updated_at": "", "surprise": {"x": 1}}`), &p))
		assert.Equal(t, "12.50", p.Price.String())
		assert.Equal(t, shopkit.Int(250), p.Weight)
		assert.Equal(t, shopkit.Int(0), p.Sales)
		assert.Equal(t, shopkit.StringOrFalse("https://youtube.com/embed/x"), p.VideoEmbedURL)
		require.Len(t, p.Images, 2)
		assert.Equal(t, "b.jpg", p.Images[1].Full)
		assert.Nil(t, p.Categories)
		assert.Equal(t, "3.20", p.Options[0].Price.String(), "decimal comma")
		assert.Equal(t, shopkit.Int(4), p.Options[0].Stock)
		assert.True(t, p.Stock.StockEnabled)
		assert.Equal(t, shopkit.Int(9), p.Stock.StockQty)
		assert.JSONEq(t, `{"id": 43, "title": "Pure You"}`, string(p.Brand))
		assert.True(t, p.CreatedAt.Equal(ts("2020-11-27T14:07:10Z")), "the seed's cut-off zone +00:0")
		assert.True(t, p.UpdatedAt.IsZero())
		assert.JSONEq(t, `{"x": 1}`, string(p.Extra["surprise"]))
	})
	t.Run("image as object, empty list, one-element list, false", func(t *testing.T) {
		var got []shopkit.ProductCategory
		require.NoError(t, json.Unmarshal([]byte(`[{"image": {"full": "x"}}, {"image": []}, {"image": [{"full": "y"}]}, {"image": false}]`), &got))
		assert.Equal(t, "x", got[0].Image.Full)
		assert.True(t, got[1].Image.IsZero())
		assert.Equal(t, "y", got[2].Image.Full)
		assert.True(t, got[3].Image.IsZero())
	})
	t.Run("store payments as [] and ids as numbers", func(t *testing.T) {
		var s shopkit.Store
		require.NoError(t, json.Unmarshal([]byte(`{"payments": [], "locations": [{"id": 469}], "latitude": 39.8}`), &s))
		assert.Empty(t, s.Payments)
		assert.Equal(t, shopkit.String("469"), s.Locations[0].ID)
		assert.Equal(t, shopkit.String("39.8"), s.Latitude)
	})
	t.Run("order payment data of another type kept", func(t *testing.T) {
		var o shopkit.Order
		require.NoError(t, json.Unmarshal([]byte(`{"payment": {"type": "mbway", "data": {"phone": "912345678", "value": "9.90"}}, "expected_arrival_from": "2024-01-02"}`), &o))
		assert.Equal(t, "9.90", o.Payment.Data.Value.String())
		assert.JSONEq(t, `"912345678"`, string(o.Payment.Data.Extra["phone"]))
		require.NotNil(t, o.ExpectedArrivalFrom)
		assert.Equal(t, 2024, o.ExpectedArrivalFrom.Year())
	})
	t.Run("StringOrFalse round trip", func(t *testing.T) {
		b, err := json.Marshal(struct{ V, W shopkit.StringOrFalse }{"", "u"})
		require.NoError(t, err)
		assert.JSONEq(t, `{"V": false, "W": "u"}`, string(b))
	})
}
