package storefront

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const secretKey = "auth-KEY-9f8e7d6c5b4a"

func TestLoginKeepsSessionAndLogoutClearsIt(t *testing.T) {
	var mu sync.Mutex
	var auths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		auths = append(auths, r.Header.Get("Authorization"))
		mu.Unlock()
		switch r.URL.Path {
		case "/customers/login":
			_, _ = io.WriteString(w, `{"auth_key":"`+secretKey+`","id":7,"email":"a@example.com"}`)
		case "/customers/logout":
			_, _ = io.WriteString(w, `{"need_create_checkout":true}`)
		default:
			_, _ = io.WriteString(w, `{"id":7,"email":"a@example.com"}`)
		}
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL)
	require.NoError(t, err)
	ctx := context.Background()

	_, err = c.Customers.GetProfile(ctx)
	assert.ErrorIs(t, err, ErrInvalidInput, "a customer endpoint without a session is refused before sending")
	assert.Empty(t, auths)

	me, err := c.Customers.Login(ctx, &LoginParams{Email: "a@example.com", Password: "pw"})
	require.NoError(t, err)
	assert.Equal(t, Secret(secretKey), me.AuthKey)
	assert.Equal(t, Secret(secretKey), c.Session())
	_, err = c.Customers.GetProfile(ctx)
	require.NoError(t, err)
	out, err := c.Customers.Logout(ctx)
	require.NoError(t, err)
	assert.True(t, out.NeedCreateCheckout)
	assert.Equal(t, Secret(""), c.Session())
	_, err = c.Customers.GetProfile(ctx)
	assert.ErrorIs(t, err, ErrInvalidInput)
	assert.Equal(t, []string{"", "Bearer " + secretKey, "Bearer " + secretKey}, auths)
}

func TestTokenInQueryNeverLogged(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, secretKey, r.URL.Query().Get("access-token"))
		assert.Empty(t, r.Header.Get("Authorization"))
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"name":"Unauthorized","message":"Your request was made with invalid credentials: `+secretKey+`","code":0,"status":401}`)
	}))
	defer srv.Close()
	var logs bytes.Buffer
	for _, h := range []slog.Handler{slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}), slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})} {
		c, err := NewClient(srv.URL, WithCustomerToken(secretKey), WithTokenMode(TokenQuery), WithLogger(slog.New(h)), WithRetry(0))
		require.NoError(t, err)
		_, err = c.Orders.List(context.Background(), nil)
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrUnauthorized)
		var ae *APIError
		require.True(t, errors.As(err, &ae))
		assert.Equal(t, 401, ae.StatusCode)
		assert.NotContains(t, err.Error(), secretKey)
		assert.NotContains(t, string(ae.Body), secretKey)
		assert.NotContains(t, ae.URL, secretKey)
		assert.NotContains(t, fmt.Sprintf("%+v %#v", err, ae), secretKey)
		assert.Equal(t, Secret(secretKey), c.Session(), "a 401 clears nothing silently")
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
			assert.NotContains(t, fmt.Sprintf(verb, c), secretKey, verb)
			assert.NotContains(t, fmt.Sprintf(verb, *c), secretKey, verb)
			assert.NotContains(t, fmt.Sprintf(verb, c.Session()), secretKey, verb)
		}
		slog.New(h).Info("session", "key", c.Session(), "client", c)
	}
	assert.NotEmpty(t, logs.String())
	assert.NotContains(t, logs.String(), secretKey)
}

func TestBearerSecretScrubbedFromErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnprocessableEntity)
		_, _ = io.WriteString(w, `[{"field":"auth","message":"bad key `+secretKey+`"}]`)
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL, WithCustomerToken(secretKey), WithRetry(0))
	require.NoError(t, err)
	_, err = c.Orders.Cancel(context.Background(), 5, &OrderCancel{Note: "n", Reason: "r"})
	assert.ErrorIs(t, err, ErrValidation)
	var ae *APIError
	require.True(t, errors.As(err, &ae))
	assert.NotContains(t, fmt.Sprint(ae.Fields), secretKey)
	assert.NotContains(t, string(ae.Body), secretKey)
	assert.NotContains(t, err.Error(), secretKey)
	assert.Contains(t, fmt.Sprint(ae.Fields), "bad key REDACTED")
}

func TestAsCustomerViewsAreIndependent(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// echo who asked
		_, _ = io.WriteString(w, `{"id":1,"email":"`+strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")+`@example.com"}`)
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := fmt.Sprintf("key-%04d", i)
			v := c.AsCustomer(Secret(key))
			p, err := v.Customers.GetProfile(context.Background())
			if assert.NoError(t, err) {
				assert.Equal(t, key+"@example.com", p.Email)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, Secret(""), c.Session(), "views do not touch the client's own session")
	_, err = c.Customers.GetProfile(context.Background())
	assert.ErrorIs(t, err, ErrInvalidInput)
}

