// Code generated from the API catalogue by the storefront generator; edit with care.

package storefront

import (
	"encoding/json"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// ContactMessage is echo of a submitted contact-form message.
type ContactMessage struct {
	Name        string `json:"name"`
	Email       string `json:"email"`
	Ordernumber string `json:"ordernumber"`
	Subject     string `json:"subject"`
	Body        string `json:"body"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ContactMessage) UnmarshalJSON(b []byte) error {
	type plain ContactMessage
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// SearchResult is search response: one Yii2 pagination envelope per content type, plus flags.
type SearchResult struct {
	// Products: Page envelope; item shape not shown (items: []), probably Variant
	Products *Envelope `json:"products"`
	// Pages: Page envelope; item shape not shown (CMS pages)
	Pages *Envelope `json:"pages"`
	// BlogPosts: Page envelope; item shape not shown (blog posts)
	BlogPosts *Envelope `json:"blog_posts"`
	NoResults bool      `json:"noResults"`
	Search    string    `json:"search"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *SearchResult) UnmarshalJSON(b []byte) error {
	type plain SearchResult
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Envelope is yii2 REST collection envelope (Serializer collectionEnvelope='items'). The
// element model of items depends on the endpoint (see response_model).
type Envelope struct {
	// Items: array of the endpoint response_model
	Items json.RawMessage `json:"items"`
	Links *PageLinks      `json:"_links"`
	Meta  *PageMeta       `json:"_meta"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Envelope) UnmarshalJSON(b []byte) error {
	type plain Envelope
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// PageLinks is hATEOAS pagination links (Yii2). In Yii2 some links (prev/next) are omitted on
// the first/last page.
type PageLinks struct {
	Self  *Link `json:"self"`
	First *Link `json:"first"`
	Prev  *Link `json:"prev"`
	Next  *Link `json:"next"`
	Last  *Link `json:"last"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *PageLinks) UnmarshalJSON(b []byte) error {
	type plain PageLinks
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Link is a single link.
type Link struct {
	Href string `json:"href"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Link) UnmarshalJSON(b []byte) error {
	type plain Link
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// PageMeta is pagination metadata (Yii2).
type PageMeta struct {
	TotalCount  int64 `json:"totalCount"`
	PageCount   int64 `json:"pageCount"`
	CurrentPage int64 `json:"currentPage"`
	PerPage     int64 `json:"perPage"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *PageMeta) UnmarshalJSON(b []byte) error {
	type plain PageMeta
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// CareerApplication is careers application state returned between steps (shown under an HTTP
// 204 in the API documentation).
type CareerApplication struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	// Phone: string in the response, although the request types it integer
	Phone     string          `json:"phone"`
	Age       int64           `json:"age"`
	Questions json.RawMessage `json:"questions"`
	Step      string          `json:"step"`
	Token     string          `json:"token"`
	FileURL   string          `json:"file_url"`
	UpdatedAt Time            `json:"updated_at"`
	CreatedAt Time            `json:"created_at"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *CareerApplication) UnmarshalJSON(b []byte) error {
	type plain CareerApplication
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// PartnerApplication is echo of the partner/business form (name, email, phone, website,
// description).
type PartnerApplication struct {
	Name        string `json:"name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
	Website     string `json:"website"`
	Description string `json:"description"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *PartnerApplication) UnmarshalJSON(b []byte) error {
	type plain PartnerApplication
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ResolvedRoute is uRL resolution result: the entity type plus the entity object.
type ResolvedRoute struct {
	Type string `json:"type"`
	// Object: Entity payload; its shape depends on type (product, collection, page, blog post,
	// ...)
	Object json.RawMessage `json:"object"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ResolvedRoute) UnmarshalJSON(b []byte) error {
	type plain ResolvedRoute
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Customer is storefront customer profile (no auth_key).
type Customer struct {
	ID        int64  `json:"id"`
	Username  string `json:"username"`
	Email     string `json:"email"`
	Firstname string `json:"firstname"`
	Lastname  string `json:"lastname"`
	// Birthday: Y-m-d
	Birthday Date `json:"birthday"`
	// Gender: 'male' | 'female' | 'other'
	Gender          string `json:"gender"`
	DetectedCountry string `json:"detected_country"`
	// Relationship: 'Single' | 'Married' | 'Engaged' | 'In a relationship'
	Relationship string            `json:"relationship"`
	Subscribed   bool              `json:"subscribed"`
	ShippingInfo []ShippingAddress `json:"shipping_info"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Customer) UnmarshalJSON(b []byte) error {
	type plain Customer
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// AuthenticatedCustomer is customer plus auth_key, returned by the
// login/sign-up/social-login/reset-password endpoints. Use auth_key for customer-authenticated
// calls.
type AuthenticatedCustomer struct {
	// AuthKey: Customer access token (Yii2 User::auth_key). How it is sent is not in the API documentation;
	// probably 'Authorization: Bearer <auth_key>' (HttpBearerAuth) or '?access-token='
	// (QueryParamAuth).
	AuthKey         Secret            `json:"auth_key"`
	ID              int64             `json:"id"`
	Username        string            `json:"username"`
	Email           string            `json:"email"`
	Firstname       string            `json:"firstname"`
	Lastname        string            `json:"lastname"`
	Birthday        Date              `json:"birthday"`
	Gender          string            `json:"gender"`
	DetectedCountry string            `json:"detected_country"`
	Relationship    string            `json:"relationship"`
	Subscribed      bool              `json:"subscribed"`
	ShippingInfo    []ShippingAddress `json:"shipping_info"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *AuthenticatedCustomer) UnmarshalJSON(b []byte) error {
	type plain AuthenticatedCustomer
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ShippingAddress is customer shipping address (address book entry).
type ShippingAddress struct {
	ID             int64  `json:"id"`
	FirstName      string `json:"first_name"`
	LastName       string `json:"last_name"`
	Company        string `json:"company"`
	AddressOne     string `json:"address_one"`
	AddressTwo     string `json:"address_two"`
	ApartmentSuite string `json:"apartment_suite"`
	City           string `json:"city"`
	Zip            string `json:"zip"`
	Country        string `json:"country"`
	Region         string `json:"region"`
	Province       string `json:"province"`
	Phone          string `json:"phone"`
	IsDefault      bool   `json:"is_default"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ShippingAddress) UnmarshalJSON(b []byte) error {
	type plain ShippingAddress
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// LogoutResult is result of (probable) logout.
type LogoutResult struct {
	NeedCreateCheckout bool `json:"need_create_checkout"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *LogoutResult) UnmarshalJSON(b []byte) error {
	type plain LogoutResult
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// HeadersResult is response of the parameterless customers.headers endpoint.
type HeadersResult struct {
	Headers json.RawMessage `json:"headers"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *HeadersResult) UnmarshalJSON(b []byte) error {
	type plain HeadersResult
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Checkout is checkout object. Its fields are undocumented (the API documentation shows '{}');
// it must carry the checkout token. Decode as raw JSON. The API documentation shows no
// checkout body: Token (the checkout_token) is inferred from the flow and every member is kept
// in Extra; use CheckoutToken to read it.
type Checkout struct {
	// Token: inferred
	Token string `json:"token"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Checkout) UnmarshalJSON(b []byte) error {
	type plain Checkout
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Order is order. The API documentation gives no base fields; it shows only four one-key
// fragments, which look like Yii2 extraFields (?expand=). Decode as raw JSON plus these
// optional relations. The API documentation shows only the expandable parts of an order; ID is
// inferred, every other member is kept in Extra.
type Order struct {
	// ID: inferred
	ID int64 `json:"id"`
	// Fulfilment: expand relation (shape undocumented)
	Fulfilment json.RawMessage `json:"fulfilment"`
	// Discount: expand relation (shape undocumented)
	Discount json.RawMessage `json:"discount"`
	// Gift: expand relation (shape undocumented)
	Gift json.RawMessage `json:"gift"`
	// VerifyPaymentFiles: expand relation: uploaded payment-verification documents (shape
	// undocumented)
	VerifyPaymentFiles json.RawMessage `json:"verify_payment_files"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Order) UnmarshalJSON(b []byte) error {
	type plain Order
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Product is shopify-style full product (products.list items).
type Product struct {
	ID       int64  `json:"id"`
	Title    string `json:"title"`
	BodyHTML string `json:"body_html"`
	// Vendor: null in this example; string in ProductSummary
	Vendor      string `json:"vendor"`
	ProductType string `json:"product_type"`
	CreatedAt   Time   `json:"created_at"`
	UpdatedAt   Time   `json:"updated_at"`
	PublishedAt Time   `json:"published_at"`
	// Handle: example 'first-product'
	Handle         string `json:"handle"`
	TemplateSuffix string `json:"template_suffix"`
	PublishedScope string `json:"published_scope"`
	// Tags: '[string]' here (Shopify comma-separated string); the ProductSummary expand uses an
	// array
	Tags              string           `json:"tags"`
	Variants          []ProductVariant `json:"variants"`
	Options           []ProductOption  `json:"options"`
	Images            []ProductImage   `json:"images"`
	AllImages         []ProductImage   `json:"all_images"`
	ProductCategory   string           `json:"product_category"`
	ProductCollection string           `json:"product_collection"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Product) UnmarshalJSON(b []byte) error {
	type plain Product
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductVariant is variant nested in a Shopify-style Product (products.list).
type ProductVariant struct {
	ID        int64  `json:"id"`
	ProductID int64  `json:"product_id"`
	Title     string `json:"title"`
	// Price: (an integer amount in cents, as the API sends it)
	Price           Decimal `json:"price"`
	SKU             string  `json:"sku"`
	InventoryPolicy string  `json:"inventory_policy"`
	URL             string  `json:"url"`
	// CompareAtPrice: (an integer amount in cents, as the API sends it)
	CompareAtPrice       Decimal         `json:"compare_at_price"`
	FulfillmentService   string          `json:"fulfillment_service"`
	InventoryManagement  string          `json:"inventory_management"`
	Options              []VariantOption `json:"options"`
	CreatedAt            Time            `json:"created_at"`
	UpdatedAt            Time            `json:"updated_at"`
	Taxable              bool            `json:"taxable"`
	Barcode              string          `json:"barcode"`
	Grams                int64           `json:"grams"`
	ImageID              int64           `json:"image_id"`
	InventoryItemID      int64           `json:"inventory_item_id"`
	InventoryQuantity    int64           `json:"inventory_quantity"`
	OldInventoryQuantity int64           `json:"old_inventory_quantity"`
	// Weight: '[float]'
	Weight     Decimal `json:"weight"`
	WeightUnit string  `json:"weight_unit"`
	// RequiresShipping: the API documentation's type is the typo '[booean]'
	RequiresShipping bool          `json:"requires_shipping"`
	SEOTitle         string        `json:"seo_title"`
	SEODescription   string        `json:"seo_description"`
	Image            *ProductImage `json:"image"`
	// RelatedProducts: list of related product variant ids
	RelatedProducts []int64 `json:"related_products"`
	// Specifications: '[array] list of specification'; element shape not shown (see Specification
	// / Variant.specifications)
	Specifications json.RawMessage `json:"specifications"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductVariant) UnmarshalJSON(b []byte) error {
	type plain ProductVariant
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// VariantOption is option value selected by a variant.
type VariantOption struct {
	ID        int64  `json:"id"`
	VariantID int64  `json:"variant_id"`
	Name      string `json:"name"`
	ValueID   int64  `json:"value_id"`
	ValueName string `json:"value_name"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *VariantOption) UnmarshalJSON(b []byte) error {
	type plain VariantOption
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductOption is product option with its possible values.
type ProductOption struct {
	ID        int64                `json:"id"`
	ProductID int64                `json:"product_id"`
	Name      string               `json:"name"`
	Values    []ProductOptionValue `json:"values"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductOption) UnmarshalJSON(b []byte) error {
	type plain ProductOption
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductOptionValue is one value of a product option.
type ProductOptionValue struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductOptionValue) UnmarshalJSON(b []byte) error {
	type plain ProductOptionValue
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductImage is product/variant image (union of the variant image, images[] and all_images[]
// shapes).
type ProductImage struct {
	ID        int64           `json:"id"`
	VariantID int64           `json:"variant_id"`
	CreatedAt Time            `json:"created_at"`
	UpdatedAt Time            `json:"updated_at"`
	Width     int64           `json:"width"`
	Height    int64           `json:"height"`
	Src       string          `json:"src"`
	Tags      json.RawMessage `json:"tags"`
	ProductID int64           `json:"product_id"`
	UUID      string          `json:"uuid"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductImage) UnmarshalJSON(b []byte) error {
	type plain ProductImage
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Variant is storefront product variant: the item of catalog, search, collection and category
// listings and of products.get. Union of all examples. Fields marked 'expand' come from
// separate fragments and are probably available through ?expand=.
type Variant struct {
	ID        int64  `json:"id"`
	ProductID int64  `json:"product_id"`
	Title     string `json:"title"`
	// Price: (an integer amount in cents, as the API sends it)
	Price           Decimal `json:"price"`
	SKU             string  `json:"sku"`
	InventoryPolicy string  `json:"inventory_policy"`
	URL             string  `json:"url"`
	// CompareAtPrice: (an integer amount in cents, as the API sends it)
	CompareAtPrice      Decimal `json:"compare_at_price"`
	FulfillmentService  string  `json:"fulfillment_service"`
	InventoryManagement string  `json:"inventory_management"`
	CreatedAt           Time    `json:"created_at"`
	UpdatedAt           Time    `json:"updated_at"`
	Taxable             bool    `json:"taxable"`
	// Barcode: example value: ''
	Barcode         string `json:"barcode"`
	Grams           int64  `json:"grams"`
	InventoryItemID int64  `json:"inventory_item_id"`
	AllowToPurchase bool   `json:"allow_to_purchase"`
	// OutOfStock: If TRUE product can not be added to a cart
	OutOfStock           bool  `json:"out_of_stock"`
	InventoryQuantity    int64 `json:"inventory_quantity"`
	OldInventoryQuantity int64 `json:"old_inventory_quantity"`
	// Weight: '[integer]' in Variant examples but '[float]' in ProductVariant, so treat as number
	Weight           Decimal `json:"weight"`
	WeightUnit       string  `json:"weight_unit"`
	RequiresShipping bool    `json:"requires_shipping"`
	SEOTitle         string  `json:"seo_title"`
	SEODescription   string  `json:"seo_description"`
	// Images: array ('[]' / '[array]'); element shape not shown, probably ProductImage
	Images json.RawMessage `json:"images"`
	// Specifications: Conflict: [] at lines 1021/1157, '[object]' at 1931, and a map {code:
	// Specification} at 1366. PHP emits an empty map as []; decode as map[string]Specification and
	// accept [].
	Specifications           []Specification `json:"specifications"`
	ProductTypeID            int64           `json:"product_type_id"`
	OriginTitle              string          `json:"origin_title"`
	ReviewsInfo              *ReviewsInfo    `json:"reviews_info"`
	QuestionsInfo            *QuestionsInfo  `json:"questions_info"`
	BodyHTML                 string          `json:"body_html"`
	AdditionalInfo           json.RawMessage `json:"additional_info"`
	OrderQty                 int64           `json:"order_qty"`
	RelatedInventoryQuantity int64           `json:"related_inventory_quantity"`
	Tags                     json.RawMessage `json:"tags"`
	MediaExtension           string          `json:"media_extension"`
	MediaUUID                string          `json:"media_uuid"`
	MediaSrc                 string          `json:"media_src"`
	PublicTitle              string          `json:"public_title"`
	// AllImages: expand relation (fragment e.g. lines 1048-1063)
	AllImages []ProductImage `json:"all_images"`
	// Product: expand relation: parent product (fragment e.g. lines 1064-1082)
	Product *ProductSummary `json:"product"`
	// RelatedProducts: expand relation: list of related product variant ids (lines 1083-1085)
	RelatedProducts json.RawMessage `json:"related_products"`
	// Options: expand relation (lines 1086-1096)
	Options []VariantOption `json:"options"`
	// Reviews: expand relation (lines 1537-1557)
	Reviews *ReviewList `json:"reviews"`
	// Questions: expand relation (lines 1558-1580)
	Questions *QuestionList `json:"questions"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Variant) UnmarshalJSON(b []byte) error {
	type plain Variant
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Specification is one specification entry (value of the Variant.specifications map).
type Specification struct {
	Name    string `json:"name"`
	Value   string `json:"value"`
	Content string `json:"content"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Specification) UnmarshalJSON(b []byte) error {
	type plain Specification
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductSummary is parent product as returned by the 'product' expand of a Variant.
type ProductSummary struct {
	ID             int64  `json:"id"`
	Title          string `json:"title"`
	BodyHTML       string `json:"body_html"`
	Vendor         string `json:"vendor"`
	ProductType    string `json:"product_type"`
	ProductTypeID  int64  `json:"product_type_id"`
	CreatedAt      Time   `json:"created_at"`
	UpdatedAt      Time   `json:"updated_at"`
	PublishedAt    Time   `json:"published_at"`
	Handle         string `json:"handle"`
	TemplateSuffix string `json:"template_suffix"`
	PublishedScope string `json:"published_scope"`
	// Tags: array here (vs string in Product)
	Tags              json.RawMessage `json:"tags"`
	ProductCategory   string          `json:"product_category"`
	ProductCollection string          `json:"product_collection"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductSummary) UnmarshalJSON(b []byte) error {
	type plain ProductSummary
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ReviewsInfo is review summary of a variant.
type ReviewsInfo struct {
	Rating Decimal `json:"rating"`
	Count  int64   `json:"count"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ReviewsInfo) UnmarshalJSON(b []byte) error {
	type plain ReviewsInfo
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// QuestionsInfo is question summary of a variant.
type QuestionsInfo struct {
	Count int64 `json:"count"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *QuestionsInfo) UnmarshalJSON(b []byte) error {
	type plain QuestionsInfo
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ReviewList is reviews expand: count plus list.
type ReviewList struct {
	Count int64           `json:"count"`
	List  []ProductReview `json:"list"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ReviewList) UnmarshalJSON(b []byte) error {
	type plain ReviewList
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// QuestionList is questions expand: count plus list.
type QuestionList struct {
	Count int64             `json:"count"`
	List  []ProductQuestion `json:"list"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *QuestionList) UnmarshalJSON(b []byte) error {
	type plain QuestionList
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductReview is product review (from the reviews expand and the create-review response).
type ProductReview struct {
	ID                int64  `json:"id"`
	ProductID         int64  `json:"product_id"`
	ReviewTitle       string `json:"review_title"`
	ReviewDescription string `json:"review_description"`
	ProductVariantID  int64  `json:"product_variant_id"`
	CustomerID        int64  `json:"customer_id"`
	// ReviewedBy: Conflict: '[array]' at lines 1548/1598, '[integer]' at lines 2026/2314. Decode
	// leniently (raw JSON).
	ReviewedBy json.RawMessage `json:"reviewed_by"`
	// CreatedAt: unix timestamp (integer) (unix seconds)
	CreatedAt UnixTime `json:"created_at"`
	// UpdatedAt: unix timestamp (integer) (unix seconds)
	UpdatedAt UnixTime `json:"updated_at"`
	UserName  string   `json:"user_name"`
	UserEmail string   `json:"user_email"`
	Status    string   `json:"status"`
	// Images: only in the create response
	Images json.RawMessage `json:"images"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductReview) UnmarshalJSON(b []byte) error {
	type plain ProductReview
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductQuestion is product question (from the questions expand). The create-question
// response in the API documentation shows the review shape instead.
type ProductQuestion struct {
	ID         int64  `json:"id"`
	ProductID  int64  `json:"product_id"`
	CustomerID int64  `json:"customer_id"`
	RelatedTo  int64  `json:"related_to"`
	UserName   string `json:"user_name"`
	UserEmail  string `json:"user_email"`
	Content    string `json:"content"`
	Type       string `json:"type"`
	Status     string `json:"status"`
	// ReviewedBy: Conflict: '[array]' at line 1572, '[integer]' at lines 2050/2338. Decode
	// leniently.
	ReviewedBy json.RawMessage `json:"reviewed_by"`
	// CreatedAt: (unix seconds)
	CreatedAt UnixTime `json:"created_at"`
	// UpdatedAt: (unix seconds)
	UpdatedAt        UnixTime `json:"updated_at"`
	ProductVariantID int64    `json:"product_variant_id"`
	// AnsweredAt: (unix seconds)
	AnsweredAt UnixTime `json:"answered_at"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductQuestion) UnmarshalJSON(b []byte) error {
	type plain ProductQuestion
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductType is product type with filterable options.
type ProductType struct {
	// ID: Type Id
	ID int64 `json:"id"`
	// Name: Type Name
	Name string `json:"name"`
	// Options: map: option name -> list of option values (map[string][]string)
	Options json.RawMessage `json:"options"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductType) UnmarshalJSON(b []byte) error {
	type plain ProductType
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// ProductOffer is item of the parameterless products.offers list.
type ProductOffer struct {
	Quantity Decimal `json:"quantity"`
	Amount   Decimal `json:"amount"`
	// ProductVariant: Variant subset. Every field in this example is typed '[string]' (even id,
	// price, taxable), presumably doc sloppiness. Decode numbers/bools leniently.
	ProductVariant *Variant `json:"product_variant"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *ProductOffer) UnmarshalJSON(b []byte) error {
	type plain ProductOffer
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// CartItem is cart line item (Shopify AJAX-cart-like).
type CartItem struct {
	ID int64 `json:"id"`
	// Properties: example value is the quoted string 'null'
	Properties json.RawMessage `json:"properties"`
	Quantity   int64           `json:"quantity"`
	VariantID  int64           `json:"variant_id"`
	// Key: example value is the quoted string 'null'
	Key   string `json:"key"`
	Title string `json:"title"`
	// Price: (an integer amount in cents, as the API sends it)
	Price Decimal `json:"price"`
	// OriginalPrice: (an integer amount in cents, as the API sends it)
	OriginalPrice Decimal `json:"original_price"`
	// DiscountedPrice: (an integer amount in cents, as the API sends it)
	DiscountedPrice Decimal `json:"discounted_price"`
	// LinePrice: (an integer amount in cents, as the API sends it)
	LinePrice Decimal `json:"line_price"`
	// OriginalLinePrice: (an integer amount in cents, as the API sends it)
	OriginalLinePrice Decimal `json:"original_line_price"`
	// TotalDiscount: example value is the string '0' (an integer amount in cents, as the API sends
	// it)
	TotalDiscount Decimal `json:"total_discount"`
	// Discounts: example '[empty array]'
	Discounts          json.RawMessage `json:"discounts"`
	SKU                string          `json:"sku"`
	Grams              int64           `json:"grams"`
	Taxable            bool            `json:"taxable"`
	ProductID          int64           `json:"product_id"`
	GiftCard           bool            `json:"gift_card"`
	URL                string          `json:"url"`
	Image              string          `json:"image"`
	Handle             string          `json:"handle"`
	RequiresShipping   bool            `json:"requires_shipping"`
	ProductType        string          `json:"product_type"`
	ProductTitle       string          `json:"product_title"`
	ProductDescription string          `json:"product_description"`
	VariantTitle       string          `json:"variant_title"`
	VariantOptions     json.RawMessage `json:"variant_options"`
	ProductOptions     json.RawMessage `json:"product_options"`
	RelatedProducts    json.RawMessage `json:"related_products"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *CartItem) UnmarshalJSON(b []byte) error {
	type plain CartItem
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Cart is cart (Shopify cart.js-like).
type Cart struct {
	// Token: cart token (probably the cart_uuid)
	Token string `json:"token"`
	// Note: example value is the quoted string 'null'
	Note       string          `json:"note"`
	Attributes json.RawMessage `json:"attributes"`
	// OriginalTotalPrice: (an integer amount in cents, as the API sends it)
	OriginalTotalPrice Decimal `json:"original_total_price"`
	// TotalPrice: (an integer amount in cents, as the API sends it)
	TotalPrice Decimal `json:"total_price"`
	// TotalDiscount: (an integer amount in cents, as the API sends it)
	TotalDiscount Decimal `json:"total_discount"`
	TotalWeight   int64   `json:"total_weight"`
	ItemCount     int64   `json:"item_count"`
	// Items: the API documentation shows '[object]'. Shopify-style carts use an array of CartItem; PHP may emit a keyed
	// object. Decode leniently.
	Items []CartItem `json:"items"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Cart) UnmarshalJSON(b []byte) error {
	type plain Cart
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Discount is discount/coupon definition.
type Discount struct {
	ID   int64  `json:"id"`
	Code string `json:"code"`
	Type string `json:"type"`
	// Value: (an integer amount in cents, as the API sends it)
	Value           Decimal `json:"value"`
	MinimumPurchase bool    `json:"minimum_purchase"`
	// MinimumPurchaseValue: (an integer amount in cents, as the API sends it)
	MinimumPurchaseValue Decimal `json:"minimum_purchase_value"`
	LimitItems           int64   `json:"limit_items"`
	LimitOneUser         bool    `json:"limit_one_user"`
	AppliesTo            int64   `json:"applies_to"`
	Gift                 string  `json:"gift"`
	Status               bool    `json:"status"`
	// CreatedAt: YYYY-MM-DDTHH:mm:ss+00:00
	CreatedAt Time `json:"created_at"`
	// UpdatedAt: YYYY-MM-DDTHH:mm:ss+00:00
	UpdatedAt Time `json:"updated_at"`
	// ActiveTime: YYYY-MM-DDTHH:mm:ss+00:00
	ActiveTime Time `json:"active_time"`
	// EndTime: YYYY-MM-DDTHH:mm:ss+00:00
	EndTime Time `json:"end_time"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Discount) UnmarshalJSON(b []byte) error {
	type plain Discount
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// CustomerPasswordSettings is response of GET /settings/customer-password.
type CustomerPasswordSettings struct {
	GeneratePasswordForUserAutomatically bool `json:"generate_password_for_user_automatically"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *CustomerPasswordSettings) UnmarshalJSON(b []byte) error {
	type plain CustomerPasswordSettings
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// StoreOptions is response of GET /options. The only key the API documentation names is
// order_cancellation_reasons (in prose, line 829); the example itself is '{}'.
type StoreOptions struct {
	// OrderCancellationReasons: Allowed 'reason' values for orders.cancel (element type unknown)
	OrderCancellationReasons json.RawMessage `json:"order_cancellation_reasons"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *StoreOptions) UnmarshalJSON(b []byte) error {
	type plain StoreOptions
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Collection is product collection.
type Collection struct {
	ID             int64  `json:"id"`
	Title          string `json:"title"`
	BodyHTML       string `json:"body_html"`
	Visible        bool   `json:"visible"`
	Handle         string `json:"handle"`
	SEOTitle       string `json:"seo_title"`
	SEODescription string `json:"seo_description"`
	SEOKeywords    string `json:"seo_keywords"`
	// Media: media object (shape undocumented)
	Media json.RawMessage `json:"media"`
	// ProductConditions: conditions of an automated (smart) collection
	ProductConditions json.RawMessage `json:"product_conditions"`
	Condition         string          `json:"condition"`
	// Category: Fragment {'category': {...}} at lines 1816-1830, read as an expand relation
	Category *Category `json:"category"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Collection) UnmarshalJSON(b []byte) error {
	type plain Collection
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// Category is product category (same shape as Collection).
type Category struct {
	ID                int64           `json:"id"`
	Title             string          `json:"title"`
	BodyHTML          string          `json:"body_html"`
	Visible           bool            `json:"visible"`
	Handle            string          `json:"handle"`
	SEOTitle          string          `json:"seo_title"`
	SEODescription    string          `json:"seo_description"`
	SEOKeywords       string          `json:"seo_keywords"`
	Media             json.RawMessage `json:"media"`
	ProductConditions json.RawMessage `json:"product_conditions"`
	Condition         string          `json:"condition"`
	// Collections: Fragment {'collections': {...}} at lines 2104-2118 (a single object, not an
	// array), read as an expand relation
	Collections []Collection `json:"collections"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *Category) UnmarshalJSON(b []byte) error {
	type plain Category
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// BlogCategory is blog category (or blog post; see blog_categories.list notes).
type BlogCategory struct {
	ID              int64  `json:"id"`
	Title           string `json:"title"`
	Slug            string `json:"slug"`
	Comments        int64  `json:"comments"`
	MetaDescription string `json:"meta_description"`
	RedirectURL     string `json:"redirect_url"`
	// CreatedAt: unix timestamp (unix seconds)
	CreatedAt UnixTime `json:"created_at"`
	// UpdatedAt: unix timestamp (unix seconds)
	UpdatedAt UnixTime `json:"updated_at"`
	// PublishedAt: unix timestamp (unix seconds)
	PublishedAt     UnixTime        `json:"published_at"`
	CreatedAtAtom   string          `json:"created_at_atom"`
	UpdatedAtAtom   string          `json:"updated_at_atom"`
	PublishedAtAtom string          `json:"published_at_atom"`
	Visible         bool            `json:"visible"`
	ParentCategory  int64           `json:"parent_category"`
	TemplateSuffix  string          `json:"template_suffix"`
	MediaID         json.RawMessage `json:"media_id"`
	AdditionalInfo  json.RawMessage `json:"additional_info"`
	MetaKeywords    string          `json:"meta_keywords"`
	MetaTitle       string          `json:"meta_title"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *BlogCategory) UnmarshalJSON(b []byte) error {
	type plain BlogCategory
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// EmailStatsRow is e-mail marketing statistics row.
type EmailStatsRow struct {
	Date          string `json:"date"`
	CheckedData   int64  `json:"checked_data"`
	Sent          int64  `json:"sent"`
	Delivered     int64  `json:"delivered"`
	AddToCart     int64  `json:"add_to_cart"`
	BeginCheckout int64  `json:"begin_checkout"`
	Swipe         int64  `json:"swipe"`
	Purchase      int64  `json:"purchase"`
	OpenCount     int64  `json:"open_count"`
	ClickCount    int64  `json:"click_count"`
	Bounced       int64  `json:"bounced"`
	PurchaseOpen  int64  `json:"purchase_open"`
	PurchaseClick int64  `json:"purchase_click"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *EmailStatsRow) UnmarshalJSON(b []byte) error {
	type plain EmailStatsRow
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// RefundReportRow is refund report row.
type RefundReportRow struct {
	Name             string `json:"name"`
	FullName         string `json:"full_name"`
	Email            string `json:"email"`
	OrderStatus      string `json:"order_status"`
	GeneralStatus    string `json:"general_status"`
	OrderType        string `json:"order_type"`
	PaymentRiskLevel string `json:"payment_risk_level"`
	PaymentService   string `json:"payment_service"`
	// TransactionAmount: (an integer amount in cents, as the API sends it)
	TransactionAmount Decimal `json:"transaction_amount"`
	Country           string  `json:"country"`
	City              string  `json:"city"`
	Region            string  `json:"region"`
	Source            string  `json:"source"`
	PaymentDate       string  `json:"payment_date"`
	PaymentTime       string  `json:"payment_time"`
	RequestedBy       string  `json:"requested_by"`
	Status            string  `json:"status"`
	// ReturnedAmount: (an integer amount in cents, as the API sends it)
	ReturnedAmount       Decimal `json:"returned_amount"`
	RefundReason         string  `json:"refund_reason"`
	RefundCustomerReason string  `json:"refund_customer_reason"`
	RefundDate           string  `json:"refund_date"`
	RefundTime           string  `json:"refund_time"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *RefundReportRow) UnmarshalJSON(b []byte) error {
	type plain RefundReportRow
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// OrderReportRow is order report row.
type OrderReportRow struct {
	Name     string `json:"name"`
	Date     string `json:"date"`
	Time     string `json:"time"`
	FullName string `json:"full_name"`
	Email    string `json:"email"`
	Phone    string `json:"phone"`
	Country  string `json:"country"`
	City     string `json:"city"`
	Region   string `json:"region"`
	// Total: (an integer amount in cents, as the API sends it)
	Total                 Decimal `json:"total"`
	HasDiscount           bool    `json:"has_discount"`
	DiscountID            int64   `json:"discount_id"`
	HasAdditionalDiscount bool    `json:"has_additional_discount"`
	DiscountCode          string  `json:"discount_code"`
	// TotalDiscounts: (an integer amount in cents, as the API sends it)
	TotalDiscounts Decimal `json:"total_discounts"`
	PaymentStatus  string  `json:"payment_status"`
	OrderStatus    string  `json:"order_status"`
	PaymentService string  `json:"payment_service"`
	ProcessedDate  string  `json:"processed_date"`
	ProcessedTime  string  `json:"processed_time"`
	PaymentDate    string  `json:"payment_date"`
	PaymentTime    string  `json:"payment_time"`
	SwipedAttempts int64   `json:"swiped_attempts"`
	SwipedReasons  string  `json:"swiped_reasons"`
	AdminURL       string  `json:"admin_url"`
	ProductsName   string  `json:"products_name"`
	ProductsSKU    string  `json:"products_sku"`
	HasCancelation bool    `json:"has_cancelation"`
	HasRefund      bool    `json:"has_refund"`
	CheckoutToken  string  `json:"checkout_token"`
	ThankViews     bool    `json:"thank_views"`
	OrderType      string  `json:"order_type"`
	Service        string  `json:"service"`
	ServiceID      string  `json:"service_id"`
	Status         string  `json:"status"`
	RiskDate       string  `json:"risk_date"`
	RiskTime       string  `json:"risk_time"`
	RiskStatus     string  `json:"risk_status"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *OrderReportRow) UnmarshalJSON(b []byte) error {
	type plain OrderReportRow
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// InventoryReportRow is inventory report row (some keys contain spaces; map them with explicit
// JSON tags).
type InventoryReportRow struct {
	OriginTitle string `json:"origin_title"`
	SKU         string `json:"sku"`
	// AllowToPurchase: '[string]' here (boolean elsewhere)
	AllowToPurchase   string `json:"allow_to_purchase"`
	Title             string `json:"title"`
	IncomingQuantity  int64  `json:"incoming_quantity"`
	InventoryQuantity int64  `json:"inventory_quantity"`
	Shipbob           int64  `json:"shipbob"`
	ShipbobAwaiting   int64  `json:"shipbob awaiting"`
	ShipbobRestocked  int64  `json:"shipbob restocked"`
	ShipbobOnHold     int64  `json:"shipbob on hold"`
	Shiphero          int64  `json:"shiphero"`
	ShipheroAwaiting  int64  `json:"shiphero awaiting"`
	ShipheroRestocked int64  `json:"shiphero restocked"`
	ShipheroOnHold    int64  `json:"shiphero on hold"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *InventoryReportRow) UnmarshalJSON(b []byte) error {
	type plain InventoryReportRow
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// OrderItemReportRow is order line-item report row.
type OrderItemReportRow struct {
	Name             string `json:"name"`
	Email            string `json:"email"`
	SKU              string `json:"sku"`
	Qty              int64  `json:"qty"`
	OrderStatus      string `json:"order_status"`
	OrderType        string `json:"order_type"`
	PaymentStatus    string `json:"payment_status"`
	Service          string `json:"service"`
	Paid             string `json:"paid"`
	DeliveredTime    string `json:"delivered_time"`
	FulfilmentStatus string `json:"fulfilment_status"`
	Cancelation      string `json:"cancelation"`
	Refund           string `json:"refund"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *OrderItemReportRow) UnmarshalJSON(b []byte) error {
	type plain OrderItemReportRow
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

// CrmLead is vtiger CRM Lead record (raw). cf_* are instance-specific custom fields.
type CrmLead struct {
	Email          string `json:"email"`
	Emailoptout    int64  `json:"emailoptout"`
	Firstname      string `json:"firstname"`
	Industry       string `json:"industry"`
	Lastname       string `json:"lastname"`
	Leadstatus     string `json:"leadstatus"`
	LeadNo         int64  `json:"lead_no"`
	Noofemployees  int64  `json:"noofemployees"`
	Phone          string `json:"phone"`
	Rating         string `json:"rating"`
	Createdtime    string `json:"createdtime"`
	Modifiedtime   string `json:"modifiedtime"`
	Modifiedby     string `json:"modifiedby"`
	AssignedUserID string `json:"assigned_user_id"`
	ID             string `json:"id"`
	Leadsource     string `json:"leadsource"`
	Cf807          string `json:"cf_807"`
	Country        string `json:"country"`
	Cf805          string `json:"cf_805"`
	Cf801          int64  `json:"cf_801"`
	Cf767          string `json:"cf_767"`
	Cf989          string `json:"cf_989"`
	Cf761          string `json:"cf_761"`
	Cf765          string `json:"cf_765"`
	Cf827          string `json:"cf_827"`
	Cf848          string `json:"cf_848"`
	Cf1144         string `json:"cf_1144"`
	Cf1045         int64  `json:"cf_1045"`
	Cf1034         int64  `json:"cf_1034"`
	Cf1036         int64  `json:"cf_1036"`
	Cf1059         int64  `json:"cf_1059"`
	Cf1075         int64  `json:"cf_1075"`
	Cf1101         int64  `json:"cf_1101"`
	Cf936          int64  `json:"cf_936"`
	Converted      int64  `json:"converted"`
	Assignleadchk  int64  `json:"assignleadchk"`
	Deilerstatus   int64  `json:"deilerstatus"`
	UpdatedStatus  int64  `json:"updated_status"`
	// Amount: (an integer amount in cents, as the API sends it)
	Amount Decimal `json:"amount"`
	// Extra holds the members the API documentation does not list, as received.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.
func (v *CrmLead) UnmarshalJSON(b []byte) error {
	type plain CrmLead
	return flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)
}

var _ json.RawMessage
