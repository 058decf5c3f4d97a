package insales

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"strings"
)

// DiscountCode is a coupon a buyer enters at checkout.
type DiscountCode struct {
	ID               int64        `json:"id"`
	Code             string       `json:"code"`
	TypeID           DiscountType `json:"type_id"`
	Discount         Decimal      `json:"discount"` // Percent or money, per TypeID.
	Description      *string      `json:"description"`
	Disabled         bool         `json:"disabled"`
	Worked           bool         `json:"worked"` // It has been used.
	ActOnce          bool         `json:"act_once"`
	ActOnceForClient *bool        `json:"act_once_for_client"`
	MinPrice         *Decimal     `json:"min_price"` // The smallest order it applies to.
	ExpiredAt        *Date        `json:"expired_at"`
	// DiscountCollections is kept as sent (empty in the documentation).
	DiscountCollections json.RawMessage `json:"discount_collections"`
	CreatedAt           Time            `json:"created_at"`
	UpdatedAt           Time            `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a discount code, keeping undeclared fields in Extra.
func (d *DiscountCode) UnmarshalJSON(b []byte) error {
	type plain DiscountCode
	return decodeExtra(b, (*plain)(d), &d.Extra)
}

// DiscountCodeCreate is the body of DiscountCodes.Create.
type DiscountCodeCreate struct {
	Code             string       `json:"code"`    // Required.
	TypeID           DiscountType `json:"type_id"` // Required: DiscountPercent or DiscountMoney.
	Discount         Decimal      `json:"discount"`
	Description      *string      `json:"description,omitempty"`
	Disabled         *bool        `json:"disabled,omitempty"`
	ActOnce          *bool        `json:"act_once,omitempty"`
	ActOnceForClient *bool        `json:"act_once_for_client,omitempty"`
	ExpiredAt        *Date        `json:"expired_at,omitempty"`
	MinPrice         *Decimal     `json:"min_price,omitempty"`
}

func (d *DiscountCodeCreate) validate() error {
	if strings.TrimSpace(d.Code) == "" {
		return invalidf("code", "is required")
	}
	if err := checkDiscountType(d.TypeID); err != nil {
		return err
	}
	return checkDiscountValue(d.TypeID, &d.Discount, d.MinPrice)
}

func checkDiscountType(t DiscountType) error {
	if t != DiscountPercent && t != DiscountMoney {
		return invalidf("type_id", "must be one of 1, 2")
	}
	return nil
}

func checkDiscountValue(t DiscountType, d, minPrice *Decimal) error {
	if d != nil {
		if d.Rat().Sign() <= 0 {
			return invalidf("discount", "must be positive")
		}
		if t == DiscountPercent && d.Cmp(DecimalFromInt(100)) > 0 {
			return invalidf("discount", "must be between 0 and 100")
		}
	}
	if minPrice != nil && minPrice.Rat().Sign() < 0 {
		return invalidf("min_price", "must not be negative")
	}
	return nil
}

// DiscountCodeUpdate is the body of DiscountCodes.Update; nil fields are
// left as they are.
type DiscountCodeUpdate struct {
	Code             *string       `json:"code,omitempty"`
	TypeID           *DiscountType `json:"type_id,omitempty"`
	Discount         *Decimal      `json:"discount,omitempty"`
	Description      *string       `json:"description,omitempty"`
	Disabled         *bool         `json:"disabled,omitempty"`
	ActOnce          *bool         `json:"act_once,omitempty"`
	ActOnceForClient *bool         `json:"act_once_for_client,omitempty"`
	ExpiredAt        *Date         `json:"expired_at,omitempty"`
	MinPrice         *Decimal      `json:"min_price,omitempty"`
}

func (d *DiscountCodeUpdate) validate() error {
	if d.Code == nil && d.TypeID == nil && d.Discount == nil && d.Description == nil && d.Disabled == nil &&
		d.ActOnce == nil && d.ActOnceForClient == nil && d.ExpiredAt == nil && d.MinPrice == nil {
		return errNothingToUpdate
	}
	if d.Code != nil && strings.TrimSpace(*d.Code) == "" {
		return invalidf("code", "is required")
	}
	var t DiscountType
	if d.TypeID != nil {
		if err := checkDiscountType(*d.TypeID); err != nil {
			return err
		}
		t = *d.TypeID
	}
	return checkDiscountValue(t, d.Discount, d.MinPrice)
}

// DiscountCodesAPI is the interface DiscountCodesService satisfies, for mocks.
type DiscountCodesAPI interface {
	List(ctx context.Context) ([]DiscountCode, error)
	ListPage(ctx context.Context, opts *DiscountCodeListOptions) (*Page[DiscountCode], error)
	All(ctx context.Context, opts *DiscountCodeListOptions) iter.Seq2[DiscountCode, error]
	Get(ctx context.Context, id int64) (*DiscountCode, error)
	Create(ctx context.Context, d *DiscountCodeCreate) (*DiscountCode, error)
	Update(ctx context.Context, id int64, d *DiscountCodeUpdate) error
	Delete(ctx context.Context, id int64) error
}

var _ DiscountCodesAPI = (*DiscountCodesService)(nil)

// DiscountCodesService manages coupons: /admin/discount_codes.
type DiscountCodesService service

// List fetches the discount codes: GET /admin/discount_codes.json.
func (s *DiscountCodesService) List(ctx context.Context) ([]DiscountCode, error) {
	return listAll[DiscountCode](ctx, (*service)(s), "/discount_codes.json", nil)
}

// Get fetches a discount code: GET /admin/discount_codes/{id}.json.
func (s *DiscountCodesService) Get(ctx context.Context, id int64) (*DiscountCode, error) {
	return getByID[DiscountCode](ctx, (*service)(s), "/discount_codes/{discount_code_id}.json", id)
}

// Create adds a discount code: POST /admin/discount_codes.json.
func (s *DiscountCodesService) Create(ctx context.Context, d *DiscountCodeCreate) (*DiscountCode, error) {
	return send[DiscountCode](ctx, (*service)(s), http.MethodPost, "/discount_codes.json", "discount_code", d)
}

// Update changes a discount code: PUT /admin/discount_codes/{id}.json. The
// API answers {"status": "ok"}, not the code; Get reads it back.
func (s *DiscountCodesService) Update(ctx context.Context, id int64, d *DiscountCodeUpdate) error {
	p, err := path("/discount_codes/{discount_code_id}.json", id)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPut, p, "discount_code", d)
}

// Delete removes a discount code: DELETE /admin/discount_codes/{id}.json.
func (s *DiscountCodesService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), "/discount_codes/{discount_code_id}.json", id)
}

// BonusTransactionStatus is a bonus transaction's state ("charged"). An
// unknown value decodes as itself.
type BonusTransactionStatus string

// BonusCharged is the status the API documentation shows.
const BonusCharged BonusTransactionStatus = "charged"

// BonusSystemTransaction is a change of a client's bonus points.
type BonusSystemTransaction struct {
	ID            int64                  `json:"id"` // 0 when the answer carries none (as in the documentation).
	ClientID      int64                  `json:"client_id"`
	BonusSystemID int64                  `json:"bonus_system_id"`
	BonusPoints   int64                  `json:"bonus_points"` // Negative to take points back.
	Description   *string                `json:"description"`
	InitiatorType string                 `json:"initiator_type"` // "Order", "ApplicationPassword".
	InitiatorID   *int64                 `json:"initiator_id"`
	Status        BonusTransactionStatus `json:"status"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a transaction, keeping undeclared fields in Extra.
func (t *BonusSystemTransaction) UnmarshalJSON(b []byte) error {
	type plain BonusSystemTransaction
	return decodeExtra(b, (*plain)(t), &t.Extra)
}

// BonusSystemTransactionCreate is the body of BonusSystemTransactions.Create.
type BonusSystemTransactionCreate struct {
	// BonusPoints to add; negative takes points back. Zero is refused.
	BonusPoints int64   `json:"bonus_points"`
	Description *string `json:"description,omitempty"`
}

func (t *BonusSystemTransactionCreate) validate() error {
	if t.BonusPoints == 0 {
		return invalidf("bonus_points", "is required")
	}
	return nil
}

// BonusSystemTransactionsAPI is the interface BonusSystemTransactionsService satisfies, for mocks.
type BonusSystemTransactionsAPI interface {
	List(ctx context.Context, clientID int64) ([]BonusSystemTransaction, error)
	Get(ctx context.Context, id int64) (*BonusSystemTransaction, error)
	Create(ctx context.Context, clientID int64, t *BonusSystemTransactionCreate) (*BonusSystemTransaction, error)
}

var _ BonusSystemTransactionsAPI = (*BonusSystemTransactionsService)(nil)

// BonusSystemTransactionsService reads and adds clients' bonus point
// transactions: /admin/clients/{client_id}/bonus_system_transactions.
type BonusSystemTransactionsService service

// List fetches a client's transactions: GET
// /admin/clients/{client_id}/bonus_system_transactions.json.
func (s *BonusSystemTransactionsService) List(ctx context.Context, clientID int64) ([]BonusSystemTransaction, error) {
	p, err := path("/clients/{client_id}/bonus_system_transactions.json", clientID)
	if err != nil {
		return nil, err
	}
	return listAll[BonusSystemTransaction](ctx, (*service)(s), p, nil)
}

// Get fetches a transaction: GET /admin/bonus_system_transactions/{id}.json.
func (s *BonusSystemTransactionsService) Get(ctx context.Context, id int64) (*BonusSystemTransaction, error) {
	return getByID[BonusSystemTransaction](ctx, (*service)(s), "/bonus_system_transactions/{bonus_system_transaction_id}.json", id)
}

// Create adds or takes back a client's points: POST
// /admin/clients/{client_id}/bonus_system_transactions.json.
func (s *BonusSystemTransactionsService) Create(ctx context.Context, clientID int64, t *BonusSystemTransactionCreate) (*BonusSystemTransaction, error) {
	return sendByID[BonusSystemTransaction](ctx, (*service)(s), http.MethodPost, "/clients/{client_id}/bonus_system_transactions.json", clientID, "bonus_system_transaction", t)
}