func TestAsCustomerIsCheap(t *testing.T) {
	c, err := NewClient("http://127.0.0.1:1")
	require.NoError(t, err)
	n := testing.AllocsPerRun(100, func() { _ = c.AsCustomer("k-123456") })
	assert.LessOrEqual(t, n, 2.0)
}

func TestWithCustomerTokenRefusesControlCharacters(t *testing.T) {
	_, err := NewClient("http://127.0.0.1:1", WithCustomerToken("a\nb"))
	assert.ErrorIs(t, err, ErrInvalidInput)
	assert.NotContains(t, err.Error(), "a\nb")
}

func TestZeroClientErrors(t *testing.T) {
	var c Client
	assert.Nil(t, c.Products)
	_, err := c.Do(context.Background(), &Request{Path: "/x"}, nil)
	assert.ErrorIs(t, err, ErrInvalidInput)
	var s *ProductsService
	_, err = s.Get(context.Background(), 1)
	assert.ErrorIs(t, err, ErrInvalidInput)
	_, err = NewClient("")
	assert.ErrorIs(t, err, ErrInvalidInput)
}

func TestBadInputRefusedBeforeSending(t *testing.T) {
	srv, rec := recorder(t, 200, `{}`)
	c, err := NewClient(srv.URL, WithCustomerToken("tok-1234"))
	require.NoError(t, err)
	ctx := context.Background()
	cases := map[string]func() error{
		"nil params":  func() error { _, err := c.Customers.Login(ctx, nil); return err },
		"bad email":   func() error { _, err := c.Customers.Login(ctx, &LoginParams{Email: "nope", Password: "x"}); return err },
		"no password": func() error { _, err := c.Customers.Login(ctx, &LoginParams{Email: "a@example.com"}); return err },
		"id":          func() error { _, err := c.Orders.Get(ctx, 0); return err },
		"quantity": func() error {
			_, err := c.Cart.AddItem(ctx, &CartItemParams{ProductID: 1, Quantity: 0, CartUUID: "u"})
			return err
		},
		"cart_uuid":   func() error { _, err := c.Cart.AddItem(ctx, &CartItemParams{ProductID: 1, Quantity: 1}); return err },
		"scenario":    func() error { _, err := c.Forms.SubmitContact(ctx, &ContactForm{Scenario: 3}); return err },
		"handle":      func() error { _, err := c.Collections.Get(ctx, ".."); return err },
		"empty token": func() error { _, err := c.Checkouts.Get(ctx, "", &CheckoutGetOptions{}); return err },
		"no files":    func() error { return c.Orders.UploadVerifyPaymentFiles(ctx, 1, &VerifyPaymentFiles{}) },
		"nil content": func() error {
			return c.Orders.UploadVerifyPaymentFiles(ctx, 1, &VerifyPaymentFiles{VerifyPaymentFile: []File{{Filename: "a"}}})
		},
		"negative lim": func() error { _, err := c.Orders.List(ctx, &OrderListOptions{Limit: -1}); return err },
		"nil ctx":      func() error { _, err := c.Products.Get(nil, 1); return err }, //nolint:staticcheck // the point of the test
	}
	for name, f := range cases {
		err := f()
		var fe *FieldError
		assert.True(t, errors.As(err, &fe), "%s: %v", name, err)
	}
	assert.Equal(t, 0, rec.count, "nothing was sent")
}

