package transport_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

type item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func handleItem(s *fakeapi.Server) {
	s.Handle("GET /v1/item/{id}", func(w http.ResponseWriter, r *http.Request) {
		fakeapi.WriteJSON(w, 200, map[string]any{"id": 7, "name": "item " + r.PathValue("id")})
	})
}

func TestAuthStrategiesOnTheWire(t *testing.T) {
	cases := []struct {
		name string
		auth transport.Auth
		hdr  string
		want string
	}{
		{"basic", transport.BasicAuth("login", "pass"), "Authorization", "Basic bG9naW46cGFzcw=="},
		{"header key", transport.HeaderKeyAuth("x-api-key", "k1"), "X-Api-Key", "k1"},
		{"bearer", transport.BearerAuth("tok"), "Authorization", "Bearer tok"},
		{"none", transport.NoAuth(), "Authorization", ""},
		{"nil", nil, "Authorization", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := fakeapi.New(fakeapi.Config{})
			defer s.Close()
			handleItem(s)
			c, err := transport.New(transport.Settings{BaseURL: s.URL + "/v1", Auth: tc.auth})
			require.NoError(t, err)
			_, err = c.Do(context.Background(), &transport.Request{Path: "/item/1"}, nil)
			require.NoError(t, err)
			got, _ := s.LastRequest()
			assert.Equal(t, tc.want, got.Header.Get(tc.hdr))
			assert.Equal(t, transport.DefaultUserAgent, got.Header.Get("User-Agent"))
			if tc.auth != nil {
				assert.NotContains(t, tc.auth.String(), "pass")
				assert.NotContains(t, tc.auth.String(), "k1")
				assert.NotContains(t, tc.auth.String(), "tok")
			}
		})
	}
}

func TestRequestBuilding(t *testing.T) {
	s := newFake(t)
	s.Handle("/", func(w http.ResponseWriter, r *http.Request) { fakeapi.WriteJSON(w, 200, map[string]any{}) })
	c, _ := newClient(t, s, transport.WithUserAgent("MyApp/1.0.1"))

	type filter struct {
		IDs    []int                `url:"ids,comma,omitempty"`
		Tags   []string             `url:"tag,brackets,omitempty"`
		Page   int                  `url:"page,omitempty"`
		Since  time.Time            `url:"updated_since,omitempty"`
		Fields transport.BracketMap `url:"filter,omitempty"`
	}
	q := &filter{IDs: []int{1, 2}, Tags: []string{"a b", "c"}, Page: 2,
		Since: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC), Fields: transport.BracketMap{"color": "red", "size": "L"}}
	path, err := transport.Path("/products/{id}/variants/{name}.json", 42, "a/b c")
	require.NoError(t, err)
	body := map[string]any{"title": "Mug", "price": json.Number("9.90")}
	_, err = c.Do(context.Background(), &transport.Request{
		Method: http.MethodPost, Path: path, Query: q, Body: body, BodyKey: "product",
		Header: http.Header{"X-Extra": {"1"}},
	}, nil)
	require.NoError(t, err)

	got, _ := s.LastRequest()
	assert.Equal(t, http.MethodPost, got.Method)
	assert.Equal(t, "/v1/products/42/variants/a/b c.json", got.Path) // decoded form of a%2Fb%20c
	assert.Equal(t, url.Values{
		"ids": {"1,2"}, "tag[]": {"a b", "c"}, "page": {"2"},
		"updated_since": {"2024-05-01T10:00:00Z"}, "filter[color]": {"red"}, "filter[size]": {"L"},
	}, got.Query)
	assert.JSONEq(t, `{"product":{"title":"Mug","price":9.90}}`, string(got.Body))
	assert.Equal(t, "application/json", got.Header.Get("Content-Type"))
	assert.Equal(t, "MyApp/1.0.1 ecomkit-go/"+transport.Version, got.Header.Get("User-Agent"), "the caller's product comes before the SDK's token")
	assert.Equal(t, "1", got.Header.Get("X-Extra"))

	// The escaped segment reaches the wire as one segment.
	reqs := s.Requests()
	assert.Len(t, reqs, 1)
}

