package transport

import (
	"bytes"
	"testing"
)

// Any error body, however malformed, becomes an APIError without a panic.
func FuzzParseErrorBody(f *testing.F) {
	for _, s := range []string{`{"message":"x"}`, `{"errors":{"a":["b"]}}`, `[{"field":"f","message":"m"}]`, `{"error":{"message":1}}`, `{"errors":[1,{"x":2}]}`, `nul`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e := &APIError{StatusCode: 400, Body: b}
		parseErrorBody(e)
		_ = e.Error()
	})
}

// Path never produces a traversal segment from its arguments.
func FuzzPath(f *testing.F) {
	for _, s := range []string{"42", "..", "a/b", "%2e%2e", "a?b#c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		p, err := Path("/x/{id}/y", arg)
		if err != nil {
			return
		}
		for _, seg := range splitPath(p) {
			if seg == ".." || seg == "." {
				t.Fatalf("Path(%q) = %q has a dot segment", arg, p)
			}
		}
	})
}

func splitPath(p string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(p); i++ {
		if i == len(p) || p[i] == '/' {
			out = append(out, p[start:i])
			start = i + 1
		}
	}
	return out
}

// The 2xx body rule never panics, and agrees with itself: a body it calls
// an error shape holds an error member, and checkObject refuses exactly
// the bodies that are not a non-empty object.
func FuzzBodyRule(f *testing.F) {
	for _, s := range []string{`{}`, `{`, `}`, `null`, `{"error":"x"}`, `{"success":false}`, `{"errors":[]}`, `{"a":{"error":1}}`, ` { } `, `{"x":"a:b"}`, `:`, `"error":`} {
		f.Add([]byte(s))
	}
	type target struct {
		ID int `json:"id"`
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = checkObject(b)
		if mayBeErrorBody(b) {
			_ = isErrorBody(b, &target{})
		} else if !bytes.ContainsRune(b, 0x5c) && isErrorBody(b, &target{}) { // an escaped key may hide from the pre-check
			t.Fatalf("mayBeErrorBody missed an error body: %q", b)
		}
	})
}
