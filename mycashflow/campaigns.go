package mycashflow

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Campaign is a sales campaign: conditions, discounts and a campaign page.
type Campaign struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// Published says whether the campaign is in effect.
	Published bool `json:"published"`
	// Conditions restrict when and to whom the campaign applies.
	Conditions CampaignConditions `json:"conditions"`
	// Discounts say which discounts the campaign gives.
	Discounts CampaignDiscounts `json:"discounts"`
	// Page is the campaign's page in the store.
	Page CampaignPage `json:"page"`
	// Translations are present when CampaignTranslations is expanded.
	Translations []CampaignTranslation `json:"translations,omitempty"`
	// Prices are present when CampaignPrices is expanded.
	Prices []CampaignPrice `json:"prices,omitempty"`
	// Visibilities are present when CampaignVisibilities is expanded.
	Visibilities []Visibility `json:"visibilities,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a campaign, keeping unknown fields in Extra.
func (c *Campaign) UnmarshalJSON(data []byte) error {
	type plain Campaign
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignConditions restrict when and to whom a campaign applies.
type CampaignConditions struct {
	// Time bounds the campaign in time.
	Time CampaignTimeCondition `json:"time"`
	// Code is the campaign code a customer enters, if any.
	Code string `json:"code"`
	// Customers limits the campaign to customer groups.
	Customers CampaignCustomerCondition `json:"customers"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignConditions, keeping unknown fields in Extra.
