package mycashflow

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// GiftCard is a gift card; its code is its identifier.
type GiftCard struct {
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// ExpiresAt is the day at whose 0:00 the card expires.
	ExpiresAt Date `json:"expires_at"`
	// Code identifies the card (as in GiftCards.Get).
	Code string `json:"code"`
	// Notes are internal notes.
	Notes string `json:"notes"`
	// Balance is in euros.
	Balance Decimal `json:"balance"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a gift card, keeping unknown fields in Extra.
func (g *GiftCard) UnmarshalJSON(data []byte) error {
	type plain GiftCard
	return flex.DecodeWithExtra(data, (*plain)(g), &g.Extra)
}

// GiftCardListOptions page and sort GiftCards.List and All.
type GiftCardListOptions = ListOptions

// GiftCardCreate is the body of GiftCards.Create; every field is optional
// and a code is generated when Code is empty.
type GiftCardCreate struct {
	// ExpiresAt must be in the future.
	ExpiresAt *Date `json:"expires_at,omitempty"`
	// Code is the card code (optional: generated when empty).
	Code string `json:"code,omitempty"`
	// Notes are internal notes (optional).
	Notes string `json:"notes,omitempty"`
	// Balance is the card's value in euros (>= 0; optional).
	Balance *Decimal `json:"balance,omitempty"`
}

// GiftCardUpdate is the body of GiftCards.Update: only the fields set
// (non-nil) are sent. Changing Code changes the card's identifier.
// An update that sets nothing is refused before sending (body: nothing
// to update).
type GiftCardUpdate struct {
	// ExpiresAt is the day at whose 0:00 the card expires (in the future).
	ExpiresAt *Date `json:"expires_at,omitempty"`
	// Code gives the card a new code; it must not be blank.
	Code *string `json:"code,omitempty"`
	// Notes are internal notes.
	Notes *string `json:"notes,omitempty"`
	// Balance is the card's value in euros (>= 0).
	Balance *Decimal `json:"balance,omitempty"`
}

// checkExpiry refuses an expiry day that is not in the future, as the API does.
func checkExpiry(d *Date, now time.Time) error {
	if d == nil {
		return nil
	}
	// Compare calendar days as sent (the day in d's own zone), not instants:
	// today at midnight in a zone west of UTC is still today.
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	y, m, day := d.Date()
	if !time.Date(y, m, day, 0, 0, 0, 0, time.UTC).After(today) {
		return transport.Invalid("expires_at", "must be after today, got %s", d.String())
	}
	return nil
}

func checkBalance(b *Decimal) error {
	if b != nil && b.Rat().Sign() < 0 {
		return transport.Invalid("balance", "must not be negative, got %s", b.String())
	}
	return nil
}

// GiftCardsAPI is the interface GiftCardsService satisfies, for mocks.
type GiftCardsAPI interface {
	List(ctx context.Context, opts *GiftCardListOptions) (*Page[GiftCard], error)
	All(ctx context.Context, opts *GiftCardListOptions) iter.Seq2[GiftCard, error]
	Create(ctx context.Context, in *GiftCardCreate) (*GiftCard, error)
	Get(ctx context.Context, code string) (*GiftCard, error)
	Update(ctx context.Context, code string, in *GiftCardUpdate) (*GiftCard, error)
}

var _ GiftCardsAPI = (*GiftCardsService)(nil)

// GiftCardsService manages gift cards.
type GiftCardsService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *GiftCardsService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s GiftCardsService) String() string { return "mycashflow.GiftCardsService" }

// Format prints String for every verb.
func (s GiftCardsService) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, s.String()) }

// List fetches one page of gift cards: GET /gift-cards (path inferred).
//
// Route key "gift_cards.list" (see WithPaths).
func (s *GiftCardsService) List(ctx context.Context, opts *GiftCardListOptions) (*Page[GiftCard], error) {
	return list[GiftCard](ctx, s.client(), "gift_cards.list", opts)
}

// All iterates every gift card, page by page: GET /gift-cards (path inferred).
//
// Route key "gift_cards.list" (see WithPaths).
func (s *GiftCardsService) All(ctx context.Context, opts *GiftCardListOptions) iter.Seq2[GiftCard, error] {
	return all[GiftCard](ctx, s.client(), "gift_cards.list", opts)
}

// Create adds a gift card: POST /gift-cards (path inferred).
//
// Route key "gift_cards.create" (see WithPaths).
func (s *GiftCardsService) Create(ctx context.Context, in *GiftCardCreate) (*GiftCard, error) {
	if in == nil {
		return nil, invalidBody()
	}
	if err := checkExpiry(in.ExpiresAt, time.Now()); err != nil {
		return nil, err
	}
	if err := checkBalance(in.Balance); err != nil {
		return nil, err
	}
	return call[GiftCard](ctx, s.client(), http.MethodPost, "gift_cards.create", in)
}

// Get fetches a gift card by its code: GET /gift-cards/{giftCardCode} (path inferred).
//
// Route key "gift_cards.get" (see WithPaths).
func (s *GiftCardsService) Get(ctx context.Context, code string) (*GiftCard, error) {
	if err := checkSegment("code", code); err != nil {
		return nil, err
	}
	return call[GiftCard](ctx, s.client(), http.MethodGet, "gift_cards.get", nil, code)
}

// Update changes the fields set in in: PATCH /gift-cards/{giftCardCode}
// (path inferred).
//
// Route key "gift_cards.update" (see WithPaths).
func (s *GiftCardsService) Update(ctx context.Context, code string, in *GiftCardUpdate) (*GiftCard, error) {
	if err := checkSegment("code", code); err != nil {
		return nil, err
	}
	if err := checkUpdate(in); err != nil {
		return nil, err
	}
	if err := check.NotBlank("code", in.Code); err != nil {
		return nil, err
	}
	if err := checkExpiry(in.ExpiresAt, time.Now()); err != nil {
		return nil, err
	}
	if err := checkBalance(in.Balance); err != nil {
		return nil, err
	}
	return call[GiftCard](ctx, s.client(), http.MethodPatch, "gift_cards.update", in, code)
}
