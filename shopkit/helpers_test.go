package shopkit_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

const testKey = "f4c3cfc9af72e01c60d8b5f0b47492b2ee467c0c"

// captured is one request as the test server saw it.
type captured struct {
	Method, Path, RawQuery string
	Header                 http.Header
	Body                   []byte
}

// wire is a test server answering every request with one canned response
// and recording what it received.
type wire struct {
	srv    *httptest.Server
	mu     sync.Mutex
	reqs   []captured
	status int
	body   []byte
	header http.Header
}

func newWire(t *testing.T, status int, body []byte, header ...string) (*shopkit.Client, *wire) {
	t.Helper()
	w := &wire{status: status, body: body, header: http.Header{}}
	for i := 0; i+1 < len(header); i += 2 {
		w.header.Set(header[i], header[i+1])
	}
	w.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.mu.Lock()
		w.reqs = append(w.reqs, captured{Method: r.Method, Path: r.URL.Path, RawQuery: r.URL.RawQuery, Header: r.Header.Clone(), Body: b})
		w.mu.Unlock()
		for k, v := range w.header {
			rw.Header()[k] = v
		}
		if len(w.body) > 0 {
			rw.Header().Set("Content-Type", "application/json")
		}
		rw.WriteHeader(w.status)
		_, _ = rw.Write(w.body)
	}))
	t.Cleanup(w.srv.Close)
	c, err := shopkit.NewClient(testKey, shopkit.WithBaseURL(w.srv.URL+"/v1"), shopkit.WithoutRateLimit(),
		shopkit.WithRetryWait(time.Millisecond, 2*time.Millisecond))
	require.NoError(t, err)
	return c, w
}

func (w *wire) requests() []captured {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]captured(nil), w.reqs...)
}

func (w *wire) last(t *testing.T) captured {
	t.Helper()
	r := w.requests()
	require.NotEmpty(t, r, "no request reached the server")
	return r[len(r)-1]
}

// assertRefused checks that call fails, without panicking, with a
// *FieldError naming field, and that no request reached the server.
func assertRefused(t *testing.T, field string, call func(c *shopkit.Client) error) {
	t.Helper()
	c, w := newWire(t, 200, []byte(`{}`))
	var err error
	require.NotPanics(t, func() { err = call(c) })
	var fe *shopkit.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, field, fe.Field)
	assert.ErrorIs(t, err, shopkit.ErrInvalidInput)
	assert.Empty(t, w.requests(), "nothing sent")
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	require.NoError(t, err)
	return b
}

// assertDeclared fails for every key of the JSON document that the Go type
// does not declare, at any depth, so no documented field is silently lost.
func assertDeclared(t *testing.T, doc []byte, v any) {
	t.Helper()
	var raw any
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	require.NoError(t, dec.Decode(&raw))
	var missing []string
	walkDeclared(raw, reflect.TypeOf(v), "$", &missing)
	require.Empty(t, missing, "JSON fields without a model field")
}

var rawMessageType = reflect.TypeOf(json.RawMessage(nil))

func walkDeclared(v any, t reflect.Type, at string, missing *[]string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == rawMessageType || t.Kind() == reflect.Interface {
		return
	}
	switch x := v.(type) {
	case []any:
		if t.Kind() == reflect.Slice {
			for _, e := range x {
				walkDeclared(e, t.Elem(), at+"[]", missing)
			}
		}
	case map[string]any:
		switch t.Kind() {
		case reflect.Map:
			for k, e := range x {
				walkDeclared(e, t.Elem(), at+"."+k, missing)
			}
		case reflect.Struct:
			fields := jsonFields(t)
			for k, e := range x {
				ft, ok := fields[strings.ToLower(k)]
				if !ok {
					*missing = append(*missing, at+"."+k)
					continue
				}
				walkDeclared(e, ft, at+"."+k, missing)
			}
		}
	}
}

func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" {
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[strings.ToLower(name)] = f.Type
	}
	return out
}

func dec(s string) shopkit.Decimal { return shopkit.MustDecimal(s) }

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}
