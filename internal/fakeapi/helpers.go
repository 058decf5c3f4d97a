package fakeapi

import (
	"bytes"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// WriteJSON writes v as JSON with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// WriteRaw writes a JSON document given as text.
func WriteRaw(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// ReadObject decodes the request body as a JSON object, keeping numbers as
// json.Number so their text survives.
func ReadObject(r *http.Request) (Object, error) {
	var o Object
	if err := decodeBody(r, &o); err != nil {
		return nil, err
	}
	if o == nil {
		return nil, fmt.Errorf("body is not a JSON object")
	}
	return o, nil
}

// ReadArray decodes the request body as a JSON array of objects.
func ReadArray(r *http.Request) ([]Object, error) {
	var a []Object
	if err := decodeBody(r, &a); err != nil {
		return nil, err
	}
	return a, nil
}

func decodeBody(r *http.Request, v any) error {
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r.Body); err != nil {
		return err
	}
	dec := json.NewDecoder(&buf)
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("invalid JSON body: %w", err)
	}
	return nil
}

// CheckBasic accepts requests with HTTP Basic user and password.
func CheckBasic(user, password string) func(*http.Request) bool {
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+password))
	return func(r *http.Request) bool { return equal(r.Header.Get("Authorization"), want) }
}

// CheckHeader accepts requests whose header name equals value.
func CheckHeader(name, value string) func(*http.Request) bool {
	return func(r *http.Request) bool { return equal(r.Header.Get(name), value) }
}

// CheckBearer accepts requests with "Authorization: Bearer token".
func CheckBearer(token string) func(*http.Request) bool {
	return CheckHeader("Authorization", "Bearer "+token)
}

func equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// QueryInt reads an integer query parameter, def when absent. ok is false
// when it is present but not an integer.
func QueryInt(r *http.Request, name string, def int) (n int, ok bool) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}

// PageSlice returns page number page (counting from first) of size items.
func PageSlice[T any](items []T, page, size, first int) []T {
	if size <= 0 || page < first {
		return nil
	}
	start := (page - first) * size
	return OffsetSlice(items, start, size)
}

// OffsetSlice returns up to limit items after skipping skip.
func OffsetSlice[T any](items []T, skip, limit int) []T {
	if skip < 0 || skip >= len(items) || limit <= 0 {
		return []T{}
	}
	end := skip + limit
	if end > len(items) {
		end = len(items)
	}
	return items[skip:end]
}

// PageCount returns how many pages of size hold total items.
func PageCount(total, size int) int {
	if size <= 0 {
		return 0
	}
	return (total + size - 1) / size
}

// EncodePayload is the body a fake's Deliver posts: a []byte or
// json.RawMessage as is, anything else encoded as JSON.
func EncodePayload(payload any) ([]byte, error) {
	switch p := payload.(type) {
	case []byte:
		return p, nil
	case json.RawMessage:
		return p, nil
	}
	return json.Marshal(payload)
}
