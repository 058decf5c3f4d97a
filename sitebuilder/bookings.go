package sitebuilder

import (
	"context"
	"fmt"
	"iter"
	"time"
)

// Booking is a booked session of a scheduled event.
type Booking struct {
	ID      int64 `json:"id"`
	EventID int64 `json:"eventId"`
	// ContactID is the attendee's contact id.
	ContactID int64 `json:"contactId"`
	// Name and Email are the attendee's.
	Name  string `json:"name"`
	Email string `json:"email"`
	// Start and End bound the session (Unix seconds on the wire).
	Start     UnixTime      `json:"start"`
	End       UnixTime      `json:"end"`
	EventData *EventDetails `json:"eventData"`
	Operator  *Operator     `json:"operator"`
	Service   *Service      `json:"service"`
	// FormAnswers are the attendee's answers to the booking form.
	FormAnswers List[NameValue] `json:"formAnswers"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a booking, keeping undeclared fields in Extra.
func (b *Booking) UnmarshalJSON(data []byte) error {
	type plain Booking
	return decodeExtra(data, (*plain)(b), &b.Extra)
}

// EventDetails describes the booked event.
type EventDetails struct {
	Name     string `json:"name"`
	Location string `json:"location"`
}

// Operator is the person who runs the session.
type Operator struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

// Service is the service booked.
type Service struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// BookingListOptions filters Bookings.List.
type BookingListOptions struct {
	// From and To bound the session start time (inclusive).
	From time.Time `url:"from,unix,omitempty"`
	To   time.Time `url:"to,unix,omitempty"`
	// EventID lists only the bookings of this event.
	EventID int64 `url:"eventId,omitempty"`
	ListOptions
}

func (o *BookingListOptions) validate() error {
	if err := optionalID("eventId", o.EventID); err != nil {
		return err
	}
	return timeRange("from", o.From, "to", o.To)
}

// BookingsAPI is the bookings service; BookingsService implements it.
type BookingsAPI interface {
	List(ctx context.Context, opts *BookingListOptions) (*Page[Booking], error)
	All(ctx context.Context, opts *BookingListOptions) iter.Seq2[Booking, error]
}

var _ BookingsAPI = (*BookingsService)(nil)

// BookingsService lists booked sessions.
type BookingsService service

// String describes the service by its base URL, never its credentials.
func (s BookingsService) String() string { return (*service)(&s).String("BookingsService") }

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s BookingsService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// List fetches one page of bookings: GET /bookings.
func (s *BookingsService) List(ctx context.Context, opts *BookingListOptions) (*Page[Booking], error) {
	o := orZero(opts)
	return listPage[Booking](ctx, (*service)(s), "/bookings", o.ListOptions, &o)
}

// All iterates over every booking from opts on, page by page (GET /bookings).
func (s *BookingsService) All(ctx context.Context, opts *BookingListOptions) iter.Seq2[Booking, error] {
	o := orZero(opts)
	return iterate(ctx, o.ListOptions, func(ctx context.Context, lo ListOptions) (*Page[Booking], error) {
		o := o
		o.ListOptions = lo
		return s.List(ctx, &o)
	})
}