func TestPathEscapingOnTheWire(t *testing.T) {
	var rawPath string
	s := newFake(t)
	s.Handle("/", func(w http.ResponseWriter, r *http.Request) {
		rawPath = r.URL.EscapedPath()
		w.WriteHeader(204)
	})
	c, _ := newClient(t, s)
	p, err := transport.Path("/customers/email/{email}", "a/b?c#d@x.test")
	require.NoError(t, err)
	_, err = c.Do(context.Background(), &transport.Request{Path: p}, nil)
	require.NoError(t, err)
	assert.Equal(t, "/v1/customers/email/a%2Fb%3Fc%23d@x.test", rawPath)
}

func TestPathRefusesTraversalAndMismatch(t *testing.T) {
	for _, bad := range []any{"..", ".", "", " "} {
		_, err := transport.Path("/product/{id}", bad)
		var fe *transport.FieldError
		require.ErrorAs(t, err, &fe, "arg %q", bad)
		assert.Equal(t, "id", fe.Field)
		assert.ErrorIs(t, err, transport.ErrInvalidInput)
	}
	_, err := transport.Path("/a/{x}/{y}", 1)
	assert.ErrorContains(t, err, "y")
	_, err = transport.Path("/a/{x}", 1, 2)
	assert.ErrorContains(t, err, "takes 1 parameters, got 2")
	_, err = transport.Path("/a/{x", 1)
	assert.ErrorContains(t, err, "unclosed")
	p, err := transport.Path("/x/{a}/", "..a")
	require.NoError(t, err)
	assert.Equal(t, "/x/..a/", p, "a trailing slash is kept only where the template has it")
}

func TestFormMultipartAndRawBodies(t *testing.T) {
	s := newFake(t)
	s.Handle("/", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	c, _ := newClient(t, s)
	ctx := context.Background()

	_, err := c.Do(ctx, &transport.Request{Method: "POST", Path: "/login", Form: url.Values{"email": {"a@b.c"}, "password": {"pw"}}}, nil)
	require.NoError(t, err)
	got, _ := s.LastRequest()
	assert.Equal(t, "application/x-www-form-urlencoded", got.Header.Get("Content-Type"))
	assert.Equal(t, "email=a%40b.c&password=pw", string(got.Body))

	_, err = c.Do(ctx, &transport.Request{Method: "POST", Path: "/media", Multipart: &transport.Multipart{
		Fields: []transport.FormField{{Name: "title", Value: "Logo"}},
		Files:  []transport.FilePart{{Field: "file", Filename: "logo.png", ContentType: "image/png", Content: strings.NewReader("PNGDATA")}},
	}}, nil)
	require.NoError(t, err)
	got, _ = s.LastRequest()
	req := &http.Request{Header: got.Header, Body: io.NopCloser(strings.NewReader(string(got.Body)))}
	require.NoError(t, req.ParseMultipartForm(1<<20))
	assert.Equal(t, "Logo", req.FormValue("title"))
	f, fh, err := req.FormFile("file")
	require.NoError(t, err)
	data, _ := io.ReadAll(f)
	assert.Equal(t, "PNGDATA", string(data))
	assert.Equal(t, "logo.png", fh.Filename)
	assert.Equal(t, "image/png", fh.Header.Get("Content-Type"))

	_, err = c.Do(ctx, &transport.Request{Method: "PUT", Path: "/bulk", Body: []byte(`[{"id":1}]`)}, nil)
	require.NoError(t, err)
	got, _ = s.LastRequest()
	assert.Equal(t, `[{"id":1}]`, string(got.Body))

	_, err = c.Do(ctx, &transport.Request{Method: "POST", Path: "/m", Multipart: &transport.Multipart{
		Files: []transport.FilePart{{Field: "file", Filename: "x"}}}}, nil)
	var fe *transport.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "file", fe.Field)
}

