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

// EmailSubscriber is a subscriber of the store's e-mail newsletter.
type EmailSubscriber struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// Email is the subscribed address.
	Email string `json:"email"`
	// VersionID is the store version the subscription was made in.
	VersionID int64 `json:"version_id"`
	// Language is a language code, e.g. "en" or "fi".
	Language string `json:"language"`
	// Country is a country code, e.g. "fi".
	Country string `json:"country"`
	// SubscribedAt and UnsubscribedAt are the last (un)subscription times; zero when never.
	SubscribedAt   Time `json:"subscribed_at"`
	UnsubscribedAt Time `json:"unsubscribed_at"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a subscriber, keeping unknown fields in Extra.
func (e *EmailSubscriber) UnmarshalJSON(data []byte) error {
	type plain EmailSubscriber
	return flex.DecodeWithExtra(data, (*plain)(e), &e.Extra)
}

// EmailSubscriberListOptions filter and page EmailSubscribers.List and All.
type EmailSubscriberListOptions struct {
	ListOptions
	// UpdatedFrom and UpdatedTo bound the last update (inclusive; left out
	// when zero; sent as 2017-06-14T20:45:52+03:00; From after To is
	// refused before sending).
	UpdatedFrom time.Time `url:"updated_at-from,omitempty" layout:"2006-01-02T15:04:05-07:00"`
	UpdatedTo   time.Time `url:"updated_at-to,omitempty" layout:"2006-01-02T15:04:05-07:00"`
}

func (o *EmailSubscriberListOptions) validate() error {
	if err := o.ListOptions.validate(); err != nil {
		return err
	}
	return checkRange("updated_at", o.UpdatedFrom, o.UpdatedTo)
}

// EmailSubscriberCreate is the body of EmailSubscribers.Create; Email is required.
type EmailSubscriberCreate struct {
	// Email is the address to subscribe (required).
	Email string `json:"email"`
}

// EmailSubscribersAPI is the interface EmailSubscribersService satisfies, for mocks.
type EmailSubscribersAPI interface {
	List(ctx context.Context, opts *EmailSubscriberListOptions) (*Page[EmailSubscriber], error)
	All(ctx context.Context, opts *EmailSubscriberListOptions) iter.Seq2[EmailSubscriber, error]
	Create(ctx context.Context, in *EmailSubscriberCreate) (*EmailSubscriber, error)
}

var _ EmailSubscribersAPI = (*EmailSubscribersService)(nil)

// EmailSubscribersService manages the newsletter subscribers.
type EmailSubscribersService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *EmailSubscribersService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s EmailSubscribersService) String() string { return "mycashflow.EmailSubscribersService" }

// Format prints String for every verb.
func (s EmailSubscribersService) Format(f fmt.State, verb rune) {
	transport.FormatText(f, verb, s.String())
}

// List fetches one page of subscribers: GET /email-subscribers.
//
// Route key "email_subscribers.list" (see WithPaths).
func (s *EmailSubscribersService) List(ctx context.Context, opts *EmailSubscriberListOptions) (*Page[EmailSubscriber], error) {
	return list[EmailSubscriber](ctx, s.client(), "email_subscribers.list", opts)
}

// All iterates every subscriber, page by page: GET /email-subscribers.
//
// Route key "email_subscribers.list" (see WithPaths).
func (s *EmailSubscribersService) All(ctx context.Context, opts *EmailSubscriberListOptions) iter.Seq2[EmailSubscriber, error] {
	return all[EmailSubscriber](ctx, s.client(), "email_subscribers.list", opts)
}

// Create subscribes an e-mail address: POST /email-subscribers (path inferred).
//
// Route key "email_subscribers.create" (see WithPaths).
func (s *EmailSubscribersService) Create(ctx context.Context, in *EmailSubscriberCreate) (*EmailSubscriber, error) {
	if in == nil {
		return nil, invalidBody()
	}
	if err := check.Email("email", in.Email); err != nil {
		return nil, err
	}
	return call[EmailSubscriber](ctx, s.client(), http.MethodPost, "email_subscribers.create", in)
}
