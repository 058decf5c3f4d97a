package storefront

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// endpointCase is one endpoint's wire and decode test (see endpoints_gen_test.go).
type endpointCase struct {
	id, auth, method, path string
	inQuery, multipart     bool
	kind                   string
	status                 int
	call                   func(context.Context, *Client) (any, error)
	wire                   [][2]string // expected query or form pairs
	files                  [][3]string // field, filename, content
}

// recorded is what the test server saw.
type recorded struct {
	method, path, ctype, auth string
	query, form               url.Values
	files                     [][3]string
	count                     int
}

// recorder answers every request with status and body and records it.
func recorder(t *testing.T, status int, body string) (*httptest.Server, *recorded) {
	t.Helper()
	rec := &recorded{}
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		rec.count++
		rec.method, rec.path, rec.auth = r.Method, r.URL.EscapedPath(), r.Header.Get("Authorization")
		rec.ctype = r.Header.Get("Content-Type")
		rec.query = r.URL.Query()
		mt, params, _ := mime.ParseMediaType(rec.ctype)
		if mt == "multipart/form-data" {
			mr := multipart.NewReader(r.Body, params["boundary"])
			rec.form = url.Values{}
			for {
				p, err := mr.NextPart()
				if err != nil {
					break
				}
				b, _ := io.ReadAll(p)
				if p.FileName() != "" {
					rec.files = append(rec.files, [3]string{p.FormName(), p.FileName(), string(b)})
				} else {
					rec.form.Add(p.FormName(), string(b))
				}
			}
		} else {
			b, _ := io.ReadAll(r.Body)
			rec.form, _ = url.ParseQuery(string(b))
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv, rec
}

func loadExamples(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("testdata/examples.json")
	require.NoError(t, err)
	var m map[string]string
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

func pairs(v url.Values) [][2]string {
	var out [][2]string
	for k, vs := range v {
		for _, x := range vs {
			out = append(out, [2]string{k, x})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0]+"\x00"+out[i][1] < out[j][0]+"\x00"+out[j][1] })
	return out
}

func sorted(p [][2]string) [][2]string {
	out := append([][2]string(nil), p...)
	sort.Slice(out, func(i, j int) bool { return out[i][0]+"\x00"+out[i][1] < out[j][0]+"\x00"+out[j][1] })
	if out == nil {
		out = [][2]string{}
	}
	return out
}

const testToken = "tok-abcdef123456"

func TestEndpoints(t *testing.T) {
	examples := loadExamples(t)
	require.Len(t, endpointCases, 86)
	seen := map[string]bool{}
	for _, tc := range endpointCases {
		t.Run(tc.id, func(t *testing.T) {
			seen[tc.id] = true
			body := examples[tc.id]
			srv, rec := recorder(t, tc.status, body)
			c, err := NewClient(srv.URL, WithCustomerToken(testToken), WithRetry(0))
			require.NoError(t, err)
			got, err := tc.call(context.Background(), c)
			require.NoError(t, err)
			require.Equal(t, 1, rec.count)

			// The request on the wire.
			assert.Equal(t, tc.method, rec.method)
			assert.Equal(t, tc.path, rec.path)
			if tc.auth == "public" {
				assert.Empty(t, rec.auth, "a public endpoint must not carry the session")
			} else {
				assert.Equal(t, "Bearer "+testToken, rec.auth)
			}
			want := sorted(tc.wire)
			if tc.inQuery {
				assert.Equal(t, want, sorted(pairs(rec.query)))
			} else {
				assert.Empty(t, rec.query)
				assert.Equal(t, want, sorted(pairs(rec.form)))
				if tc.multipart {
					assert.True(t, strings.HasPrefix(rec.ctype, "multipart/form-data"), rec.ctype)
					assert.Equal(t, tc.files, rec.files)
				} else if tc.method == http.MethodGet || tc.method == http.MethodDelete {
					assert.Empty(t, rec.ctype, "no body on %s", tc.method)
				} else {
					assert.Equal(t, "application/x-www-form-urlencoded", rec.ctype)
				}
			}

			// The answer, member by member against the documentation example.
			if tc.kind == "empty" {
				assert.Nil(t, got)
				return
			}
			var ex any
			dec := json.NewDecoder(strings.NewReader(body))
			dec.UseNumber()
			require.NoError(t, dec.Decode(&ex))
			rv := reflect.ValueOf(got)
			if tc.kind == "envelope" {
				env := ex.(map[string]any)
				matchExample(t, "items", env["items"], rv.Elem().FieldByName("Items"))
				meta := env["_meta"].(map[string]any)
				for k, f := range map[string]string{"totalCount": "Total", "pageCount": "Pages", "currentPage": "Number", "perPage": "Size"} {
					matchExample(t, "_meta."+k, meta[k], rv.Elem().FieldByName(f))
				}
				return
			}
			matchExample(t, "$", ex, rv)
		})
	}
	assert.Len(t, seen, 86)
}

// matchExample checks that v holds the example ex, member by member: each
// member in the field of that json name, or in Extra when none declares it.
func matchExample(t *testing.T, path string, ex any, v reflect.Value) {
	t.Helper()
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			assert.True(t, emptyExample(ex), "%s: nil, example %v", path, ex)
			return
		}
		v = v.Elem()
	}
	typ := v.Type()
	if typ == reflect.TypeOf(json.RawMessage(nil)) {
		var got any
		if len(v.Bytes()) > 0 {
			d := json.NewDecoder(bytes.NewReader(v.Bytes()))
			d.UseNumber()
			require.NoError(t, d.Decode(&got), path)
		}
		assert.Equal(t, ex, got, path)
		return
	}
	if _, ok := v.Interface().(json.Marshaler); ok {
		b, err := json.Marshal(v.Interface())
		require.NoError(t, err, path)
		var got any
		d := json.NewDecoder(bytes.NewReader(b))
		d.UseNumber()
		require.NoError(t, d.Decode(&got), path)
		assert.Equal(t, scalar(ex), scalar(got), path)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		m, ok := ex.(map[string]any)
		require.True(t, ok, "%s: example %T is not an object", path, ex)
		for k, exv := range m {
			f, ok := fieldByJSON(v, k)
			if !ok {
				// Only what the API documentation leaves out may land in
				// Extra: a documented member must have its field (a
				// mistyped tag would otherwise pass through Extra).
				assert.True(t, strings.HasPrefix(k, "undocumented"), "%s.%s: a documented member has no field", path, k)
				extra := v.FieldByName("Extra")
				require.True(t, extra.IsValid(), "%s.%s: no field and no Extra", path, k)
				raw := extra.MapIndex(reflect.ValueOf(k))
				require.True(t, raw.IsValid(), "%s.%s: not kept in Extra", path, k)
				matchExample(t, path+"."+k, exv, raw)
				continue
			}
			matchExample(t, path+"."+k, exv, f)
		}
	case reflect.Slice:
		switch e := ex.(type) {
		case []any:
			require.Equal(t, len(e), v.Len(), path)
			for i := range e {
				matchExample(t, fmt.Sprintf("%s[%d]", path, i), e[i], v.Index(i))
			}
		case map[string]any:
			require.Equal(t, len(e), v.Len(), "%s: object as list", path)
		default:
			require.Equal(t, 1, v.Len(), "%s: a lone value as a list", path)
			matchExample(t, path+"[0]", ex, v.Index(0))
		}
	case reflect.Map:
		m, ok := ex.(map[string]any)
		require.True(t, ok, "%s: example %T is not an object", path, ex)
		require.Equal(t, len(m), v.Len(), path)
		for k, exv := range m {
			val := v.MapIndex(reflect.ValueOf(k).Convert(typ.Key()))
			require.True(t, val.IsValid(), "%s.%s missing", path, k)
			matchExample(t, path+"."+k, exv, val)
		}
	case reflect.String:
		assert.Equal(t, scalar(ex), v.String(), path)
	case reflect.Bool:
		assert.Equal(t, scalar(ex), strconv.FormatBool(v.Bool()), path)
	case reflect.Int, reflect.Int64, reflect.Int32:
		assert.Equal(t, scalar(ex), strconv.FormatInt(v.Int(), 10), path)
	case reflect.Float64:
		assert.Equal(t, scalar(ex), strconv.FormatFloat(v.Float(), 'f', -1, 64), path)
	default:
		t.Errorf("%s: unhandled kind %s", path, v.Kind())
	}
}

func fieldByJSON(v reflect.Value, name string) (reflect.Value, bool) {
	for i := 0; i < v.NumField(); i++ {
		tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
		if tag == name {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// scalar is the text of a JSON scalar, as the tolerant decoder reads it.
func scalar(x any) string {
	switch x := x.(type) {
	case nil:
		return ""
	case json.Number:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	case string:
		return x
	}
	return fmt.Sprint(x)
}

func emptyExample(ex any) bool {
	switch e := ex.(type) {
	case nil:
		return true
	case string:
		return e == "" || e == "null"
	case map[string]any:
		return len(e) == 0
	case []any:
		return len(e) == 0
	}
	return false
}