func TestResponsesDecodedAndUnwrapped(t *testing.T) {
	s := newFake(t)
	s.Handle("GET /v1/env", func(w http.ResponseWriter, r *http.Request) {
		fakeapi.WriteRaw(w, 200, []byte(`{"data":{"id":3,"name":"three"},"meta":{"page":1}}`))
	})
	s.Handle("GET /v1/nocontent", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	s.Handle("GET /v1/empty", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	s.Handle("GET /v1/html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<html>maintenance</html>")
	})
	c, _ := newClient(t, s)
	ctx := context.Background()

	var it item
	resp, err := c.Do(ctx, &transport.Request{Path: "/env", Unwrap: "data"}, &it)
	require.NoError(t, err)
	assert.Equal(t, item{ID: 3, Name: "three"}, it)
	assert.Contains(t, string(resp.Body), `"meta"`)
	assert.Equal(t, 1, resp.Attempts)

	_, err = c.Do(ctx, &transport.Request{Path: "/env", Unwrap: "items"}, &it)
	assert.ErrorIs(t, err, transport.ErrInvalidResponse)
	assert.ErrorContains(t, err, `no "items" field`)

	resp, err = c.Do(ctx, &transport.Request{Path: "/nocontent"}, &it)
	require.NoError(t, err)
	assert.Equal(t, 204, resp.StatusCode)

	_, err = c.Do(ctx, &transport.Request{Path: "/empty"}, &it)
	assert.ErrorIs(t, err, transport.ErrInvalidResponse, "an empty 200 is not a decoded value")
	_, err = c.Do(ctx, &transport.Request{Path: "/empty", AllowEmpty: true}, &it)
	assert.NoError(t, err)
	_, err = c.Do(ctx, &transport.Request{Path: "/empty"}, nil)
	assert.NoError(t, err, "nothing to decode, nothing missing")

	_, err = c.Do(ctx, &transport.Request{Path: "/html"}, &it)
	var de *transport.DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, 200, de.StatusCode)
	assert.Equal(t, "<html>maintenance</html>", string(de.Body))

	got, _, err := transport.Decode[item](ctx, c, &transport.Request{Path: "/env", Unwrap: "data"})
	require.NoError(t, err)
	assert.Equal(t, "three", got.Name)
}

func TestErrorShapesAndSentinels(t *testing.T) {
	cases := []struct {
		name    string
		status  int
		body    string
		message string
		fields  map[string][]string
		is      []error
		isNot   []error
	}{
		{"shopkit message", 404, `{"message":"Not found."}`, "Not found.", nil,
			[]error{transport.ErrNotFound}, []error{transport.ErrValidation, transport.ErrServer}},
		{"shopkit 409", 409, `{"message":"Already exists."}`, "Already exists.", nil, []error{transport.ErrConflict}, nil},
		{"shopkit 413", 413, `{"message":"Content Too Large"}`, "Content Too Large", nil, []error{transport.ErrTooLarge}, nil},
		{"shopkit 400", 400, `{"message":"Bad request."}`, "Bad request.", nil,
			[]error{transport.ErrBadRequest, transport.ErrValidation}, nil},
		{"mycashflow errors object", 422, `{"errors":{"name":["Name is required"],"price":["Too low","Not a number"]}}`,
			"validation failed", map[string][]string{"name": {"Name is required"}, "price": {"Too low", "Not a number"}},
			[]error{transport.ErrValidation}, []error{transport.ErrBadRequest}},
		{"mycashflow error description", 409, `{"error":"Cannot delete","description":"Group has customers"}`,
			"Cannot delete: Group has customers", nil, []error{transport.ErrConflict}, nil},
		{"sitebuilder success false", 401, `{"success":false,"message":"Invalid API key"}`, "Invalid API key", nil,
			[]error{transport.ErrUnauthorized}, nil},
		{"yii validation array", 422, `[{"field":"email","message":"Email is not valid."}]`, "validation failed",
			map[string][]string{"email": {"Email is not valid."}}, []error{transport.ErrValidation}, nil},
		{"yii error object", 403, `{"name":"Forbidden","message":"Login required","code":0,"status":403}`, "Login required", nil,
			[]error{transport.ErrForbidden}, nil},
		{"raw text", 500, `Internal failure`, "Internal Server Error", nil, []error{transport.ErrServer}, nil},
		{"rate limited", 429, `{}`, "Too Many Requests", nil, []error{transport.ErrRateLimited}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newFake(t)
			s.Handle("/", func(w http.ResponseWriter, r *http.Request) {
				fakeapi.WriteRaw(w, tc.status, []byte(tc.body))
			})
			c, _ := newClient(t, s, transport.WithRetry(0))
			_, err := c.Do(context.Background(), &transport.Request{Path: "/thing/1", Query: url.Values{"q": {"x"}}}, nil)
			var ae *transport.APIError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.status, ae.StatusCode)
			assert.Equal(t, tc.message, ae.Message)
			assert.Equal(t, tc.fields, ae.Fields)
			assert.Equal(t, tc.body, string(ae.Body))
			assert.Equal(t, "GET", ae.Method)
			assert.Equal(t, s.URL+"/v1/thing/1?q=x", ae.URL)
			assert.Contains(t, err.Error(), "testapi: GET")
			for _, target := range tc.is {
				assert.ErrorIs(t, err, target)
			}
			for _, target := range tc.isNot {
				assert.NotErrorIs(t, err, target)
			}
		})
	}
}

