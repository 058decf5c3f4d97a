package shopkit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// CouponType is what a coupon discounts (Coupon.Type); a value this
// package does not list decodes as itself.
type CouponType string

// Coupon types.
const (
	CouponMoney    CouponType = "money"
	CouponPercent  CouponType = "percent"
	CouponShipping CouponType = "shipping"
)

// CouponAppliesTo is what a coupon applies to (Coupon.AppliesTo); a value
// this package does not list decodes as itself.
type CouponAppliesTo string

// Coupon targets.
const (
	CouponAllOrders  CouponAppliesTo = "all_orders"
	CouponOrdersOver CouponAppliesTo = "orders_over"
	CouponCategory   CouponAppliesTo = "category"
	CouponProduct    CouponAppliesTo = "product"
	// CouponBrand and CouponTag: Shopkit's 2025 public docs.
	CouponBrand CouponAppliesTo = "brand"
	CouponTag   CouponAppliesTo = "tag"
)

// Coupon is a discount coupon.
type Coupon struct {
	ID         int64           `json:"id"`
	Code       string          `json:"code"`
	Limit      Int             `json:"limit"` // usage limit, 0 = unlimited
	Used       Int             `json:"used"`
	Value      Decimal         `json:"value"`
	Type       CouponType      `json:"type"`       // CouponMoney, CouponPercent, CouponShipping
	AppliesTo  CouponAppliesTo `json:"applies_to"` // CouponAllOrders, CouponOrdersOver, ...
	OrdersOver *Decimal        `json:"orders_over"`
	// Category and Product are null in the examples; the request takes an
	// id or a handle, so they are kept raw.
	Category json.RawMessage `json:"category"`
	Product  json.RawMessage `json:"product"`
	// Brand and Tag (id or handle, like Category): Shopkit's 2025 public docs.
	Brand          json.RawMessage `json:"brand"`
	Tag            json.RawMessage `json:"tag"`
	DateFrom       *Date           `json:"date_from"`
	DateTo         *Date           `json:"date_to"`
	CreatedAt      Time            `json:"created_at"`
	OrdersTotal    Decimal         `json:"orders_total"`    // total of the orders that used it
	OrdersDiscount Decimal         `json:"orders_discount"` // discount granted so far

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (c *Coupon) UnmarshalJSON(b []byte) error {
	type plain Coupon
	return flex.DecodeWithExtra(b, (*plain)(c), &c.Extra)
}

// IDOrHandle names a category or product by id ("1337", sent as a JSON
// number) or by handle ("rustic-bowl", sent as a string): the API documentation's
// "mixed" type.
type IDOrHandle string

// MarshalJSON implements json.Marshaler.
func (v IDOrHandle) MarshalJSON() ([]byte, error) {
	s := string(v)
	// A number only when it is one in JSON too: no leading zero ("007" is
	// a handle, and 007 is not valid JSON).
	if s != "" && s[0] != '0' && len(s) < 19 && strings.Trim(s, "0123456789") == "" {
		return []byte(s), nil
	}
	return json.Marshal(s)
}

// UnmarshalJSON reads what MarshalJSON writes, so a saved request decodes
// again: a JSON string as is, an id given as a JSON number as its digits.
func (v *IDOrHandle) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		return nil // as encoding/json does for other types
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = IDOrHandle(s)
		return nil
	case len(b) > 0 && strings.Trim(string(b), "0123456789") == "":
		*v = IDOrHandle(b)
		return nil
	}
	return fmt.Errorf("shopkit: an id or handle must be a string or a non-negative integer, got %.40s", b)
}

// CouponCreate is the body of POST /coupon/. Code, Value, Type and
// AppliesTo are required, and Limit is always sent (0 = unlimited).
// OrdersOver, Category or Product is required when AppliesTo names it.
type CouponCreate struct {
	// Code is the code customers type ("bajevolp"); required, unique
	// (an existing code is refused with 409, ErrConflict).
	Code string `json:"code"`
	// Limit is how many times the coupon can be used; 0 is unlimited.
	Limit int `json:"limit"`
	// Value is the discount: an amount in the store currency (money), a
	// percentage (percent) or the shipping discount (shipping); required,
	// positive.
	Value Decimal `json:"value"`
	// Type is CouponMoney, CouponPercent or CouponShipping; required.
	Type CouponType `json:"type"`
	// AppliesTo is CouponAllOrders, CouponOrdersOver, CouponCategory or
	// CouponProduct; required.
	AppliesTo CouponAppliesTo `json:"applies_to"`
	// OrdersOver is the minimum order value; required when AppliesTo is
	// CouponOrdersOver.
	OrdersOver *Decimal `json:"orders_over,omitempty"`
	// Category is a category id or handle; required when AppliesTo is
	// CouponCategory.
	Category IDOrHandle `json:"category,omitempty"`
	// Product is a product id or handle; required when AppliesTo is
	// CouponProduct.
	Product IDOrHandle `json:"product,omitempty"`
	// Brand and Tag are a brand or tag id or handle, required when
	// AppliesTo is CouponBrand or CouponTag. Documented outside the API
	// documentation's examples: Shopkit's 2025 public docs.
	Brand IDOrHandle `json:"brand,omitempty"`
	Tag   IDOrHandle `json:"tag,omitempty"`
	// DateFrom is the first day the coupon is valid (YYYY-MM-DD on the wire).
	DateFrom *Date `json:"date_from,omitempty"`
	// DateTo is the day the coupon expires; not before DateFrom.
	DateTo *Date `json:"date_to,omitempty"`
}