func TestUploadSizeLimit(t *testing.T) {
	srv, rec := recorder(t, 204, ``)
	c, err := NewClient(srv.URL, WithCustomerToken("tok-1234"))
	require.NoError(t, err)
	big := io.LimitReader(zeros{}, MaxUploadBytes+1)
	err = c.Orders.UploadVerifyPaymentFiles(context.Background(), 1, &VerifyPaymentFiles{VerifyPaymentFile: []File{{Filename: "big.bin", Content: big}}})
	var fe *FieldError
	require.True(t, errors.As(err, &fe), "%v", err)
	assert.Equal(t, "verify_payment_file[]", fe.Field)
	assert.Equal(t, 0, rec.count)
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestCredentialNeverFormatted(t *testing.T) {
	p := &LoginParams{Email: "a@example.com", Password: "hunter2-secret"}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		assert.NotContains(t, fmt.Sprintf(verb, p), "hunter2", verb)
		assert.NotContains(t, fmt.Sprintf(verb, *p), "hunter2", verb)
	}
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("x", "params", p, "pw", p.Password)
	assert.NotContains(t, logs.String(), "hunter2")
}

func TestUnreadableLoginAnswerHidesTheNewKey(t *testing.T) {
	srv, _ := recorder(t, 200, `{"auth_key":"`+secretKey+`","id":"not-a-number"}`)
	c, err := NewClient(srv.URL)
	require.NoError(t, err)
	_, err = c.Customers.Login(context.Background(), &LoginParams{Email: "a@example.com", Password: "pw"})
	var de *DecodeError
	require.True(t, errors.As(err, &de), "%v", err)
	assert.NotContains(t, string(de.Body), secretKey)
	assert.NotContains(t, fmt.Sprintf("%+v", err), secretKey)
	assert.Equal(t, Secret(""), c.Session(), "no session from an answer that could not be read")
}

func TestPlainHTTPOnlyForLoopback(t *testing.T) {
	_, err := NewClient("http://shop.example/api")
	assert.ErrorIs(t, err, ErrInvalidInput)
	for _, ok := range []string{"https://shop.example/api", "http://127.0.0.1:8080", "http://localhost:1/v1", "http://[::1]:9/"} {
		_, err := NewClient(ok)
		assert.NoError(t, err, ok)
	}
}

func TestCheckoutTokenScrubbedFromErrors(t *testing.T) {
	srv, _ := recorder(t, 404, `{"name":"Not Found","message":"No checkout chk-SECRET-42","code":0,"status":404}`)
	c, err := NewClient(srv.URL, WithRetry(0))
	require.NoError(t, err)
	_, err = c.Checkouts.Get(context.Background(), "chk-SECRET-42", &CheckoutGetOptions{})
	assert.ErrorIs(t, err, ErrNotFound)
	assert.NotContains(t, fmt.Sprintf("%+v", err), "chk-SECRET-42")
	var ae *APIError
	require.True(t, errors.As(err, &ae))
	assert.Contains(t, ae.URL, "/checkouts/REDACTED")
}

// A guest checkout token travels in the path; it stays out of the log lines
// as it stays out of errors.
func TestCheckoutTokenInPathNeverLogged(t *testing.T) {
	const token = "chk-7f3a9b2c4d5e6f708192"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotFound)
		_, _ = io.WriteString(w, `{"name":"Not Found","message":"checkout `+token+` not found","code":0,"status":404}`)
	}))
	defer srv.Close()
	var logs bytes.Buffer
	c, err := NewClient(srv.URL, WithLogger(slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))), WithRetry(0))
	require.NoError(t, err)
	_, err = c.Checkouts.Get(context.Background(), CheckoutToken(token), &CheckoutGetOptions{})
	require.ErrorIs(t, err, ErrNotFound)
	assert.NotContains(t, err.Error(), token)
	require.NotEmpty(t, logs.String())
	assert.NotContains(t, logs.String(), token)
}