func TestAPIErrorStringListsFields(t *testing.T) {
	e := &transport.APIError{Platform: "p", Method: "POST", URL: "https://x/y", StatusCode: 422,
		Message: "validation failed", Fields: map[string][]string{"b": {"bad"}, "a": {"x", "y"}}}
	assert.Equal(t, "p: POST https://x/y: 422 Unprocessable Entity: validation failed (a: x, y; b: bad)", e.Error())
	e = &transport.APIError{Method: "GET", URL: "u", StatusCode: 404, Message: "Not Found."}
	assert.Equal(t, "GET u: 404 Not Found", e.Error(), "a message that only repeats the status is not repeated")
}

func TestRetryOn429HonoursRetryAfter(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.SetFaults(fakeapi.Faults{RateLimitEvery: 1, RetryAfter: 10 * time.Millisecond})
	var served atomic.Int32
	s.Handle("GET /v1/limited", func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		fakeapi.WriteJSON(w, 200, item{ID: 1})
	})
	// Every request is refused until the faults are cleared after the second.
	c, logs := newClient(t, s)
	go func() {
		for s.Count() < 2 {
			time.Sleep(time.Millisecond)
		}
		s.SetFaults(fakeapi.Faults{})
	}()
	var it item
	resp, err := c.Do(context.Background(), &transport.Request{Path: "/limited"}, &it)
	require.NoError(t, err)
	assert.Equal(t, 1, it.ID)
	assert.GreaterOrEqual(t, resp.Attempts, 3)
	assert.Equal(t, int32(1), served.Load())
	assert.Contains(t, logs.String(), "max_wait=10ms", "the wait is the server's Retry-After")
}

func TestRetryAfterBeyondBudgetStops(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.SetFaults(fakeapi.Faults{RateLimitEvery: 1, RetryAfter: time.Hour})
	c, _ := newClient(t, s, transport.WithRetryBudget(time.Second))
	_, err := c.Do(context.Background(), &transport.Request{Path: "/item/1"}, nil)
	var ae *transport.APIError
	require.ErrorAs(t, err, &ae)
	assert.ErrorIs(t, err, transport.ErrRateLimited)
	assert.Equal(t, time.Hour, ae.RetryAfter)
	assert.Equal(t, 1, s.Count(), "no retry when the server asks for longer than the budget")
}

func TestRetry503TwiceThenSuccess(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.SetFaults(fakeapi.Faults{FailFirst: 2})
	c, _ := newClient(t, s)
	var it item
	resp, err := c.Do(context.Background(), &transport.Request{Path: "/item/5"}, &it)
	require.NoError(t, err)
	assert.Equal(t, "item 5", it.Name)
	assert.Equal(t, 3, resp.Attempts)
	assert.Equal(t, 3, s.Count())
}

func TestRetriesAreBounded(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.SetFaults(fakeapi.Faults{FailFirst: 100, FailStatus: 502})
	c, _ := newClient(t, s, transport.WithRetry(2))
	_, err := c.Do(context.Background(), &transport.Request{Path: "/item/5"}, nil)
	assert.ErrorIs(t, err, transport.ErrServer)
	assert.Equal(t, 3, s.Count(), "one attempt and two retries")

	s.SetFaults(fakeapi.Faults{FailFirst: 100})
	c, _ = newClient(t, s, transport.WithRetry(0))
	_, err = c.Do(context.Background(), &transport.Request{Path: "/item/5"}, nil)
	assert.ErrorIs(t, err, transport.ErrServer)
	assert.Equal(t, 1, s.Count(), "WithRetry(0) sends once")
}

