package sitebuilder

import (
	"context"
	"fmt"

	"github.com/ecomkit/ecomkit-go/internal/check"
)

// SubscriberList is an email-marketing list.
type SubscriberList struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	// Created is when the list was created (Unix seconds on the wire).
	Created UnixTime `json:"created"`
	// Subscribers is the number of subscribers.
	Subscribers int64 `json:"subscribers"`
	// Opens and Clicks are rates between 0 and 1 (0.85 is 85%).
	Opens  Decimal `json:"opens"`
	Clicks Decimal `json:"clicks"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a subscriber list, keeping undeclared fields in Extra.
func (l *SubscriberList) UnmarshalJSON(b []byte) error {
	type plain SubscriberList
	return decodeExtra(b, (*plain)(l), &l.Extra)
}

// SubscriberListCreate is the body of SubscriberLists.Create; Name is
// required.
type SubscriberListCreate struct {
	// Name is the list's name (required), e.g. "Newsletter".
	Name string `json:"name"`
}

func (l *SubscriberListCreate) validate() error { return check.Required("name", l.Name) }

// SubscriberListUpdate is the body of SubscriberLists.Update: the list's
// new name (required by the API documentation).
type SubscriberListUpdate struct {
	// Name is the list's new name.
	Name *string `json:"name,omitempty"`
}

func (l *SubscriberListUpdate) validate() error {
	if err := nothingToUpdate(l); err != nil {
		return err
	}
	return check.Required("name", *l.Name)
}

// SubscriberListsAPI is the subscriber lists service; SubscriberListsService implements it.
type SubscriberListsAPI interface {
	Create(ctx context.Context, l *SubscriberListCreate) (*SubscriberList, error)
	Update(ctx context.Context, id int64, l *SubscriberListUpdate) (*SubscriberList, error)
	List(ctx context.Context) ([]SubscriberList, error)
	Get(ctx context.Context, id int64) (*SubscriberList, error)
	Delete(ctx context.Context, id int64) error
}

var _ SubscriberListsAPI = (*SubscriberListsService)(nil)

// SubscriberListsService manages subscriber lists. List, Get and Delete
// are documented outside the API documentation's examples (public copies
// of the vendor's docs).
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
type SubscriberListsService service

// String describes the service by its base URL, never its credentials.
func (s SubscriberListsService) String() string {
	return (*service)(&s).String("SubscriberListsService")
}

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s SubscriberListsService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// Create creates a subscriber list: POST /subscriber-lists.
func (s *SubscriberListsService) Create(ctx context.Context, l *SubscriberListCreate) (*SubscriberList, error) {
	return post[SubscriberList](ctx, (*service)(s), "/subscriber-lists", nil, l)
}

// Update renames a subscriber list: PUT /subscriber-lists/{id}.
func (s *SubscriberListsService) Update(ctx context.Context, id int64, l *SubscriberListUpdate) (*SubscriberList, error) {
	return putByID[SubscriberList](ctx, (*service)(s), "/subscriber-lists/{id}", id, l)
}

func (l *SubscriberList) identified() bool { return l.ID != 0 }
