package mycashflow

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// The API wraps every answer in {"data": ...}. The envelopes below decode
// it in the one pass the transport makes over the body (no map of raw
// fields). The transport turns an error shape on a 2xx ({"error", ...},
// {"errors": {...}}) into an *APIError, as the envelopes declare neither
// member; a missing, null or empty data where an object is expected
// becomes a *DecodeError here, never a zero item with a nil error.

// itemEnvelope is an answer carrying one object.
type itemEnvelope[T any] struct {
	Data item[T] `json:"data"`
}

// item decodes the data object into a new T, refusing anything but a
// non-empty JSON object.
type item[T any] struct{ v *T }

func (it *item[T]) UnmarshalJSON(b []byte) error {
	if err := checkObject(b); err != nil {
		return err
	}
	it.v = new(T)
	return decodeModel(b, it.v)
}

// decodeModel decodes a valid JSON value into v, through v's own
// UnmarshalJSON when it has one (no second validation pass).
func decodeModel(b []byte, v any) error {
	if u, ok := v.(json.Unmarshaler); ok {
		return u.UnmarshalJSON(b)
	}
	return flex.Unmarshal(b, v)
}

// checkObject refuses a value that is not an object with at least one
// member: null, [], "", false, 0 and {} are not a resource.
func checkObject(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' {
		return fmt.Errorf("%s where an object is expected", describe(b))
	}
	if len(bytes.TrimSpace(b[1:len(b)-1])) == 0 {
		return errors.New("an empty object where the resource is expected")
	}
	return nil
}

// describe names the JSON type of a value for an error message, without
// quoting it (it may be long or hold what a server echoed).
func describe(b []byte) string {
	switch {
	case len(b) == 0:
		return "nothing"
	case b[0] == '[':
		return "an array"
	case b[0] == '"':
		return "a string"
	case b[0] == 'n':
		return "null"
	case b[0] == 't' || b[0] == 'f':
		return "a boolean"
	case b[0] == '{':
		return "an object"
	}
	return "a number"
}

// listBody is an answer carrying a list: {"data": [...], "meta": {...}};
// the sub-resource lists answer without meta.
type listBody[T any] struct {
	Data *List[elem[T]] `json:"data"`
	Meta *listMeta      `json:"meta"`
}

// elem is one list element: a non-empty object, like item.
type elem[T any] struct{ v T }

func (e *elem[T]) UnmarshalJSON(b []byte) error {
	if err := checkObject(b); err != nil {
		return err
	}
	return decodeModel(b, &e.v)
}

// values returns the elements' values.
func values[T any](es []elem[T]) []T {
	out := make([]T, len(es))
	for i := range es {
		out[i] = es[i].v
	}
	return out
}

// rowsBody is an answer whose data is an array of rows (the visibility
// and price updates).
type rowsBody[T any] struct {
	Data *T `json:"data"`
}

// notData is the *DecodeError of a 2xx answer without its data.
func (c *Client) notData(method, path string, resp *Response, what string) error {
	return &DecodeError{Platform: "mycashflow", Method: method, URL: c.errURL(path), StatusCode: resp.StatusCode,
		Err: errors.New(what), Body: resp.Body}
}

// errURL is the URL of a request for an error, without credentials or
// query.
func (c *Client) errURL(path string) string {
	p, _, _ := strings.Cut(path, "?")
	return transport.RedactURLString(c.tc.BaseURL() + p)
}

// fetchItem sends a request answered with one object and returns it.
func fetchItem[T any](ctx context.Context, c *Client, method, path string, body any) (*T, error) {
	var env itemEnvelope[T]
	resp, err := c.tc.Do(ctx, &transport.Request{Method: method, Path: path, Body: body}, &env)
	if err != nil {
		return nil, err
	}
	if env.Data.v == nil {
		return nil, c.notData(method, path, resp, `no "data" object in the response`)
	}
	return env.Data.v, nil
}

// fetchRows sends a request answered with an array of rows.
func fetchRows[T any](ctx context.Context, c *Client, method, path string, body any) (*T, error) {
	var env rowsBody[T]
	resp, err := c.tc.Do(ctx, &transport.Request{Method: method, Path: path, Body: body}, &env)
	if err != nil {
		return nil, err
	}
	if env.Data == nil {
		return nil, c.notData(method, path, resp, `no "data" rows in the response`)
	}
	return env.Data, nil
}