func TestPostIsNotRepeatedAfterServerError(t *testing.T) {
	for _, status := range []int{500, 502, 503, 504} {
		s := newFake(t)
		var created atomic.Int32
		s.Handle("POST /v1/order", func(w http.ResponseWriter, r *http.Request) {
			created.Add(1)
			fakeapi.WriteJSON(w, status, map[string]any{"message": "boom"})
		})
		c, _ := newClient(t, s)
		_, err := c.Do(context.Background(), &transport.Request{Method: "POST", Path: "/order", Body: map[string]int{"qty": 1}}, nil)
		assert.ErrorIs(t, err, transport.ErrServer)
		assert.Equal(t, int32(1), created.Load(), "POST answered %d must be sent exactly once", status)
	}
}

func TestPostRetriedOn429(t *testing.T) {
	s := newFake(t)
	var n atomic.Int32
	s.Handle("POST /v1/order", func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "0")
			fakeapi.WriteJSON(w, 429, map[string]any{"message": "slow down"})
			return
		}
		body, _ := io.ReadAll(r.Body)
		fakeapi.WriteRaw(w, 201, body)
	})
	c, _ := newClient(t, s)
	var out map[string]int
	_, err := c.Do(context.Background(), &transport.Request{Method: "POST", Path: "/order", Body: map[string]int{"qty": 2}}, &out)
	require.NoError(t, err)
	assert.Equal(t, int32(2), n.Load())
	assert.Equal(t, map[string]int{"qty": 2}, out, "the body is sent again in full on the retry")
}

func TestDroppedConnection(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.Handle("POST /v1/item", func(w http.ResponseWriter, r *http.Request) { fakeapi.WriteJSON(w, 201, item{ID: 9}) })
	s.SetFaults(fakeapi.Faults{DropEvery: 1})
	go func() {
		for s.Count() < 1 {
			time.Sleep(time.Millisecond)
		}
		s.SetFaults(fakeapi.Faults{})
	}()
	c, _ := newClient(t, s)
	var it item
	resp, err := c.Do(context.Background(), &transport.Request{Path: "/item/4"}, &it)
	require.NoError(t, err, "a GET whose connection dropped is retried")
	assert.Equal(t, "item 4", it.Name)
	assert.GreaterOrEqual(t, resp.Attempts, 2)

	s.SetFaults(fakeapi.Faults{DropEvery: 1})
	_, err = c.Do(context.Background(), &transport.Request{Method: "POST", Path: "/item", Body: item{Name: "x"}}, nil)
	var re *transport.RequestError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 1, s.Count(), "a POST whose connection dropped after sending may have been applied: not repeated")
	assert.Equal(t, 1, re.Attempts)
}

func TestPostRetriedWhenConnectionNeverMade(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close() // nothing listens: every dial is refused

	c, err := transport.New(transport.Settings{BaseURL: "http://" + addr, Auth: transport.HeaderKeyAuth("X-API-KEY", secretKey)},
		transport.WithRetryWait(time.Millisecond, 2*time.Millisecond), transport.WithRetry(2))
	require.NoError(t, err)
	_, err = c.Do(context.Background(), &transport.Request{Method: "POST", Path: "/order", Body: item{}}, nil)
	var re *transport.RequestError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 3, re.Attempts, "a refused dial never reached the server, so even a POST is retried")
	assert.Contains(t, err.Error(), "connection refused")
	assert.NotContains(t, err.Error(), secretKey)
}

func TestTruncatedBodyIsAnError(t *testing.T) {
	s := newFake(t)
	s.Handle("GET /v1/big", func(w http.ResponseWriter, r *http.Request) {
		fakeapi.WriteJSON(w, 200, map[string]any{"id": 1, "name": strings.Repeat("x", 200)})
	})
	s.SetFaults(fakeapi.Faults{TruncateEvery: 1})
	c, _ := newClient(t, s)
	var it item
	_, err := c.Do(context.Background(), &transport.Request{Path: "/big"}, &it)
	var de *transport.DecodeError
	require.ErrorAs(t, err, &de)
	assert.ErrorIs(t, err, transport.ErrInvalidResponse)
	assert.ErrorContains(t, err, "cut short")

	// Cut short without a Content-Length: the JSON itself is incomplete.
	s.SetFaults(fakeapi.Faults{})
	s.Handle("GET /v1/cut", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `{"id": 1, "name": "ab`)
	})
	_, err = c.Do(context.Background(), &transport.Request{Path: "/cut"}, &it)
	assert.ErrorIs(t, err, transport.ErrInvalidResponse)
	assert.ErrorContains(t, err, "unexpected end of JSON input")
}

