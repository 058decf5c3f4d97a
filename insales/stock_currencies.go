package insales

import (
	"context"
	"net/http"
	"strings"
)

// CurrencyCode is a stock currency's code as the API spells it ("KZT";
// Russian roubles are "RUR").
type CurrencyCode string

// The codes the API documentation lists for stock currencies (its list has
// "TNB"; it is kept as written). An unknown code decodes as itself.
const (
	CurrencyLVL CurrencyCode = "LVL"
	CurrencyBYR CurrencyCode = "BYR"
	CurrencyUSD CurrencyCode = "USD"
	CurrencyEUR CurrencyCode = "EUR"
	CurrencyEEK CurrencyCode = "EEK"
	CurrencyLTL CurrencyCode = "LTL"
	CurrencyAMD CurrencyCode = "AMD"
	CurrencyKGS CurrencyCode = "KGS"
	CurrencyMDL CurrencyCode = "MDL"
	CurrencyEGP CurrencyCode = "EGP"
	CurrencyCAD CurrencyCode = "CAD"
	CurrencyJPY CurrencyCode = "JPY"
	CurrencyTNB CurrencyCode = "TNB"
	CurrencyTRY CurrencyCode = "TRY"
	CurrencyAZN CurrencyCode = "AZN"
	CurrencyPLN CurrencyCode = "PLN"
	CurrencyILS CurrencyCode = "ILS"
	CurrencyCNY CurrencyCode = "CNY"
	CurrencyBGN CurrencyCode = "BGN"
	CurrencyGBP CurrencyCode = "GBP"
	CurrencyRUR CurrencyCode = "RUR"
	CurrencyUAH CurrencyCode = "UAH"
	CurrencyAUD CurrencyCode = "AUD"
	CurrencyGEL CurrencyCode = "GEL"
	CurrencyAED CurrencyCode = "AED"
	CurrencyCHF CurrencyCode = "CHF"
	CurrencyKZT CurrencyCode = "KZT"
	CurrencyUZS CurrencyCode = "UZS"
	CurrencyTJS CurrencyCode = "TJS"
	CurrencyVND CurrencyCode = "VND"
	CurrencyTMT CurrencyCode = "TMT"
	CurrencyMXN CurrencyCode = "MXN"
)

// stockCurrencyCodes are the codes a stock currency may be created with.
var stockCurrencyCodes = []CurrencyCode{CurrencyLVL, CurrencyBYR, CurrencyUSD, CurrencyEUR, CurrencyEEK, CurrencyLTL, CurrencyAMD, CurrencyKGS, CurrencyMDL, CurrencyEGP, CurrencyCAD, CurrencyJPY, CurrencyTNB, CurrencyTRY, CurrencyAZN, CurrencyPLN, CurrencyILS, CurrencyCNY, CurrencyBGN, CurrencyGBP, CurrencyRUR, CurrencyUAH, CurrencyAUD, CurrencyGEL, CurrencyAED, CurrencyCHF, CurrencyKZT, CurrencyUZS, CurrencyTJS, CurrencyVND, CurrencyTMT, CurrencyMXN}

// MaxStockCurrencies is how many stock currencies an account may have.
const MaxStockCurrencies = 5