func (c *CouponCreate) validate() error {
	switch {
	case c == nil:
		return transport.Invalid("body", "must not be nil")
	case c.Code == "":
		return transport.Invalid("code", "is required")
	case c.Limit < 0:
		return transport.Invalid("limit", "must be 0 (unlimited) or more, got %d", c.Limit)
	case c.Value.IsZero() || c.Value.Rat().Sign() < 0:
		return transport.Invalid("value", "is required and must be positive")
	}
	switch c.Type {
	case CouponMoney, CouponPercent, CouponShipping:
	default:
		return transport.Invalid("type", "must be one of money, percent, shipping, got %q", string(c.Type))
	}
	switch c.AppliesTo {
	case CouponAllOrders:
	case CouponOrdersOver:
		if c.OrdersOver == nil {
			return transport.Invalid("orders_over", "is required when applies_to is orders_over")
		}
	case CouponCategory:
		if c.Category == "" {
			return transport.Invalid("category", "is required when applies_to is category")
		}
	case CouponProduct:
		if c.Product == "" {
			return transport.Invalid("product", "is required when applies_to is product")
		}
	case CouponBrand:
		if c.Brand == "" {
			return transport.Invalid("brand", "is required when applies_to is brand")
		}
	case CouponTag:
		if c.Tag == "" {
			return transport.Invalid("tag", "is required when applies_to is tag")
		}
	default:
		return transport.Invalid("applies_to", "must be one of all_orders, orders_over, category, product, brand, tag, got %q", string(c.AppliesTo))
	}
	if c.OrdersOver != nil && c.OrdersOver.Rat().Sign() < 0 {
		return transport.Invalid("orders_over", "must not be negative, got %s", c.OrdersOver)
	}
	return checkDates("date_from", c.DateFrom, "date_to", c.DateTo)
}

// CouponsAPI is the interface CouponsService implements.
type CouponsAPI interface {
	Get(ctx context.Context, id int64) (*Coupon, error)
	GetByCode(ctx context.Context, code string) (*Coupon, error)
	Create(ctx context.Context, c *CouponCreate) (*Coupon, error)
	Update(ctx context.Context, id int64, u *CouponUpdate) (*Coupon, error)
	Delete(ctx context.Context, id int64) error
}

var _ CouponsAPI = (*CouponsService)(nil)

// CouponsService handles the /coupon endpoints. The API documents no
// coupon list; Update comes from Shopkit's 2025 public docs.
type CouponsService service

// Get fetches a coupon by id: GET /coupon?id={id}. The API answers a
// one-element array; the coupon in it is returned.
func (c *CouponsService) Get(ctx context.Context, id int64) (*Coupon, error) {
	return getByID[Coupon](ctx, (*service)(c), "/coupon", id)
}

// GetByCode fetches a coupon by code: GET /coupon?code={code} (the query
// form of the API documentation's template; its curl puts the code in the path).
func (c *CouponsService) GetByCode(ctx context.Context, code string) (*Coupon, error) {
	if code == "" {
		return nil, transport.Invalid("code", "is required")
	}
	q := &idQuery{Code: code}
	return getOne[Coupon](ctx, (*service)(c), "/coupon", q, q)
}

// Create creates a coupon: POST /coupon/ (with the trailing slash of the
// API documentation). A coupon whose code exists is refused with 409 (ErrConflict).
// The API answers a one-element array; the coupon in it is returned.
func (c *CouponsService) Create(ctx context.Context, in *CouponCreate) (*Coupon, error) {
	if err := in.validate(); err != nil {
		return nil, err
	}
	items, err := sendList[Coupon](ctx, (*service)(c), http.MethodPost, "/coupon/", nil, in)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, &DecodeError{Platform: "shopkit", Method: http.MethodPost, URL: (*service)(c).t.BaseURL() + "/coupon/", StatusCode: http.StatusCreated, Err: errNoItem}
	}
	return &items[0], nil
}

// Delete deletes a coupon: DELETE /coupon/{id}.
func (c *CouponsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(c), "/coupon/{id}", id)
}