func TestContextDeadlineEndsSlowRequest(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.SetFaults(fakeapi.Faults{Latency: time.Minute})
	c, _ := newClient(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := c.Do(ctx, &transport.Request{Path: "/item/1"}, nil)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	var re *transport.RequestError
	assert.ErrorAs(t, err, &re)

	c2, _ := newClient(t, s, transport.WithTimeout(20*time.Millisecond))
	_, err = c2.Do(context.Background(), &transport.Request{Path: "/item/1"}, nil)
	assert.ErrorIs(t, err, context.DeadlineExceeded, "WithTimeout bounds the call")
}

func TestCancelDuringBackoffStops(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.SetFaults(fakeapi.Faults{RateLimitEvery: 1, RetryAfter: 20 * time.Second})
	c, _ := newClient(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for s.Count() < 1 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	_, err := c.Do(ctx, &transport.Request{Path: "/item/1"}, nil)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, 1, s.Count())
}

func TestSecretsNeverInErrorsOrLogs(t *testing.T) {
	echo := func(w http.ResponseWriter, r *http.Request) {
		// A server that repeats the credentials it was sent.
		fakeapi.WriteJSON(w, 401, map[string]any{"message": "bad key " + r.Header.Get("X-API-KEY") + " / " + r.Header.Get("Authorization"),
			"errors": map[string][]string{"key": {r.Header.Get("X-API-KEY")}}})
	}
	scenarios := []struct {
		name   string
		faults fakeapi.Faults
		path   string
		method string
	}{
		{"echoing 401", fakeapi.Faults{}, "/echo?X-API-KEY=" + secretKey + "&token=" + secretKey, "GET"},
		{"429 then give up", fakeapi.Faults{RateLimitEvery: 1, RetryAfter: time.Millisecond}, "/item/1", "GET"},
		{"503 burst", fakeapi.Faults{FailFirst: 10}, "/item/1", "GET"},
		{"dropped", fakeapi.Faults{DropEvery: 1}, "/item/1", "GET"},
		{"dropped post", fakeapi.Faults{DropEvery: 1}, "/item", "POST"},
		{"truncated", fakeapi.Faults{TruncateEvery: 1}, "/item/1", "GET"},
		{"slow", fakeapi.Faults{Latency: time.Minute}, "/item/1", "GET"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			s := newFake(t)
			handleItem(s)
			s.Handle("GET /v1/echo", echo)
			s.SetFaults(sc.faults)
			for _, auth := range []transport.Auth{
				transport.HeaderKeyAuth("X-API-KEY", secretKey),
				transport.BasicAuth(secretUser, secretKey),
				transport.BearerAuth(secretKey),
			} {
				logs := &syncBuffer{}
				c, err := transport.New(transport.Settings{Platform: "p", BaseURL: s.URL + "/v1", Auth: auth},
					transport.WithRetryWait(time.Millisecond, 2*time.Millisecond), transport.WithTimeout(50*time.Millisecond),
					transport.WithLogger(newDebugLogger(logs)))
				require.NoError(t, err)
				var it item
				_, err = c.Do(context.Background(), &transport.Request{Method: sc.method, Path: sc.path}, &it)
				require.Error(t, err)
				for _, text := range []string{err.Error(), logs.String(), fmtAll(err)} {
					assert.NotContains(t, text, secretKey)
					assert.NotContains(t, text, "c2tfbGl2ZV9QTEFOVEVE") // base64 of the key's start, as in a Basic header
				}
				assert.NotEmpty(t, logs.String(), "the scenario was logged")
			}
		})
	}
}

