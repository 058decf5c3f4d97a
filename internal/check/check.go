// Package check holds the input checks every platform package runs before
// sending a request, so that input the API docs say the server would refuse
// becomes a *transport.FieldError naming the field, never a request.
package check

import (
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Required refuses an empty or blank required text field.
func Required(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return transport.Invalid(field, "is required")
	}
	return nil
}

// NotBlank refuses an update that sets a required text field to blank; nil
// (not sent) passes.
func NotBlank(field string, v *string) error {
	if v != nil && strings.TrimSpace(*v) == "" {
		return transport.Invalid(field, "must not be blank (leave it nil to keep the current value)")
	}
	return nil
}

// Email refuses a missing address and anything that is not a bare address
// such as "ann@example.org" (no display name, no blanks).
func Email(field, v string) error {
	if err := Required(field, v); err != nil {
		return err
	}
	a, err := mail.ParseAddress(v)
	if err != nil || a.Address != v {
		return transport.Invalid(field, "is not a valid e-mail address")
	}
	return nil
}

// OptionalEmail is Email for a field that may be left empty.
func OptionalEmail(field, v string) error {
	if v == "" {
		return nil
	}
	return Email(field, v)
}

// ID refuses an identifier below 1.
func ID(field string, id int64) error {
	if id < 1 {
		return transport.Invalid(field, "must be a positive id, got %d", id)
	}
	return nil
}

// IDs refuses a non-positive id in a list such as ids=1,2, naming its index.
func IDs(field string, ids []int64) error {
	for i, id := range ids {
		if err := ID(fmt.Sprintf("%s[%d]", field, i), id); err != nil {
			return err
		}
	}
	return nil
}

// OneOf refuses a value that is not one of the documented choices; ""
// (not set) passes.
func OneOf(field, v string, choices ...string) error {
	if v != "" && !slices.Contains(choices, v) {
		return transport.Invalid(field, "must be one of %s, got %q", strings.Join(choices, ", "), v)
	}
	return nil
}

// Ordered refuses a range whose end comes before its start; a zero bound
// (not set) passes. The end is named as the offending field.
func Ordered(fromField string, from time.Time, toField string, to time.Time) error {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return transport.Invalid(toField, "%s is before %s %s", to.Format(time.RFC3339), fromField, from.Format(time.RFC3339))
	}
	return nil
}
