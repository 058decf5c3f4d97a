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
	// Service is what was booked (a consultation, a class...).
	Service *Offering `json:"service"`
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
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes event details, keeping undeclared fields in Extra.
func (v *EventDetails) UnmarshalJSON(b []byte) error {
	type plain EventDetails
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// Operator is the person who runs the session.
type Operator struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an operator, keeping undeclared fields in Extra.
func (v *Operator) UnmarshalJSON(b []byte) error {
	type plain Operator
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// Offering is what a booking is for: what the API calls the booked
// "service" (a consultation, a class). It is named Offering so that it is
// not mistaken for one of this package's API services.
type Offering struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an offering, keeping undeclared fields in Extra.
func (v *Offering) UnmarshalJSON(b []byte) error {
	type plain Offering
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// BookingListOptions filters Bookings.List.
type BookingListOptions struct {
	// StartFrom and StartTo bound the session start time (inclusive; sent
	// as Unix seconds in from and to; zero means not sent).
	StartFrom time.Time `url:"from,unix,omitempty"`
	StartTo   time.Time `url:"to,unix,omitempty"`
	// EventID lists only the bookings of this event.
	EventID int64 `url:"eventId,omitempty"`
	ListOptions
}

func (o *BookingListOptions) validate() error {
	if err := optionalID("eventId", o.EventID); err != nil {
		return err
	}
	return timeRange("from", o.StartFrom, "to", o.StartTo)
}

// BookingsAPI is the bookings service; BookingsService implements it.
type BookingsAPI interface {
	List(ctx context.Context, opts *BookingListOptions) (*Page[Booking], error)
	All(ctx context.Context, opts *BookingListOptions) iter.Seq2[Booking, error]
}

var _ BookingsAPI = (*BookingsService)(nil)

// BookingsService lists booked sessions.
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
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
	return iterate(ctx, (*service)(s), o.ListOptions, func(ctx context.Context, lo ListOptions) (*Page[Booking], error) {
		o := o
		o.ListOptions = lo
		return s.List(ctx, &o)
	})
}

func (b *Booking) identified() bool { return b.ID != 0 }
