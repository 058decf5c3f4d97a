package insales

import (
	"net/url"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/check"
)

// content_common.go holds the checks the store-content resources share.

// Tag is a blog's or article's tag as the API answers it: {"title": "..."}.
type Tag struct {
	Title string `json:"title"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a tag, keeping undeclared fields in Extra.
func (t *Tag) UnmarshalJSON(b []byte) error {
	type plain Tag
	return decodeExtra(b, (*plain)(t), &t.Extra)
}

// checkAbsURL refuses a value that is not an absolute http(s) URL.
func checkAbsURL(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return invalidf(field, "is required")
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return invalidf(field, "must be an absolute http(s) URL")
	}
	return nil
}

// checkLocalPath refuses a redirect URL that is not a path on the shop.
func checkLocalPath(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return invalidf(field, "is required")
	}
	if !strings.HasPrefix(v, "/") || strings.HasPrefix(v, "//") {
		return invalidf(field, "must be a path starting with '/' (%q)", shortText(v))
	}
	return nil
}

// checkEmailText refuses a value that is not a bare e-mail address.
func checkEmailText(field, v string) error { return check.Email(field, v) }

func shortText(s string) string {
	if len(s) > 64 {
		return s[:64] + "..."
	}
	return s
}