func TestLogLinesCarryTheAttempt(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.SetFaults(fakeapi.Faults{FailFirst: 1})
	c, logs := newClient(t, s)
	_, err := c.Do(context.Background(), &transport.Request{Path: "/item/3", Query: url.Values{"token": {"abc"}}}, nil)
	require.NoError(t, err)
	out := logs.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], "level=INFO msg=\"http request will be retried\"")
	assert.Contains(t, lines[0], "status=503 attempt=1")
	for _, want := range []string{"level=DEBUG", "platform=testapi", "method=GET", "path=/v1/item/3", "status=200", "attempt=2", "duration="} {
		assert.Contains(t, lines[1], want)
	}
	assert.NotContains(t, out, "abc", "query strings are not logged")
}

func TestNoLoggerByDefault(t *testing.T) {
	// A client without WithLogger must not write to slog's default logger.
	var buf syncBuffer
	old := slogDefault()
	setSlogDefault(newDebugLogger(&buf))
	defer setSlogDefault(old)
	s := newFake(t)
	handleItem(s)
	c, err := transport.New(transport.Settings{BaseURL: s.URL + "/v1", Auth: transport.HeaderKeyAuth("X-API-KEY", secretKey)})
	require.NoError(t, err)
	_, err = c.Do(context.Background(), &transport.Request{Path: "/item/1"}, nil)
	require.NoError(t, err)
	assert.Empty(t, buf.String())
}

func TestOptionsValidated(t *testing.T) {
	cases := map[string]transport.Option{
		"base URL":     transport.WithBaseURL("ftp://x"),
		"HTTP client":  transport.WithHTTPClient(nil),
		"retries":      transport.WithRetry(-1),
		"retry wait":   transport.WithRetryWait(2*time.Second, time.Second),
		"retry budget": transport.WithRetryBudget(-1),
		"rate limit":   transport.WithRateLimit(0, time.Hour),
		"rate limiter": transport.WithRateLimiter(nil),
		"user agent":   transport.WithUserAgent("two\nlines"),
		"timeout":      transport.WithTimeout(-time.Second),
	}
	for field, opt := range cases {
		_, err := transport.New(transport.Settings{BaseURL: "https://api.example.test"}, opt)
		var fe *transport.FieldError
		require.ErrorAs(t, err, &fe, field)
		assert.Equal(t, field, fe.Field)
	}
	_, err := transport.New(transport.Settings{})
	assert.ErrorContains(t, err, "base URL")
	_, err = transport.New(transport.Settings{BaseURL: "not a url"})
	assert.ErrorContains(t, err, "base URL")
	c, err := transport.New(transport.Settings{BaseURL: "https://a.test/v1/"}, nil, transport.WithBaseURL("http://127.0.0.1:1/x/"))
	require.NoError(t, err)
	assert.Equal(t, "http://127.0.0.1:1/x", c.BaseURL(), "WithBaseURL wins and loses its trailing slash")
	_, err = c.Do(nil, &transport.Request{}, nil) //nolint:staticcheck // a nil context is refused, not a panic
	assert.ErrorIs(t, err, transport.ErrInvalidInput)
}