func (c *CampaignConditions) UnmarshalJSON(data []byte) error {
	type plain CampaignConditions
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignTimeCondition bounds a campaign in time; nil means unbounded.
type CampaignTimeCondition struct {
	// From is when the campaign starts; nil: no start.
	From *Time `json:"from"`
	// To is when the campaign ends; nil: no end.
	To *Time `json:"to"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignTimeCondition, keeping unknown fields in Extra.
func (c *CampaignTimeCondition) UnmarshalJSON(data []byte) error {
	type plain CampaignTimeCondition
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignCustomerCondition limits a campaign to customer groups.
type CampaignCustomerCondition struct {
	// GroupIDs are the customer groups the campaign is for (empty: everyone).
	GroupIDs List[int64] `json:"group_ids"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignCustomerCondition, keeping unknown fields in Extra.
func (c *CampaignCustomerCondition) UnmarshalJSON(data []byte) error {
	type plain CampaignCustomerCondition
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignDiscounts says which discounts a campaign gives.
type CampaignDiscounts struct {
	// Products switches product discount prices on.
	Products CampaignProductDiscount `json:"products"`
	// FreeShipping switches free shipping on.
	FreeShipping CampaignToggle `json:"free_shipping"`
	// DiscountRow switches a discount row on the order on.
	DiscountRow CampaignToggle `json:"discount_row"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignDiscounts, keeping unknown fields in Extra.
func (c *CampaignDiscounts) UnmarshalJSON(data []byte) error {
	type plain CampaignDiscounts
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignProductDiscount switches product discounts on.
type CampaignProductDiscount struct {
	// Enabled switches product discount prices on.
	Enabled bool `json:"enabled"`
	// QuantityDiscounts switches quantity-based price rows on.
	QuantityDiscounts bool `json:"quantity_discounts"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignProductDiscount, keeping unknown fields in Extra.
func (c *CampaignProductDiscount) UnmarshalJSON(data []byte) error {
	type plain CampaignProductDiscount
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignToggle switches one kind of discount on.
type CampaignToggle struct {
	// Enabled switches the discount on.
	Enabled bool `json:"enabled"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignToggle, keeping unknown fields in Extra.
func (c *CampaignToggle) UnmarshalJSON(data []byte) error {
	type plain CampaignToggle
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignPage is the campaign's page in the store.
type CampaignPage struct {
	// Description is the page text (HTML).
	Description string `json:"description"`
	// Enabled says whether the campaign has a page.
	Enabled bool `json:"enabled"`
	// Image is an image file name in the store's file archive.
	Image string `json:"image"`
	// Link is the store path the page links to.
	Link string `json:"link"`
	// Pinned keeps the campaign at the top of the campaign list.
	Pinned bool `json:"pinned"`
	// Template is the theme template of the page.
	Template string `json:"template"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignPage, keeping unknown fields in Extra.
func (c *CampaignPage) UnmarshalJSON(data []byte) error {
	type plain CampaignPage
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignTranslation is a campaign's texts in one language.
type CampaignTranslation struct {
	// Language is a language code, e.g. "en" or "fi".
	Language string `json:"language"`
	// Name is the campaign name in that language.
	Name string `json:"name,omitempty"`
	// Description is the campaign text (HTML) in that language.
	Description string `json:"description,omitempty"`
	// SEOTitle is the document title for search engines.
	SEOTitle string `json:"seo_title,omitempty"`
	// SEOPageTitle replaces the normal title on the page.
	SEOPageTitle string `json:"seo_page_title,omitempty"`
	// SEOMetaDescription is the meta description for search engines.
	SEOMetaDescription string `json:"seo_meta_description,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignTranslation, keeping unknown fields in Extra.
func (c *CampaignTranslation) UnmarshalJSON(data []byte) error {
	type plain CampaignTranslation
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignPrice is one product discount row of a campaign. A row is
// identified by ProductID with VariationID or DownloadID, and Quantity.
type CampaignPrice struct {
	// ProductID is the discounted product (>= 1, required).
	ProductID int64 `json:"product_id"`
	// VariationID narrows the row to one variation (0: none; not with DownloadID).
	VariationID int64 `json:"variation_id,omitempty"`
	// DownloadID narrows the row to one download (0: none; not with VariationID).
	DownloadID int64 `json:"download_id,omitempty"`
	// Quantity is the quantity from which the price applies (0: any).
	Quantity int `json:"quantity,omitempty"`
	// Price is the discount price in the store currency (>= 0).
	Price Decimal `json:"price"`
	// OrderLimit is the most items one order gets at this price (0: no limit; the documentation does not define it further).
	OrderLimit int `json:"order_limit,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CampaignPrice, keeping unknown fields in Extra.
func (c *CampaignPrice) UnmarshalJSON(data []byte) error {
	type plain CampaignPrice
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CampaignPriceKey identifies the discount row to remove.
type CampaignPriceKey struct {
	// ProductID is the product of the row (>= 1, required).
	ProductID int64 `json:"product_id"`
	// VariationID or DownloadID (not both) narrow the row, as when it was set.
	VariationID int64 `json:"variation_id,omitempty"`
	DownloadID  int64 `json:"download_id,omitempty"`
	// Quantity is the row's quantity threshold (0: none).
	Quantity int `json:"quantity,omitempty"`
}

func (k *CampaignPriceKey) validate(field string) error {
	switch {
	case k.ProductID < 1:
		return check.ID(field+"product_id", k.ProductID)
	case k.VariationID != 0 && k.DownloadID != 0:
		return transport.Invalid(field+"variation_id", "must not be set with download_id (a row has a variation or a download, not both)")
	case k.VariationID < 0:
		return check.ID(field+"variation_id", k.VariationID)
	case k.DownloadID < 0:
		return check.ID(field+"download_id", k.DownloadID)
	case k.Quantity < 0:
		return transport.Invalid(field+"quantity", "must not be negative, got %d", k.Quantity)
	}
	return nil
}

// CampaignExpand names a sub-resource a campaign read can include.
type CampaignExpand string

// The documented expand values of campaigns.
const (
	CampaignPrices       CampaignExpand = "prices"
	CampaignTranslations CampaignExpand = "translations"
	CampaignVisibilities CampaignExpand = "visibilities"
)

var campaignExpandValues = []CampaignExpand{CampaignPrices, CampaignTranslations, CampaignVisibilities}

func (CampaignExpand) documented() []CampaignExpand { return campaignExpandValues }

// CampaignListOptions filter and page Campaigns.List and All.
type CampaignListOptions struct {
	ListOptions
	// Expand lists the sub-resources to include.
	Expand []CampaignExpand `url:"expand,comma,omitempty"`
}

func (o *CampaignListOptions) validate() error { return checkList(&o.ListOptions, o.Expand) }

// CampaignUpdate is the body of Campaigns.Update; only Published and the
// translations are writable. Only the fields set are sent.
// An update that sets nothing is refused before sending (body: nothing
// to update).
type CampaignUpdate struct {
	// Published publishes (true) or unpublishes (false) the campaign; nil: unchanged.
	Published *bool `json:"published,omitempty"`
	// Translations give the texts per language; sent when non-empty.
	Translations []CampaignTranslation `json:"translations,omitempty"`
}

// CampaignsAPI is the interface CampaignsService satisfies, for mocks.
type CampaignsAPI interface {
	List(ctx context.Context, opts *CampaignListOptions) (*Page[Campaign], error)
	All(ctx context.Context, opts *CampaignListOptions) iter.Seq2[Campaign, error]
	Get(ctx context.Context, id int64, expand ...CampaignExpand) (*Campaign, error)
	Update(ctx context.Context, id int64, in *CampaignUpdate) (*Campaign, error)
	UpdatePrices(ctx context.Context, id int64, prices []CampaignPrice) ([]CampaignPrice, error)
	DeletePrice(ctx context.Context, id int64, key CampaignPriceKey) error
}

var _ CampaignsAPI = (*CampaignsService)(nil)

// CampaignsService manages campaigns. The API offers no create or delete.
type CampaignsService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *CampaignsService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s CampaignsService) String() string { return "mycashflow.CampaignsService" }

// Format prints String for every verb.
func (s CampaignsService) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, s.String()) }

// List fetches one page of campaigns: GET /campaigns (path inferred).
//
// Route key "campaigns.list" (see WithPaths).
func (s *CampaignsService) List(ctx context.Context, opts *CampaignListOptions) (*Page[Campaign], error) {
	return list[Campaign](ctx, s.client(), "campaigns.list", opts)
}

// All iterates every campaign, page by page: GET /campaigns (path inferred).
//
// Route key "campaigns.list" (see WithPaths).
func (s *CampaignsService) All(ctx context.Context, opts *CampaignListOptions) iter.Seq2[Campaign, error] {
	return all[Campaign](ctx, s.client(), "campaigns.list", opts)
}

// Get fetches a campaign: GET /campaigns/{campaignID} (path inferred).
//
// Route key "campaigns.get" (see WithPaths).
func (s *CampaignsService) Get(ctx context.Context, id int64, expand ...CampaignExpand) (*Campaign, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return get[Campaign](ctx, s.client(), "campaigns.get", expand, id)
}

// Update publishes or unpublishes a campaign and changes its translations:
// PATCH /campaigns/{campaignID} (path inferred).
//
// Route key "campaigns.update" (see WithPaths).
func (s *CampaignsService) Update(ctx context.Context, id int64, in *CampaignUpdate) (*Campaign, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if err := checkUpdate(in); err != nil {
		return nil, err
	}
	return call[Campaign](ctx, s.client(), http.MethodPatch, "campaigns.update", in, id)
}

// UpdatePrices sets the discount prices of campaign products; the body is
// the rows as a JSON array: PATCH /campaigns/{campaignID}/prices (path and
// method inferred). It returns the rows as the API reports them.
//
// Route key "campaigns.update_prices" (see WithPaths).
func (s *CampaignsService) UpdatePrices(ctx context.Context, id int64, prices []CampaignPrice) ([]CampaignPrice, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if len(prices) == 0 {
		return nil, transport.Invalid("prices", "is required")
	}
	for i, p := range prices {
		field := "prices[" + itoa(i) + "]."
		k := CampaignPriceKey{p.ProductID, p.VariationID, p.DownloadID, p.Quantity}
		if err := k.validate(field); err != nil {
			return nil, err
		}
		if p.Price.Rat().Sign() < 0 {
			return nil, transport.Invalid(field+"price", "must not be negative, got %s", p.Price.String())
		}
		if p.OrderLimit < 0 {
			return nil, transport.Invalid(field+"order_limit", "must not be negative, got %d", p.OrderLimit)
		}
	}
	out, err := callRows[campaignPriceRows](ctx, s.client(), http.MethodPatch, "campaigns.update_prices", prices, id)
	if err != nil {
		return nil, err
	}
	return *out, nil
}

// DeletePrice removes one product discount row from a campaign:
// DELETE /campaigns/{campaignID}/prices (path and method inferred). The
// documentation does not say how the row is passed; it is sent as a JSON
// body {"product_id", "variation_id" or "download_id", "quantity"}.
//
// Route key "campaigns.delete_price" (see WithPaths).
func (s *CampaignsService) DeletePrice(ctx context.Context, id int64, key CampaignPriceKey) error {
	if err := check.ID("id", id); err != nil {
		return err
	}
	if err := key.validate(""); err != nil {
		return err
	}
	return send(ctx, s.client(), http.MethodDelete, "campaigns.delete_price", &key, id)
}

// campaignPriceRows decodes the rows whether the API nests them in one more
// array (as its documented example does: {"data": [[...]]}) or not.
type campaignPriceRows []CampaignPrice

// UnmarshalJSON accepts [[rows...]] and [rows...]; a row that is not a
// non-empty object (null, {}) is an error, not a zero row.
func (r *campaignPriceRows) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.HasPrefix(b, []byte("[")) && bytes.HasPrefix(bytes.TrimSpace(b[1:]), []byte("[")) {
		var nested [][]elem[CampaignPrice]
		if err := json.Unmarshal(b, &nested); err != nil {
			return err
		}
		*r = campaignPriceRows{}
		for _, rows := range nested {
			*r = append(*r, values(rows)...)
		}
		return nil
	}
	var flat List[elem[CampaignPrice]]
	if err := json.Unmarshal(b, &flat); err != nil {
		return err
	}
	*r = values(flat)
	return nil
}
