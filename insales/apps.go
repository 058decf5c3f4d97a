package insales

import (
	"context"
	"net/http"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// ChargeStatus is where an application charge stands.
type ChargeStatus string

// The statuses of a one-time application charge; an unknown status decodes
// as itself.
const (
	// ChargePending waits for the shop owner to pay at ConfirmationURL;
	// only a pending charge can be declined.
	ChargePending  ChargeStatus = "pending"
	ChargeAccepted ChargeStatus = "accepted" // paid
	ChargeDeclined ChargeStatus = "declined"
)

// ApplicationCharge is a one-time payment an application asks of the shop.
//
// InSales notifies the application of a payment once only and does not
// retry, so an application must not wait for the notice: poll instead,
// for example daily, with ApplicationCharges.List (or Get for one charge)
// and act on the charges whose Status changed from ChargePending.
type ApplicationCharge struct {
	ID    int64   `json:"id"`
	Name  string  `json:"name"`
	Price Decimal `json:"price"` // In roubles, "300.0".
	// Status is pending until the owner pays or declines.
	Status ChargeStatus `json:"status"`
	// Test marks a test charge that moves no money; nil when never set.
	Test *bool `json:"test"`
	// ReturnURL is where the owner goes after paying.
	ReturnURL string `json:"return_url"`
	// ConfirmationURL is the page where the owner pays: send them there.
	ConfirmationURL string `json:"confirmation_url"`
	CreatedAt       Time   `json:"created_at"`
	UpdatedAt       Time   `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a charge, keeping undeclared fields in Extra.
func (a *ApplicationCharge) UnmarshalJSON(b []byte) error {
	type plain ApplicationCharge
	return decodeExtra(b, (*plain)(a), &a.Extra)
}

// ApplicationChargeCreate is the body of ApplicationCharges.Create.
type ApplicationChargeCreate struct {
	Name  string  `json:"name"`  // Required: what the owner pays for.
	Price Decimal `json:"price"` // Required, above zero.
	// ReturnURL is where the owner goes after paying.
	ReturnURL string `json:"return_url,omitempty"`
	// Test makes a charge that moves no money (false by default).
	Test *bool `json:"test,omitempty"`
}

func (a *ApplicationChargeCreate) validate() error {
	if err := checkText("name", a.Name); err != nil {
		return err
	}
	if a.Price.Cmp(Decimal{}) <= 0 {
		return invalidf("price", "must be above zero")
	}
	// The API documentation's return_url carries a template
	// ("%id_in_my_application%") that is not URL syntax, so only the
	// scheme is checked.
	if a.ReturnURL != "" && !strings.HasPrefix(a.ReturnURL, "http://") && !strings.HasPrefix(a.ReturnURL, "https://") {
		return invalidf("return_url", "must be an absolute http(s) URL")
	}
	return nil
}

// ApplicationChargesAPI is the interface ApplicationChargesService satisfies, for mocks.
type ApplicationChargesAPI interface {
	List(ctx context.Context) ([]ApplicationCharge, error)
	Get(ctx context.Context, id int64) (*ApplicationCharge, error)
	Create(ctx context.Context, a *ApplicationChargeCreate) (*ApplicationCharge, error)
	Decline(ctx context.Context, id int64) (*ApplicationCharge, error)
}

var _ ApplicationChargesAPI = (*ApplicationChargesService)(nil)

// ApplicationChargesService manages the application's one-time charges:
// /admin/application_charges. See ApplicationCharge on polling.
type ApplicationChargesService service

// List fetches the application's charges: GET /admin/application_charges.json.
func (s *ApplicationChargesService) List(ctx context.Context) ([]ApplicationCharge, error) {
	return listAll[ApplicationCharge](ctx, (*service)(s), "/application_charges.json", nil)
}

// Get fetches a charge: GET /admin/application_charges/{id}.json; poll it
// to learn whether the owner paid.
func (s *ApplicationChargesService) Get(ctx context.Context, id int64) (*ApplicationCharge, error) {
	p, err := path("/application_charges/{application_charge_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[ApplicationCharge](ctx, (*service)(s), p)
}

// Create issues a charge: POST /admin/application_charges.json. It is
// ChargePending; send the owner to its ConfirmationURL.
func (s *ApplicationChargesService) Create(ctx context.Context, a *ApplicationChargeCreate) (*ApplicationCharge, error) {
	return send[ApplicationCharge](ctx, (*service)(s), http.MethodPost, "/application_charges.json", "application_charge", a)
}

// Decline withdraws a pending charge: POST
// /admin/application_charges/{id}/decline.json (no body). Only a pending
// charge can be declined.
func (s *ApplicationChargesService) Decline(ctx context.Context, id int64) (*ApplicationCharge, error) {
	p, err := path("/application_charges/{application_charge_id}/decline.json", id)
	if err != nil {
		return nil, err
	}
	out := new(ApplicationCharge)
	if _, err := (*service)(s).do(ctx, &transport.Request{Method: http.MethodPost, Path: p}, out); err != nil {
		return nil, err
	}
	return out, nil
}

// RecurringApplicationCharge is the application's monthly subscription fee
// for the shop; an application has at most one.
//
// As with one-time charges, payment notices are sent once only: poll
// RecurringApplicationCharge.Get (daily, say) and read PaidTill and Blocked.
type RecurringApplicationCharge struct {
	ID      int64   `json:"id"`
	Monthly Decimal `json:"monthly"` // The monthly fee, "1190.0".
	// Blocked is set when the shop stopped paying: the application should
	// limit its service.
	Blocked bool `json:"blocked"`
	// PaidTill is the last day paid for.
	PaidTill Date `json:"paid_till"`
	// TrialExpiredAt is the last day of the free trial.
	TrialExpiredAt Date `json:"trial_expired_at"`
	CreatedAt      Time `json:"created_at"`
	UpdatedAt      Time `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a recurring charge, keeping undeclared fields in Extra.
func (r *RecurringApplicationCharge) UnmarshalJSON(b []byte) error {
	type plain RecurringApplicationCharge
	return decodeExtra(b, (*plain)(r), &r.Extra)
}

// RecurringChargeInput is the body of RecurringApplicationCharge.Create and Update.
type RecurringChargeInput struct {
	Monthly Decimal `json:"monthly"` // Required, above zero.
}

func (r *RecurringChargeInput) validate() error {
	if r.Monthly.Cmp(Decimal{}) <= 0 {
		return invalidf("monthly", "must be above zero")
	}
	return nil
}

// RecurringApplicationChargeAPI is the interface
// RecurringApplicationChargeService satisfies, for mocks.
type RecurringApplicationChargeAPI interface {
	Get(ctx context.Context) (*RecurringApplicationCharge, error)
	Create(ctx context.Context, r *RecurringChargeInput) (*RecurringApplicationCharge, error)
	Update(ctx context.Context, r *RecurringChargeInput) (*RecurringApplicationCharge, error)
	Delete(ctx context.Context) error
}

var _ RecurringApplicationChargeAPI = (*RecurringApplicationChargeService)(nil)

// RecurringApplicationChargeService manages the application's one
// subscription fee: /admin/recurring_application_charge (no id: there is
// only one).
type RecurringApplicationChargeService service

const recurringPath = "/recurring_application_charge.json"

// Get fetches the subscription: GET /admin/recurring_application_charge.json.
func (s *RecurringApplicationChargeService) Get(ctx context.Context) (*RecurringApplicationCharge, error) {
	return getOne[RecurringApplicationCharge](ctx, (*service)(s), recurringPath)
}

// Create sets up the subscription: POST /admin/recurring_application_charge.json.
// An application can have only one at a time.
func (s *RecurringApplicationChargeService) Create(ctx context.Context, r *RecurringChargeInput) (*RecurringApplicationCharge, error) {
	return send[RecurringApplicationCharge](ctx, (*service)(s), http.MethodPost, recurringPath, "recurring_application_charge", r)
}

// Update changes the monthly fee: PUT /admin/recurring_application_charge.json.
func (s *RecurringApplicationChargeService) Update(ctx context.Context, r *RecurringChargeInput) (*RecurringApplicationCharge, error) {
	return send[RecurringApplicationCharge](ctx, (*service)(s), http.MethodPut, recurringPath, "recurring_application_charge", r)
}

// Delete ends the subscription: DELETE /admin/recurring_application_charge.json.
func (s *RecurringApplicationChargeService) Delete(ctx context.Context) error {
	return deleteOK(ctx, (*service)(s), recurringPath)
}

// WidgetPageType is the back-office page an application widget appears on.
type WidgetPageType string

// The page types the API documentation shows; an unknown one decodes as itself.
const (
	WidgetOnOrder   WidgetPageType = "order"
	WidgetOnProduct WidgetPageType = "product"
)

// ApplicationWidget is a block of an application's HTML shown in the back
// office (on an order's or a product's page).
type ApplicationWidget struct {
	ID        int64          `json:"id"`
	Code      string         `json:"code"`   // HTML or JavaScript.
	Height    int64          `json:"height"` // In pixels.
	PageType  WidgetPageType `json:"page_type"`
	CreatedAt Time           `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a widget, keeping undeclared fields in Extra.
func (a *ApplicationWidget) UnmarshalJSON(b []byte) error {
	type plain ApplicationWidget
	return decodeExtra(b, (*plain)(a), &a.Extra)
}

// ApplicationWidgetCreate is the body of ApplicationWidgets.Create.
type ApplicationWidgetCreate struct {
	Code     string         `json:"code"`   // Required.
	Height   int64          `json:"height"` // Required, in pixels.
	PageType WidgetPageType `json:"page_type,omitempty"`
}

func (a *ApplicationWidgetCreate) validate() error {
	if err := checkText("code", a.Code); err != nil {
		return err
	}
	if a.Height < 1 {
		return invalidf("height", "must be between 1 and %d", int64(maxInt))
	}
	return nil
}

// ApplicationWidgetUpdate is the body of ApplicationWidgets.Update; nil
// fields are left as they are, and an update that sets nothing is refused.
type ApplicationWidgetUpdate struct {
	Code     *string         `json:"code,omitempty"`
	Height   *int64          `json:"height,omitempty"`
	PageType *WidgetPageType `json:"page_type,omitempty"`
}

func (a *ApplicationWidgetUpdate) validate() error {
	if a.Code == nil && a.Height == nil && a.PageType == nil {
		return errNothingToUpdate
	}
	if err := checkOptText("code", a.Code); err != nil {
		return err
	}
	if a.Height != nil && *a.Height < 1 {
		return invalidf("height", "must be between 1 and %d", int64(maxInt))
	}
	return nil
}

// ApplicationWidgetsAPI is the interface ApplicationWidgetsService satisfies, for mocks.
type ApplicationWidgetsAPI interface {
	List(ctx context.Context) ([]ApplicationWidget, error)
	Get(ctx context.Context, id int64) (*ApplicationWidget, error)
	Create(ctx context.Context, a *ApplicationWidgetCreate) (*ApplicationWidget, error)
	Update(ctx context.Context, id int64, a *ApplicationWidgetUpdate) (*ApplicationWidget, error)
	Delete(ctx context.Context, id int64) error
}

var _ ApplicationWidgetsAPI = (*ApplicationWidgetsService)(nil)

// ApplicationWidgetsService manages the application's back-office widgets:
// /admin/application_widgets.
type ApplicationWidgetsService service

// List fetches the widgets: GET /admin/application_widgets.json.
func (s *ApplicationWidgetsService) List(ctx context.Context) ([]ApplicationWidget, error) {
	return listAll[ApplicationWidget](ctx, (*service)(s), "/application_widgets.json", nil)
}

// Get fetches a widget: GET /admin/application_widgets/{id}.json.
func (s *ApplicationWidgetsService) Get(ctx context.Context, id int64) (*ApplicationWidget, error) {
	p, err := path("/application_widgets/{application_widget_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[ApplicationWidget](ctx, (*service)(s), p)
}

// Create adds a widget: POST /admin/application_widgets.json.
func (s *ApplicationWidgetsService) Create(ctx context.Context, a *ApplicationWidgetCreate) (*ApplicationWidget, error) {
	return send[ApplicationWidget](ctx, (*service)(s), http.MethodPost, "/application_widgets.json", "application_widget", a)
}

// Update changes a widget: PUT /admin/application_widgets/{id}.json.
func (s *ApplicationWidgetsService) Update(ctx context.Context, id int64, a *ApplicationWidgetUpdate) (*ApplicationWidget, error) {
	p, err := path("/application_widgets/{application_widget_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[ApplicationWidget](ctx, (*service)(s), http.MethodPut, p, "application_widget", a)
}

// Delete removes a widget: DELETE /admin/application_widgets/{id}.json.
func (s *ApplicationWidgetsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/application_widgets/{application_widget_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// InvitedAccount is a shop that registered through the application's
// partner invitation.
type InvitedAccount struct {
	ID      int64  `json:"id"`
	ShopURL string `json:"shop_url"`
	Plan    string `json:"plan"` // The shop's tariff, by name.
	// Alive is false once the shop is closed.
	Alive        bool `json:"alive"`
	RegisteredAt Time `json:"registered_at"`
	PaidTill     Date `json:"paid_till"`
	// Royalties is what the partner has earned from the shop.
	Royalties Decimal `json:"royalties"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an invited account, keeping undeclared fields in Extra.
func (i *InvitedAccount) UnmarshalJSON(b []byte) error {
	type plain InvitedAccount
	return decodeExtra(b, (*plain)(i), &i.Extra)
}

// InvitedAccountsAPI is the interface InvitedAccountsService satisfies, for mocks.
type InvitedAccountsAPI interface {
	List(ctx context.Context) ([]InvitedAccount, error)
	Get(ctx context.Context, id int64) (*InvitedAccount, error)
}

var _ InvitedAccountsAPI = (*InvitedAccountsService)(nil)

// InvitedAccountsService reads the shops the partner invited:
// /admin/invited_accounts.
type InvitedAccountsService service

// List fetches the invited shops: GET /admin/invited_accounts.json.
func (s *InvitedAccountsService) List(ctx context.Context) ([]InvitedAccount, error) {
	return listAll[InvitedAccount](ctx, (*service)(s), "/invited_accounts.json", nil)
}

// Get fetches an invited shop: GET /admin/invited_accounts/{id}.json.
func (s *InvitedAccountsService) Get(ctx context.Context, id int64) (*InvitedAccount, error) {
	p, err := path("/invited_accounts/{invited_account_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[InvitedAccount](ctx, (*service)(s), p)
}