func TestConcurrentUse(t *testing.T) {
	s := newFake(t)
	handleItem(s)
	s.SetFaults(fakeapi.Faults{FailFirst: 5})
	c, _ := newClient(t, s, transport.WithRateLimit(1000, time.Second))
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var it item
			_, err := c.Do(context.Background(), &transport.Request{Path: "/item/1"}, &it)
			if err == nil && it.ID != 7 {
				err = errors.New("wrong item")
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
	assert.Equal(t, 45, s.Count())
}

func TestBodyCutShortIsRetriedForGETOnly(t *testing.T) {
	s := newFake(t)
	s.Handle("GET /v1/big", func(w http.ResponseWriter, r *http.Request) {
		fakeapi.WriteJSON(w, 200, map[string]any{"id": 1, "name": strings.Repeat("x", 200)})
	})
	s.Handle("POST /v1/big", func(w http.ResponseWriter, r *http.Request) {
		fakeapi.WriteJSON(w, 201, map[string]any{"id": 2, "name": strings.Repeat("x", 200)})
	})
	c, logs := newClient(t, s)

	s.SetFaults(fakeapi.Faults{TruncateEvery: 2}) // the 2nd request breaks off mid-body
	var it item
	_, err := c.Do(context.Background(), &transport.Request{Path: "/big"}, &it)
	require.NoError(t, err)
	resp, err := c.Do(context.Background(), &transport.Request{Path: "/big"}, &it)
	require.NoError(t, err, "the GET whose body broke off is sent again")
	assert.Equal(t, 2, resp.Attempts)
	assert.Equal(t, 1, it.ID)
	assert.Contains(t, logs.String(), "unexpected EOF")

	s.SetFaults(fakeapi.Faults{TruncateEvery: 1})
	_, err = c.Do(context.Background(), &transport.Request{Method: "POST", Path: "/big", Body: item{}}, &it)
	assert.ErrorIs(t, err, transport.ErrInvalidResponse)
	assert.Equal(t, 1, s.Count(), "a POST whose answer broke off was applied: not repeated")

	s.SetFaults(fakeapi.Faults{TruncateEvery: 1})
	_, err = c.Do(context.Background(), &transport.Request{Path: "/big"}, &it)
	assert.ErrorIs(t, err, transport.ErrInvalidResponse)
	assert.Equal(t, 4, s.Count(), "a body that always breaks off ends after the retries")
}

func TestRequireHTTPS(t *testing.T) {
	_, err := transport.New(transport.Settings{BaseURL: "http://shop.example.test/api", RequireHTTPS: true})
	var fe *transport.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "base URL", fe.Field)
	assert.ErrorContains(t, err, "must use https")

	c, err := transport.New(transport.Settings{BaseURL: "https://shop.example.test/api", RequireHTTPS: true},
		transport.WithBaseURL("http://127.0.0.1:8080"))
	require.NoError(t, err, "an explicit WithBaseURL may point at a plain-http fake")
	assert.Equal(t, "http://127.0.0.1:8080", c.BaseURL())
}

func TestWithValueCarriesPlatformOptions(t *testing.T) {
	type key struct{}
	add := func(n int) transport.Option {
		return transport.WithValue(key{}, func(old any) (any, error) {
			sum, _ := old.(int)
			if n < 0 {
				return nil, transport.Invalid("n", "must not be negative")
			}
			return sum + n, nil
		})
	}
	c, err := transport.New(transport.Settings{BaseURL: "https://x.test"}, add(2), transport.WithRetry(1), add(3))
	require.NoError(t, err)
	assert.Equal(t, 5, c.Value(key{}), "updates apply in order")

	_, err = transport.New(transport.Settings{BaseURL: "https://x.test"}, add(-1))
	var fe *transport.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "n", fe.Field)

	c, err = transport.New(transport.Settings{BaseURL: "https://x.test"})
	require.NoError(t, err)
	assert.Nil(t, c.Value(key{}))
}

// Real servers send numbers as strings and lists as {"0": ...}; a response
// decodes into plain Go types anyway.
func TestResponsesDecodeTolerantly(t *testing.T) {
	s := newFake(t)
	s.Handle("GET /v1/odd", func(w http.ResponseWriter, r *http.Request) {
		fakeapi.WriteRaw(w, 200, []byte(`{"data": {"id": "7", "name": 7, "tags": {"0": "a", "1": "b"}, "active": "1"}}`))
	})
	c, _ := newClient(t, s)
	var out struct {
		ID     int      `json:"id"`
		Name   string   `json:"name"`
		Tags   []string `json:"tags"`
		Active bool     `json:"active"`
	}
	_, err := c.Do(context.Background(), &transport.Request{Path: "/odd", Unwrap: "data"}, &out)
	require.NoError(t, err)
	assert.Equal(t, 7, out.ID)
	assert.Equal(t, "7", out.Name)
	assert.Equal(t, []string{"a", "b"}, out.Tags)
	assert.True(t, out.Active)

	var strict struct {
		ID int `json:"id"`
	}
	s.Handle("GET /v1/lossy", func(w http.ResponseWriter, r *http.Request) { fakeapi.WriteRaw(w, 200, []byte(`{"id": "7.5"}`)) })
	_, err = c.Do(context.Background(), &transport.Request{Path: "/lossy"}, &strict)
	assert.ErrorIs(t, err, transport.ErrInvalidResponse, "a value that would lose data is an error, not a guess")
}
