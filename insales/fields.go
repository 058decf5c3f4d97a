package insales

import (
	"encoding/json"
	"strconv"
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

// IsZero reports whether no value was set.
func (v FieldInput) IsZero() bool { return len(v.raw) == 0 }

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
