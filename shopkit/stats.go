package shopkit

import (
	"context"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// StatsMetric selects what GET /stats reports.
type StatsMetric string

// Stats metrics, as the 2025 docs list them.
const (
	StatsLive     StatsMetric = "live"
	StatsVisitors StatsMetric = "visitors"
	StatsOrders   StatsMetric = "orders"
	StatsResume   StatsMetric = "resume"
)

// Stats is the store's statistics for a date range. The 2025 docs show
// only the resume metric's answer, modelled here; other metrics' fields
// land in Extra. Documented outside the API documentation's examples:
// Shopkit's 2025 public docs.
type Stats struct {
	// DateStart and DateEnd are localized display text (" 2 de set.").
	DateStart                 string  `json:"date_start"`
	DateEnd                   string  `json:"date_end"`
	DateStartRaw              *Date   `json:"date_start_raw"`
	DateEndRaw                *Date   `json:"date_end_raw"`
	Sessions                  Int     `json:"sessions"`
	OrdersRevenue             Decimal `json:"orders_revenue"`
	OrdersCount               Int     `json:"orders_count"`
	ConversionRate            Decimal `json:"conversion_rate"`
	AbandonRate               Decimal `json:"abandon_rate"`
	DirectTraffic             Int     `json:"direct_traffic"`
	ReferralTraffic           Int     `json:"referral_traffic"`
	SearchTraffic             Int     `json:"search_traffic"`
	PercentageDirectTraffic   Decimal `json:"percentage_direct_traffic"`
	PercentageReferralTraffic Decimal `json:"percentage_referral_traffic"`
	PercentageSearchTraffic   Decimal `json:"percentage_search_traffic"`
	// WebsitesReferral and SearchKeywords are empty in the only example:
	// their items are kept as they arrive.
	WebsitesReferral    List[Extra] `json:"websites_referral"`
	ProductsSold        Decimal     `json:"products_sold"`
	OrderAvgValue       Decimal     `json:"order_avg_value"`
	SearchKeywords      List[Extra] `json:"search_keywords"`
	AbandonedTotalCarts Int         `json:"abandoned_total_carts"`
	AbandonedTotalItems Int         `json:"abandoned_total_items"`
	AbandonedCartTotal  Decimal     `json:"abandoned_cart_total"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *Stats) UnmarshalJSON(b []byte) error {
	type plain Stats
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

func (s *Stats) extraFields() Extra { return s.Extra }

// StatsOptions bound GET /stats to a date range; nil dates are not sent.
type StatsOptions struct {
	DateFrom *Date
	DateTo   *Date
}

type statsQuery struct {
	Metric StatsMetric `url:"metric"`
	From   string      `url:"date_from,omitempty"`
	To     string      `url:"date_to,omitempty"`
}

// StatsAPI is the interface StatsService implements.
type StatsAPI interface {
	Get(ctx context.Context, metric StatsMetric, opts *StatsOptions) (*Stats, error)
}

var _ StatsAPI = (*StatsService)(nil)

// StatsService handles GET /stats. Documented outside the API
// documentation's examples: Shopkit's 2025 public docs.
type StatsService service

// Get fetches the store's statistics: GET /stats?metric={metric} (the 2025
// docs' URI template; their curl puts the metric in the path, /stats/resume:
// the route is in routes.go). metric is one of StatsLive, StatsVisitors,
// StatsOrders, StatsResume. Documented outside the API documentation's
// examples: Shopkit's 2025 public docs.
func (s *StatsService) Get(ctx context.Context, metric StatsMetric, opts *StatsOptions) (*Stats, error) {
	if metric == "" {
		return nil, transport.Invalid("metric", "is required")
	}
	if err := oneOf("metric", string(metric), "live", "visitors", "orders", "resume"); err != nil {
		return nil, err
	}
	q := &statsQuery{Metric: metric}
	if opts != nil {
		if err := checkDates("date_from", opts.DateFrom, "date_to", opts.DateTo); err != nil {
			return nil, err
		}
		q.From, q.To = dateText(opts.DateFrom), dateText(opts.DateTo)
	}
	items, err := sendList[Stats](ctx, (*service)(s), routeStats.method, routeStats.path, q, nil)
	if err != nil {
		return nil, err
	}
	if len(items) != 1 {
		return nil, &DecodeError{Platform: "shopkit", Method: routeStats.method, URL: (*service)(s).errURL(routeStats.path, q), StatusCode: 200, Err: errNoItem}
	}
	return &items[0], nil
}
