package shopkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// Image holds an image's URLs in three sizes. It decodes the empty array
// [] (and null, "" or false) that the API sends where there is no image as
// an empty Image.
type Image struct {
	Thumb  string `json:"thumb"`
	Square string `json:"square"`
	Full   string `json:"full"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// IsZero reports whether the image has no URL and nothing else.
func (i Image) IsZero() bool {
	return i.Thumb == "" && i.Square == "" && i.Full == "" && len(i.Extra) == 0
}

// UnmarshalJSON implements json.Unmarshaler.
func (i *Image) UnmarshalJSON(b []byte) error {
	type plain Image
	b = bytes.TrimSpace(b)
	*i = Image{}
	switch {
	case len(b) == 0 || string(b) == "null" || string(b) == `""` || string(b) == "false":
		return nil
	case b[0] == '[':
		// [] where there is no image; a one-image list is read as that
		// image. The elements are kept raw: decoding them as Image would
		// recurse once per nesting level of [[[...]]], each level
		// rescanning the rest of the body (seconds for a few kilobytes).
		var l []json.RawMessage
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		if len(l) == 0 {
			return nil
		}
		if e := bytes.TrimSpace(l[0]); len(e) == 0 || e[0] != '{' {
			return fmt.Errorf("an image list holds %.20s, not an image object", e)
		}
		return flex.DecodeWithExtra(l[0], (*plain)(i), &i.Extra)
	}
	return flex.DecodeWithExtra(b, (*plain)(i), &i.Extra)
}

// Wishlist holds the storefront URLs that add an item to or remove it from
// the customer's wishlist.
type Wishlist struct {
	AddURL    string `json:"add_url"`
	RemoveURL string `json:"remove_url"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (w *Wishlist) UnmarshalJSON(b []byte) error {
	type plain Wishlist
	return flex.DecodeWithExtra(b, (*plain)(w), &w.Extra)
}

// StringOrFalse is a string field the API sends as false when it is unset
// (Product.video_embed_url). false, null and "" decode as ""; true as "true".
// It encodes as the string, or false when empty.
type StringOrFalse string

// UnmarshalJSON implements json.Unmarshaler.
func (s *StringOrFalse) UnmarshalJSON(b []byte) error {
	var v String
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if v == "false" && string(bytes.TrimSpace(b)) == "false" {
		v = ""
	}
	*s = StringOrFalse(v)
	return nil
}

// MarshalJSON implements json.Marshaler.
func (s StringOrFalse) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("false"), nil
	}
	return json.Marshal(string(s))
}
