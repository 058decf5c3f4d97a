package insales

import (
	"context"
	"net/http"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Account is the shop's account: GET /admin/account.json.
type Account struct {
	ID           int64  `json:"id"`
	Title        string `json:"title"`        // The shop's name.
	Subdomain    string `json:"subdomain"`    // The myinsales.ru subdomain.
	Organization string `json:"organization"` // The legal name.
	Email        string `json:"email"`
	Phone        string `json:"phone"`
	ContactPhone string `json:"contact_phone"`
	// SMSNotificationPhone receives the shop's SMS notifications.
	SMSNotificationPhone string `json:"sms_notification_phone"`
	// NotificationEmail receives the shop's notices; several addresses
	// are separated by commas.
	NotificationEmail string `json:"notification_email"`
	ICQ               string `json:"icq"`
	Country           string `json:"country"`
	City              string `json:"city"`
	State             string `json:"state"`
	// Blocked is set while the shop is blocked (unpaid, for instance).
	Blocked bool `json:"blocked"`
	// InviterID is the partner account that invited this one, nil if none.
	InviterID             *int64 `json:"inviter_id"`
	EnableCartDiscounts   bool   `json:"enable_cart_discounts"`
	EnableClientDiscounts bool   `json:"enable_client_discounts"`
	EnableGroupDiscounts  bool   `json:"enable_group_discounts"`
	EnableOrderDiscounts  bool   `json:"enable_order_discounts"`
	HideItemsOutOfStock   bool   `json:"hide_items_out_of_stock"`
	// MinimumItemsPrice is the smallest order total, nil when none is set.
	MinimumItemsPrice *Decimal `json:"minimum_items_price"`
	// StockCurrencyExchangeRate converts the stock currency ("30.0").
	StockCurrencyExchangeRate *Decimal `json:"stock_currency_exchange_rate"`
	ClientCookiesWhitelist    string   `json:"client_cookies_whitelist"`
	// MainHost is the storefront's main host, with MainHostProtocol.
	MainHost         string `json:"main_host"`
	MainHostProtocol string `json:"main_host_protocol"`
	// NextOrderNumber is the number the next order gets.
	NextOrderNumber int64         `json:"next_order_number"`
	TimeZone        string        `json:"time_zone"`
	Owner           *AccountOwner `json:"owner"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an account, keeping undeclared fields in Extra.
func (a *Account) UnmarshalJSON(b []byte) error {
	type plain Account
	return decodeExtra(b, (*plain)(a), &a.Extra)
}

// AccountOwner is the user who owns the shop.
type AccountOwner struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Email     string `json:"email"`
	CreatedAt Time   `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an owner, keeping undeclared fields in Extra.
func (a *AccountOwner) UnmarshalJSON(b []byte) error {
	type plain AccountOwner
	return decodeExtra(b, (*plain)(a), &a.Extra)
}

// AccountUpdate is the body of Account.Update; nil fields are left as they
// are, and an update that sets nothing is refused. Subdomain travels
// outside the account object, as {"subdomain": {"subdomain": "..."}}.
type AccountUpdate struct {
	Title                *string `json:"title,omitempty"`
	Phone                *string `json:"phone,omitempty"`
	Email                *string `json:"email,omitempty"`
	ICQ                  *string `json:"icq,omitempty"`
	ContactPhone         *string `json:"contact_phone,omitempty"`
	SMSNotificationPhone *string `json:"sms_notification_phone,omitempty"`
	Organization         *string `json:"organization,omitempty"`
	Country              *string `json:"country,omitempty"` // ISO code, "RU".
	City                 *string `json:"city,omitempty"`
	State                *string `json:"state,omitempty"`
	// NotificationEmail takes several addresses separated by commas.
	NotificationEmail *string `json:"notification_email,omitempty"`
	// Subdomain renames the shop's myinsales.ru subdomain; the client's
	// base URL does not follow.
	Subdomain *string `json:"-"`
}

func (a *AccountUpdate) validate() error {
	if *a == (AccountUpdate{}) {
		return errNothingToUpdate
	}
	if err := checkOptText("title", a.Title); err != nil {
		return err
	}
	if a.Email != nil {
		if err := checkEmailText("email", *a.Email); err != nil {
			return err
		}
	}
	if a.NotificationEmail != nil && *a.NotificationEmail != "" {
		for _, e := range strings.Split(*a.NotificationEmail, ",") {
			if err := checkEmailText("notification_email", strings.TrimSpace(e)); err != nil {
				return err
			}
		}
	}
	if a.Subdomain != nil && !shopRE.MatchString(*a.Subdomain) {
		return invalidf("subdomain", "must be letters, digits and inner hyphens")
	}
	return nil
}

// accountUpdateBody is what Update sends: the account and, beside it, the subdomain.
type accountUpdateBody struct {
	Account   *AccountUpdate    `json:"account,omitempty"`
	Subdomain map[string]string `json:"subdomain,omitempty"`
}

// AccountAPI is the interface AccountService satisfies, for mocks.
type AccountAPI interface {
	Get(ctx context.Context) (*Account, error)
	Update(ctx context.Context, a *AccountUpdate) error
}

var _ AccountAPI = (*AccountService)(nil)

// AccountService reads and changes the shop's account: /admin/account.
type AccountService service

// Get fetches the shop's account: GET /admin/account.json.
func (s *AccountService) Get(ctx context.Context) (*Account, error) {
	return getOne[Account](ctx, (*service)(s), "/account.json")
}

// Update changes the shop's account: PUT /admin/account.json. The API
// answers {"status": "ok"}, not the account, so only an error is returned;
// call Get to read the result.
func (s *AccountService) Update(ctx context.Context, a *AccountUpdate) error {
	if err := (*service)(s).ready(); err != nil {
		return err
	}
	if err := checkBody(a); err != nil {
		return err
	}
	body := accountUpdateBody{}
	acc := *a
	acc.Subdomain = nil
	if acc != (AccountUpdate{}) {
		body.Account = &acc
	}
	if a.Subdomain != nil {
		body.Subdomain = map[string]string{"subdomain": *a.Subdomain}
	}
	return statusOK(ctx, (*service)(s), &transport.Request{Method: http.MethodPut, Path: "/account.json", Body: body})
}
