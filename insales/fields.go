package insales

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// FieldInput is the value written to an additional product or variant field
// through *_field_values_attributes: TextValue("...") or NumberValue(12345).
// The API stores both and answers with what it was sent.
type FieldInput struct{ raw json.RawMessage }

// TextValue is a text value for an additional field.
func TextValue(s string) FieldInput {
	b, _ := json.Marshal(s)
	return FieldInput{raw: b}
}

// NumberValue is an integer value for an additional field.
func NumberValue(n int64) FieldInput {
	return FieldInput{raw: json.RawMessage(strconv.FormatInt(n, 10))}
}

// String returns the value as it is sent: a JSON text ("\"red\"") or
// number ("12345"); "" when unset.
func (v FieldInput) String() string { return string(v.raw) }

// IsZero reports whether no value was set.
func (v FieldInput) IsZero() bool { return len(v.raw) == 0 }

// UnmarshalJSON reads a text or an integer (a request body loaded from a
// file); null leaves the value unset. Anything else is refused.
func (v *FieldInput) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*v = FieldInput{}
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = TextValue(s)
		return nil
	}
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return errors.New("insales: a field value is a text or an integer")
	}
	*v = NumberValue(n)
	return nil
}

// MarshalJSON writes the value as given; an unset value is null.
func (v FieldInput) MarshalJSON() ([]byte, error) {
	if len(v.raw) == 0 {
		return []byte("null"), nil
	}
	return v.raw, nil
}

// FieldValueAttributes sets one additional field's value inside a product or
// variant write (product_field_values_attributes,
// variant_field_values_attributes), the field named by its handle.
type FieldValueAttributes struct {
	// Handle is the additional field's handle (required).
	Handle string `json:"handle"`
	// Value is the value to store.
	Value FieldInput `json:"value"`
}

func checkFieldValues(field string, vs []FieldValueAttributes) error {
	for i, v := range vs {
		if v.Handle == "" {
			return invalidf(field+"["+strconv.Itoa(i)+"].handle", "is required")
		}
		if v.Value.IsZero() {
			return invalidf(field+"["+strconv.Itoa(i)+"].value", "is required")
		}
	}
	return nil
}

// sendOK writes body (checked first) wrapped in key, or bare when key is
// empty, for calls whose documented answer is {"status": "ok"}.
func sendOK(ctx context.Context, s *service, method, p, key string, body validator) error {
	if err := s.ready(); err != nil {
		return err
	}
	if err := checkBody(body); err != nil {
		return err
	}
	return statusOK(ctx, s, &transport.Request{Method: method, Path: p, Body: body, BodyKey: key})
}

// checkHandle refuses a handle the API could not tell from an id: empty,
// all digits (the same route takes ids, so "12" would address field 12), or
// with a slash.
func checkHandle(field, handle string) error {
	switch {
	case strings.TrimSpace(handle) == "":
		return invalidf(field, "is required")
	case strings.Trim(handle, "0123456789") == "":
		return invalidf(field, "must not be all digits (the API reads it as an id): use the id methods")
	case strings.ContainsAny(handle, "/\\?#"):
		return invalidf(field, "must not contain '/', '\\', '?' or '#'")
	}
	return nil
}

// handlePath fills tmpl's ids (checked positive) and then its handle.
func handlePath(tmpl string, handle string, ids ...int64) (string, error) {
	names := placeholders(tmpl)
	if err := checkHandle(names[len(names)-1], handle); err != nil {
		return "", err
	}
	args := make([]any, 0, len(ids)+1)
	for i, id := range ids {
		if err := checkID(names[i], id); err != nil {
			return "", err
		}
		args = append(args, id)
	}
	return transport.Path(tmpl, append(args, handle)...)
}

// checkValue refuses a value pointer set to an unset FieldInput.
func checkValue(field string, v *FieldInput) error {
	if v != nil && v.IsZero() {
		return invalidf(field, "is required: build it with TextValue or NumberValue")
	}
	return nil
}

// checkIDs refuses an empty list and ids below 1.
func checkIDs(field string, ids []int64) error {
	if len(ids) == 0 {
		return invalidf(field, "is required")
	}
	for i, id := range ids {
		if err := checkID(field+"["+strconv.Itoa(i)+"]", id); err != nil {
			return err
		}
	}
	return nil
}

// checkText refuses a blank required text.
func checkText(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return invalidf(field, "is required")
	}
	return nil
}

// checkOptText refuses a set but blank text.
func checkOptText(field string, v *string) error {
	if v != nil {
		return checkText(field, *v)
	}
	return nil
}

// wireCatalogue sets the services of the catalogue's smaller resources.
func (c *Client) wireCatalogue(s *service) {
	c.OptionNames = (*OptionNamesService)(s)
	c.OptionValues = (*OptionValuesService)(s)
	c.Properties = (*PropertiesService)(s)
	c.Characteristics = (*CharacteristicsService)(s)
	c.ProductFields = (*ProductFieldsService)(s)
	c.ProductFieldValues = (*ProductFieldValuesService)(s)
	c.VariantFields = (*VariantFieldsService)(s)
	c.VariantFieldValues = (*VariantFieldValuesService)(s)
	c.Similars = (*SimilarsService)(s)
	c.Supplementaries = (*SupplementariesService)(s)
	c.PriceKinds = (*PriceKindsService)(s)
	c.StockCurrencies = (*StockCurrenciesService)(s)
}