// StockCurrency is a currency the shop buys stock in: prices entered in it
// are converted at the central bank's rate (CBRate) or a manual one,
// shifted by ExchangeRatePercent.
type StockCurrency struct {
	ID   int64        `json:"id"`   // The id, from 1.
	Code CurrencyCode `json:"code"` // The currency.
	// Name is the currency's name ("Казахский тенге"); Unit its sign ("тг.").
	Name string `json:"name"`
	Unit string `json:"unit"` // The currency sign.
	// IsDefault marks the account's default stock currency.
	IsDefault bool `json:"is_default"`
	// ExchangeRateUseCB converts at the central bank's rate (CBRate); when
	// false, ExchangeRateManual applies.
	ExchangeRateUseCB bool `json:"exchange_rate_use_cb"`
	// ExchangeRateManual is the manual rate, nil when none was set.
	ExchangeRateManual *Decimal `json:"exchange_rate_manual"`
	// ExchangeRatePercent shifts the rate by this many percent ("10.0").
	ExchangeRatePercent Decimal `json:"exchange_rate_percent"`
	// CBRate is the central bank's rate.
	CBRate Decimal `json:"cb_rate"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a stock currency, keeping undeclared fields in Extra.
func (c *StockCurrency) UnmarshalJSON(b []byte) error {
	type plain StockCurrency
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// StockCurrencyCreate is the body of StockCurrencies.Create. An account
// holds at most MaxStockCurrencies.
type StockCurrencyCreate struct {
	// Code is the currency (required; one of the Currency constants).
	Code CurrencyCode `json:"code"`
	// IsDefault makes it the account's default currency (false by default).
	IsDefault *bool `json:"is_default,omitempty"`
	// ExchangeRateUseCB uses the central bank's rate (true by default); set
	// it false to use ExchangeRateManual.
	ExchangeRateUseCB *bool `json:"exchange_rate_use_cb,omitempty"`
	// ExchangeRateManual is the manual rate (positive).
	ExchangeRateManual *Decimal `json:"exchange_rate_manual,omitempty"`
	// ExchangeRatePercent shifts the rate by this many percent (0 by default).
	ExchangeRatePercent *Decimal `json:"exchange_rate_percent,omitempty"`
}

func (c *StockCurrencyCreate) validate() error {
	if err := checkCurrency(c.Code); err != nil {
		return err
	}
	return checkManualRate(c.ExchangeRateManual)
}

// StockCurrencyUpdate is the body of StockCurrencies.Update; nil fields are
// left as they are, and an update that sets nothing is refused.
type StockCurrencyUpdate struct {
	Code                *CurrencyCode `json:"code,omitempty"`                  // Changes the currency.
	IsDefault           *bool         `json:"is_default,omitempty"`            // Makes it the default.
	ExchangeRateUseCB   *bool         `json:"exchange_rate_use_cb,omitempty"`  // True: the central bank's rate; false: the manual one.
	ExchangeRateManual  *Decimal      `json:"exchange_rate_manual,omitempty"`  // The manual rate (positive).
	ExchangeRatePercent *Decimal      `json:"exchange_rate_percent,omitempty"` // Shifts the rate by this many percent.
}

func (c *StockCurrencyUpdate) validate() error {
	if c.Code == nil && c.IsDefault == nil && c.ExchangeRateUseCB == nil && c.ExchangeRateManual == nil && c.ExchangeRatePercent == nil {
		return errNothingToUpdate
	}
	if c.Code != nil {
		if err := checkCurrency(*c.Code); err != nil {
			return err
		}
	}
	return checkManualRate(c.ExchangeRateManual)
}

func checkCurrency(code CurrencyCode) error {
	if code == "" {
		return invalidf("code", "is required")
	}
	for _, c := range stockCurrencyCodes {
		if c == code {
			return nil
		}
	}
	names := make([]string, len(stockCurrencyCodes))
	for i, c := range stockCurrencyCodes {
		names[i] = string(c)
	}
	return invalidf("code", "must be one of %s", strings.Join(names, ", "))
}

// checkManualRate refuses a manual rate that is not positive.
func checkManualRate(manual *Decimal) error {
	if manual != nil && manual.Rat().Sign() <= 0 {
		return invalidf("exchange_rate_manual", "must be positive")
	}
	return nil
}

// StockCurrenciesAPI is the interface StockCurrenciesService satisfies, for mocks.
type StockCurrenciesAPI interface {
	List(ctx context.Context) ([]StockCurrency, error)
	Get(ctx context.Context, id int64) (*StockCurrency, error)
	Create(ctx context.Context, c *StockCurrencyCreate) (*StockCurrency, error)
	Update(ctx context.Context, id int64, c *StockCurrencyUpdate) (*StockCurrency, error)
}

var _ StockCurrenciesAPI = (*StockCurrenciesService)(nil)

// StockCurrenciesService manages the account's stock currencies:
// /admin/stock_currencies. The API documents no delete.
type StockCurrenciesService service

// List fetches every stock currency: GET /admin/stock_currencies.json (the
// whole list; the API documents no paging).
func (s *StockCurrenciesService) List(ctx context.Context) ([]StockCurrency, error) {
	return listAll[StockCurrency](ctx, (*service)(s), "/stock_currencies.json", nil)
}

// Get fetches a stock currency: GET /admin/stock_currencies/{id}.json.
func (s *StockCurrenciesService) Get(ctx context.Context, id int64) (*StockCurrency, error) {
	p, err := path("/stock_currencies/{stock_currency_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[StockCurrency](ctx, (*service)(s), p)
}

// Create adds a stock currency: POST /admin/stock_currencies.json.
func (s *StockCurrenciesService) Create(ctx context.Context, c *StockCurrencyCreate) (*StockCurrency, error) {
	return send[StockCurrency](ctx, (*service)(s), http.MethodPost, "/stock_currencies.json", "stock_currency", c)
}

// Update changes a stock currency: PUT /admin/stock_currencies/{id}.json.
func (s *StockCurrenciesService) Update(ctx context.Context, id int64, c *StockCurrencyUpdate) (*StockCurrency, error) {
	p, err := path("/stock_currencies/{stock_currency_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[StockCurrency](ctx, (*service)(s), http.MethodPut, p, "stock_currency", c)
}
