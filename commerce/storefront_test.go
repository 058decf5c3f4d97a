package commerce_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/storefront"
	"github.com/ecomkit/ecomkit-go/storefront/storefronttest"
)

// storefrontFake starts the storefront fake with a signed-up customer and
// returns the fake, the customer's client and a Store over it.
func storefrontFake(t *testing.T, opts ...storefronttest.Option) (*storefronttest.Server, *storefront.Client, *storefront.AuthenticatedCustomer, commerce.Store) {
	t.Helper()
	srv := storefronttest.NewServer(opts...)
	t.Cleanup(srv.Close)
	c := srv.Client()
	me, err := c.Customers.SignUp(context.Background(), &storefront.SignUpParams{Username: "ada", Email: "ada@example.com", Password: "pass-word-1", Subscribe: true})
	require.NoError(t, err)
	st, err := commerce.NewStorefront(c)
	require.NoError(t, err)
	return srv, c, me, st
}

// storefrontServer serves fixed bodies by path ("/orders/5"), answering
// the Date header date (the server's clock, for the Changes horizon); the
// fake cannot serve these bodies (its GET /products answers only the API
// documentation's example, and its orders are its own). It records the
// requests' paths and queries.
type storefrontServer struct {
	mu     sync.Mutex
	bodies map[string]string
	date   time.Time
	seen   []string
}

func (s *storefrontServer) set(path, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bodies[path] = body
}

func (s *storefrontServer) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.seen...)
}

func storefrontServe(t *testing.T, date time.Time, opts ...storefront.Option) (*storefrontServer, *storefront.Client) {
	t.Helper()
	s := &storefrontServer{bodies: map[string]string{}, date: date}
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		key := r.URL.Path
		if p := r.URL.Query().Get("page"); p != "" && p != "1" {
			key += "?page=" + p
		}
		body, ok := s.bodies[key]
		s.seen = append(s.seen, r.URL.RequestURI())
		s.mu.Unlock()
		w.Header().Set("Date", s.date.UTC().Format(http.TimeFormat))
		w.Header().Set("Content-Type", "application/json")
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"name":"Not Found","message":"Page not found.","code":0,"status":404}`))
			return
		}
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(hs.Close)
	all := append([]storefront.Option{storefront.WithoutRateLimit(), storefront.WithRetry(0)}, opts...)
	c, err := storefront.NewClient(hs.URL, all...)
	require.NoError(t, err)
	return s, c
}

func storefrontTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "storefront", name))
	require.NoError(t, err)
	return string(b)
}

func storefrontDec(t *testing.T, want string, got *ecomkit.Decimal, msg string) {
	t.Helper()
	if assert.NotNil(t, got, msg) {
		assert.Equal(t, want, got.String(), msg)
	}
}

func storefrontIsUnsupported(t *testing.T, err error, res commerce.Resource, op commerce.Op) {
	t.Helper()
	require.ErrorIs(t, err, commerce.ErrUnsupported)
	var ue *commerce.UnsupportedError
	require.True(t, errors.As(err, &ue))
	assert.Equal(t, commerce.Storefront, ue.Platform)
	assert.Equal(t, res, ue.Resource)
	assert.Equal(t, op, ue.Op)
	assert.NotEmpty(t, ue.Reason)
}

func TestStorefrontNewRefusesNilClient(t *testing.T) {
	st, err := commerce.NewStorefront(nil)
	assert.Nil(t, st)
	var fe *ecomkit.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, &ecomkit.FieldError{Field: "client", Problem: "must not be nil"}, fe)

	c, err := storefront.NewClient("https://api.shop.example/v1")
	require.NoError(t, err)
	st, err = commerce.NewStorefront(c, commerce.WithClock(nil), nil)
	require.NoError(t, err)
	assert.Equal(t, commerce.Storefront, st.Platform())
}

// ---- orders ----

func TestStorefrontOrdersGetAndAllFromTheFake(t *testing.T) {
	srv, _, _, st := storefrontFake(t)
	ctx := context.Background()
	a := srv.AddOrder("ada@example.com", 4900)
	b := srv.AddOrder("ada@example.com", 12900)
	srv.AddOrder("someone@example.com", 100) // not Ada's

	var got []commerce.Order
	for o, err := range st.Orders().All(ctx) {
		require.NoError(t, err)
		got = append(got, o)
	}
	require.Len(t, got, 2)
	assert.Equal(t, []int64{a, b}, []int64{got[0].ID, got[1].ID})
	last, ok := srv.LastRequest()
	require.True(t, ok)
	assert.Equal(t, "/orders", last.Path)
	assert.Equal(t, "id", last.Query.Get("order_by"), "the walk is sorted by id, which edits do not change")
	assert.Equal(t, "asc", last.Query.Get("order_type"))

	o, err := st.Orders().Get(ctx, b)
	require.NoError(t, err)
	src, ok := o.Source.(*storefront.Order)
	require.True(t, ok, "Source is the typed *storefront.Order")
	assert.Equal(t, src.ID, o.ID)
	assert.Equal(t, b, o.ID)
	assert.Equal(t, commerce.Storefront, o.Platform)
	// The fake sends total_price, email, line_items and created_at, which
	// the API documentation does not show: they stay in Source, unmapped.
	assert.Contains(t, src.Extra, "total_price")
	assert.Contains(t, src.Extra, "line_items")
	assert.JSONEq(t, "12900", string(src.Extra["total_price"]))
	assert.Nil(t, o.Total)
	assert.Nil(t, o.Subtotal)
	assert.Empty(t, o.Lines)
	assert.Nil(t, o.Customer)
	assert.True(t, o.CreatedAt.Time.IsZero())
	assert.True(t, o.UpdatedAt.Time.IsZero())
	assert.Equal(t, commerce.OrderStatusUnknown, o.Status)
	assert.Equal(t, "", o.PlatformStatus)
	assert.Equal(t, commerce.PaymentStatusUnknown, o.PaymentStatus)
	assert.Equal(t, "", o.Currency)
	assert.Equal(t, "", o.Number)
	assert.JSONEq(t, `{"status":"unfulfilled"}`, string(src.Fulfilment), "the expand relation is kept raw")
}

func TestStorefrontOrderFromTheDocumentationExample(t *testing.T) {
	// The API documentation's order: "{}" and the four expand fragments
	// (fulfilment, discount, gift, verify_payment_files), all "{}".
	body := storefrontTestdata(t, "order_example.json")
	fs, c := storefrontServe(t, time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC), storefront.WithCustomerToken("session-1"))
	fs.set("/orders/1342", body)
	fs.set("/orders", `{"items":[`+body+`],"_meta":{"totalCount":1,"pageCount":1,"currentPage":1,"perPage":16}}`)
	st, err := commerce.NewStorefront(c)
	require.NoError(t, err)

	o, err := st.Orders().Get(context.Background(), 1342)
	require.NoError(t, err)
	src := o.Source.(*storefront.Order)
	for _, raw := range [][]byte{src.Fulfilment, src.Discount, src.Gift, src.VerifyPaymentFiles} {
		assert.JSONEq(t, "{}", string(raw))
	}
	want := commerce.Order{Platform: commerce.Storefront, Status: commerce.OrderStatusUnknown, PaymentStatus: commerce.PaymentStatusUnknown, Source: src}
	assert.Equal(t, want, *o, "nothing but the id is documented, and the example has no id")
	assert.Equal(t, src.ID, o.ID)

	var all []commerce.Order
	for o, err := range st.Orders().All(context.Background()) {
		require.NoError(t, err)
		all = append(all, o)
	}
	require.Len(t, all, 1)
	assert.Equal(t, int64(0), all[0].ID)
	assert.Equal(t, []string{"/orders/1342", "/orders?order_by=id&order_type=asc&page=1"}, fs.requests())
}

func TestStorefrontOrderTolerance(t *testing.T) {
	fs, c := storefrontServe(t, time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC), storefront.WithCustomerToken("session-1"))
	fs.set("/orders/77", `{"id":"77","fulfilment":null,"discount":[],"gift":null,"total_price":"4900","line_items":null,"status":"paid"}`)
	st, err := commerce.NewStorefront(c)
	require.NoError(t, err)
	o, err := st.Orders().Get(context.Background(), 77)
	require.NoError(t, err)
	assert.Equal(t, int64(77), o.ID, "an id sent as a string")
	assert.Nil(t, o.Total)
	assert.Empty(t, o.Lines)
	assert.Equal(t, commerce.OrderStatusUnknown, o.Status, "an undocumented status member is not mapped")
	assert.Equal(t, "", o.PlatformStatus)
	src := o.Source.(*storefront.Order)
	assert.JSONEq(t, `"paid"`, string(src.Extra["status"]))
	assert.JSONEq(t, `"4900"`, string(src.Extra["total_price"]))
	assert.JSONEq(t, `null`, string(src.Extra["line_items"]))
}

func TestStorefrontOrdersNeedTheSession(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	st, err := commerce.NewStorefront(srv.Client()) // a guest: no session
	require.NoError(t, err)
	ctx := context.Background()

	_, err = st.Orders().Get(ctx, 1)
	var fe *ecomkit.FieldError
	require.True(t, errors.As(err, &fe), "the storefront's own error, refused before sending")
	assert.Equal(t, "auth_key", fe.Field)
	assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)

	n := 0
	for _, err := range st.Orders().All(ctx) {
		n++
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "auth_key", fe.Field)
	}
	assert.Equal(t, 1, n)
	n = 0
	for _, err := range st.Customers().All(ctx) {
		n++
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "auth_key", fe.Field)
	}
	assert.Equal(t, 1, n)
	_, err = st.Customers().Get(ctx, 1)
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "auth_key", fe.Field)
	assert.Empty(t, srv.Requests(), "nothing was sent")
}

func TestStorefrontOrdersErrorsPassThrough(t *testing.T) {
	srv, _, _, st := storefrontFake(t)
	ctx := context.Background()
	other := srv.AddOrder("someone@example.com", 100)

	_, err := st.Orders().Get(ctx, other)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound, "another customer's order is a 404")
	var ae *ecomkit.APIError
	require.True(t, errors.As(err, &ae))
	assert.Equal(t, http.StatusNotFound, ae.StatusCode)

	_, err = st.Orders().Get(ctx, 0)
	assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)

	srv.SetFaults(storefronttest.Faults{FailFirst: 1, FailStatus: http.StatusNotFound})
	n := 0
	for _, err := range st.Orders().All(ctx) {
		n++
		assert.ErrorIs(t, err, ecomkit.ErrNotFound)
	}
	assert.Equal(t, 1, n, "the error ends the walk")
}

func TestStorefrontOrdersChangesUnsupported(t *testing.T) {
	srv, _, _, st := storefrontFake(t)
	before := len(srv.Requests())
	n := 0
	for o, err := range st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}) {
		n++
		assert.Zero(t, o.ID)
		storefrontIsUnsupported(t, err, commerce.Orders, commerce.OpChanges)
		assert.Contains(t, err.Error(), "no update time")
	}
	assert.Equal(t, 1, n)
	assert.Len(t, srv.Requests(), before, "nothing sent")
}

// ---- products ----

func TestStorefrontProductsFromTheDocumentationExample(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	st, err := commerce.NewStorefront(srv.Client()) // the catalogue needs no session
	require.NoError(t, err)
	ctx := context.Background()

	var got []commerce.Product
	for p, err := range st.Products().All(ctx) {
		require.NoError(t, err)
		got = append(got, p)
	}
	require.Len(t, got, 1)
	last, _ := srv.LastRequest()
	assert.Equal(t, "/products", last.Path)

	check := func(p commerce.Product) {
		t.Helper()
		src, ok := p.Source.(*storefront.Product)
		require.True(t, ok)
		require.Len(t, src.Variants, 1)
		v := &src.Variants[0]
		// Against the typed values...
		assert.Equal(t, src.ID, p.ID)
		assert.Equal(t, src.Title, p.Title)
		assert.Equal(t, src.Handle, p.Handle)
		assert.Equal(t, src.CreatedAt, p.CreatedAt)
		assert.Equal(t, src.UpdatedAt, p.UpdatedAt)
		require.Len(t, p.Variants, 1)
		assert.Same(t, v, p.Variants[0].Source.(*storefront.ProductVariant), "a pointer into Source")
		assert.Equal(t, v.ID, p.Variants[0].ID)
		assert.Equal(t, v.Title, p.Variants[0].Title)
		assert.Equal(t, v.SKU, p.Variants[0].SKU)
		storefrontDec(t, v.Price.String(), p.Variants[0].Price, "variant price")
		storefrontDec(t, strconv.FormatInt(v.InventoryQuantity, 10), p.Variants[0].Stock, "variant stock")
		// ...and against the API documentation's literal example.
		assert.Equal(t, commerce.Storefront, p.Platform)
		assert.Equal(t, int64(1), p.ID)
		assert.Equal(t, "string", p.Title)
		assert.Equal(t, "first-product", p.Handle)
		assert.Equal(t, "", p.SKU, "the product has no sku; its variants do")
		assert.Equal(t, "", p.Currency)
		storefrontDec(t, "1", p.Price, "the first variant's price, in the API's integer units")
		storefrontDec(t, "1", p.Stock, "the variants' inventory_quantity summed")
		assert.Equal(t, commerce.Variant{ID: 1, Title: "string", SKU: "string", Price: p.Variants[0].Price, Stock: p.Variants[0].Stock, Source: v}, p.Variants[0])
		// created_at and updated_at are "string" in the example: kept raw.
		assert.False(t, p.UpdatedAt.Valid())
		assert.Equal(t, "string", p.UpdatedAt.Raw())
		assert.True(t, p.UpdatedAt.Time.IsZero())
		assert.Equal(t, "string", p.CreatedAt.Raw())
	}
	check(got[0])

	p, err := st.Products().Get(ctx, 1)
	require.NoError(t, err)
	check(*p)

	_, err = st.Products().Get(ctx, 2)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound, "not in the catalogue")
	assert.Contains(t, err.Error(), "storefront products 2")
	_, err = st.Products().Get(ctx, -1)
	var fe *ecomkit.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "id", fe.Field)

	srv.SetFaults(storefronttest.Faults{FailFirst: 1, FailStatus: http.StatusNotFound})
	_, err = st.Products().Get(ctx, 1)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound, "a 404 of GET /products passes through")
	var ae *ecomkit.APIError
	require.True(t, errors.As(err, &ae))
	assert.Equal(t, http.StatusNotFound, ae.StatusCode)
}

func TestStorefrontProductsChangesFromTheFake(t *testing.T) {
	// The example's updated_at is unreadable: the product is read from the
	// zero checkpoint only.
	srv := storefronttest.NewServer()
	defer srv.Close()
	st, err := commerce.NewStorefront(srv.Client())
	require.NoError(t, err)
	var got []commerce.Product
	for p, err := range st.Products().Changes(context.Background(), ecomkit.Checkpoint{}) {
		require.NoError(t, err)
		got = append(got, p)
	}
	require.Len(t, got, 1)
	assert.Equal(t, ecomkit.Checkpoint{ID: 1}, got[0].Checkpoint())
	for range st.Products().Changes(context.Background(), got[0].Checkpoint()) {
		t.Fatal("nothing after the example's checkpoint")
	}
}

func storefrontProductJSON(id int64, updated string, price int64) string {
	return fmt.Sprintf(`{"id":%d,"title":"Wig %d","handle":"wig-%d","created_at":"2026-01-01T00:00:00+00:00","updated_at":%q,`+
		`"variants":[{"id":%d,"product_id":%d,"title":"Default","sku":"W-%d","price":%d,"inventory_quantity":%d}]}`,
		id, id, id, updated, id*10, id, id, price, id)
}

// storefrontCatalogue lays products out on pages of two, as the server
// lists them (by id).
func storefrontCatalogue(fs *storefrontServer, products ...string) {
	pages := (len(products) + 1) / 2
	for p := 1; p <= pages; p++ {
		lo, hi := (p-1)*2, min(p*2, len(products))
		body := fmt.Sprintf(`{"items":[%s],"_meta":{"totalCount":%d,"pageCount":%d,"currentPage":%d,"perPage":2}}`,
			strings.Join(products[lo:hi], ","), len(products), pages, p)
		key := "/products"
		if p > 1 {
			key += "?page=" + strconv.Itoa(p)
		}
		fs.set(key, body)
	}
}

func TestStorefrontProductsChangesResume(t *testing.T) {
	now := time.Date(2026, 11, 29, 9, 0, 30, 0, time.UTC)
	fs, c := storefrontServe(t, now)
	st, err := commerce.NewStorefront(c, commerce.WithClock(func() time.Time { return now.Add(time.Hour) }))
	require.NoError(t, err)
	ctx := context.Background()
	storefrontCatalogue(fs,
		storefrontProductJSON(1, "2026-11-29T08:00:00+00:00", 4900),
		storefrontProductJSON(2, "2026-11-29T07:00:00+00:00", 5900),
		storefrontProductJSON(3, "2026-11-29T08:00:00+00:00", 6900),
		storefrontProductJSON(4, "2026-11-29T09:00:30+00:00", 7900), // the server's current second: held back
		storefrontProductJSON(5, "2026-11-29T07:30:00+00:00", 8900),
	)

	read := map[int64]int{}
	var last ecomkit.Checkpoint
	k := 0
	for p, err := range st.Products().Changes(ctx, ecomkit.Checkpoint{}) {
		require.NoError(t, err)
		read[p.ID]++
		last = p.Checkpoint()
		if k++; k == 2 {
			break // a crash after two records
		}
	}
	assert.Equal(t, map[int64]int{2: 1, 5: 1}, read, "oldest first by update time")
	var order []int64
	for p, err := range st.Products().Changes(ctx, last) {
		require.NoError(t, err)
		read[p.ID]++
		order = append(order, p.ID)
		last = p.Checkpoint()
		if p.ID == 1 {
			src := p.Source.(*storefront.Product)
			assert.Equal(t, src.UpdatedAt, p.UpdatedAt)
			assert.Equal(t, time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC), p.UpdatedAt.Time.UTC())
			storefrontDec(t, "4900", p.Price, "price")
		}
	}
	assert.Equal(t, []int64{1, 3}, order, "same second: by id; the current second is left for later")
	assert.Equal(t, map[int64]int{1: 1, 2: 1, 3: 1, 5: 1}, read, "each read exactly once")
	assert.Equal(t, int64(3), last.ID)
	assert.True(t, last.Time.Equal(time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)), last.Time)
	for _, q := range fs.requests() {
		assert.True(t, strings.HasPrefix(q, "/products"), q)
	}

	// Later: the server's clock moved on, product 2 was edited.
	fs.mu.Lock()
	fs.date = now.Add(time.Minute)
	fs.mu.Unlock()
	storefrontCatalogue(fs,
		storefrontProductJSON(1, "2026-11-29T08:00:00+00:00", 4900),
		storefrontProductJSON(2, "2026-11-29T09:00:45+00:00", 5500),
		storefrontProductJSON(3, "2026-11-29T08:00:00+00:00", 6900),
		storefrontProductJSON(4, "2026-11-29T09:00:30+00:00", 7900),
		storefrontProductJSON(5, "2026-11-29T07:30:00+00:00", 8900),
	)
	order = nil
	for p, err := range st.Products().Changes(ctx, last) {
		require.NoError(t, err)
		order = append(order, p.ID)
		if p.ID == 2 {
			storefrontDec(t, "5500", p.Price, "the edited price")
		}
	}
	assert.Equal(t, []int64{4, 2}, order, "the held-back product, then the edited one")
}

func TestStorefrontProductTolerance(t *testing.T) {
	fs, c := storefrontServe(t, time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC))
	fs.set("/products", storefrontTestdata(t, "products_nulls.json"))
	st, err := commerce.NewStorefront(c)
	require.NoError(t, err)
	var got []commerce.Product
	for p, err := range st.Products().All(context.Background()) {
		require.NoError(t, err)
		got = append(got, p)
	}
	require.Len(t, got, 3)

	bare := got[0]
	assert.Equal(t, int64(21), bare.ID)
	assert.Equal(t, "", bare.Title)
	assert.Equal(t, "", bare.Handle)
	assert.Nil(t, bare.Price)
	assert.Nil(t, bare.Stock, "no variants, no stock")
	assert.Empty(t, bare.Variants)
	assert.True(t, bare.CreatedAt.Time.IsZero())
	assert.True(t, bare.CreatedAt.Valid())
	assert.Equal(t, time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), bare.UpdatedAt.Time.UTC())
	assert.JSONEq(t, `"new"`, string(bare.Source.(*storefront.Product).Extra["ribbon"]), "Source keeps what it does not declare")

	wigCap := got[1]
	require.Len(t, wigCap.Variants, 3)
	storefrontDec(t, "4900", wigCap.Price, "a price sent as a string")
	storefrontDec(t, "4900", wigCap.Variants[0].Price, "variant price")
	storefrontDec(t, "3", wigCap.Variants[0].Stock, "a quantity sent as a string")
	assert.Equal(t, int64(220), wigCap.Variants[0].ID)
	assert.Equal(t, "", wigCap.Variants[0].Title)
	assert.Equal(t, "", wigCap.Variants[0].SKU)
	assert.Nil(t, wigCap.Variants[1].Price, "a null price is not 0")
	assert.Nil(t, wigCap.Variants[2].Price, "a missing price is not 0")
	storefrontDec(t, "0", wigCap.Variants[1].Stock, "a null quantity reads as 0 (the typed model has no null)")
	storefrontDec(t, "3", wigCap.Stock, "the sum")
	src := wigCap.Source.(*storefront.Product)
	assert.JSONEq(t, `"#000"`, string(src.Variants[1].Extra["swatch"]))
	assert.Same(t, &src.Variants[2], wigCap.Variants[2].Source.(*storefront.ProductVariant))

	zero := got[2]
	require.Len(t, zero.Variants, 1, `a {"0": ...} list`)
	storefrontDec(t, "0", zero.Price, "a price of 0 sent is kept")
	storefrontDec(t, "0", zero.Stock, "stock")
}

// ---- customers ----

func TestStorefrontCustomersFromTheFake(t *testing.T) {
	srv, _, me, st := storefrontFake(t)
	ctx := context.Background()
	var got []commerce.Customer
	for cu, err := range st.Customers().All(ctx) {
		require.NoError(t, err)
		got = append(got, cu)
	}
	require.Len(t, got, 1, "the signed-in customer only")
	src := got[0].Source.(*storefront.Customer)
	assert.Equal(t, me.ID, got[0].ID)
	assert.Equal(t, src.ID, got[0].ID)
	assert.Equal(t, "ada@example.com", got[0].Email)
	assert.Equal(t, src.Email, got[0].Email)
	last, _ := srv.LastRequest()
	assert.Equal(t, "/customers/profile", last.Path)

	cu, err := st.Customers().Get(ctx, me.ID)
	require.NoError(t, err)
	assert.Equal(t, got[0].ID, cu.ID)
	_, err = st.Customers().Get(ctx, me.ID+1)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound, "any other customer is not found")
	_, err = st.Customers().Get(ctx, 0)
	assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)

	srv.SetFaults(storefronttest.Faults{FailFirst: 1, FailStatus: http.StatusNotFound})
	_, err = st.Customers().Get(ctx, me.ID)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound)

	n := 0
	for _, err := range st.Customers().Changes(ctx, ecomkit.Checkpoint{}) {
		n++
		storefrontIsUnsupported(t, err, commerce.Customers, commerce.OpChanges)
	}
	assert.Equal(t, 1, n)
}

func storefrontProfile(t *testing.T, body string) commerce.Customer {
	t.Helper()
	fs, c := storefrontServe(t, time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC), storefront.WithCustomerToken("session-1"))
	fs.set("/customers/profile", body)
	st, err := commerce.NewStorefront(c)
	require.NoError(t, err)
	var got []commerce.Customer
	for cu, err := range st.Customers().All(context.Background()) {
		require.NoError(t, err)
		got = append(got, cu)
	}
	require.Len(t, got, 1)
	return got[0]
}

func TestStorefrontCustomerFromTheDocumentationExample(t *testing.T) {
	cu := storefrontProfile(t, storefrontTestdata(t, "profile_example.json"))
	src := cu.Source.(*storefront.Customer)
	require.Len(t, src.ShippingInfo, 1)
	a := &src.ShippingInfo[0]
	want := commerce.Customer{
		Platform: commerce.Storefront, ID: 1, Email: "string", FirstName: "string", LastName: "string", Name: "string string",
		Addresses: []commerce.Address{{Name: "string string", Company: "string", Line1: "string", Line2: "string, string",
			City: "string", Region: "string", PostalCode: "string", Country: "string", Phone: "string", Source: a}},
		Source: src,
	}
	assert.Equal(t, want, cu)
	assert.Same(t, a, cu.Addresses[0].Source.(*storefront.ShippingAddress))
}

func TestStorefrontCustomerFieldByField(t *testing.T) {
	// Distinct values, so that a swapped mapping fails.
	cu := storefrontProfile(t, storefrontTestdata(t, "profile_distinct.json"))
	src := cu.Source.(*storefront.Customer)
	assert.Equal(t, src.ID, cu.ID)
	assert.Equal(t, int64(7), cu.ID)
	assert.Equal(t, src.Email, cu.Email)
	assert.Equal(t, "ada@example.com", cu.Email)
	assert.Equal(t, src.Firstname, cu.FirstName)
	assert.Equal(t, "Ada", cu.FirstName)
	assert.Equal(t, src.Lastname, cu.LastName)
	assert.Equal(t, "Lovelace", cu.LastName)
	assert.Equal(t, "Ada Lovelace", cu.Name)
	assert.Equal(t, "", cu.Phone, "the profile has no phone")
	assert.True(t, cu.CreatedAt.Time.IsZero())
	assert.True(t, cu.UpdatedAt.Time.IsZero())
	assert.Equal(t, "ada.l", src.Username)
	assert.Equal(t, "GB", src.DetectedCountry)
	assert.JSONEq(t, "120", string(src.Extra["loyalty_points"]))

	require.Len(t, cu.Addresses, 2)
	a, sa := cu.Addresses[0], &src.ShippingInfo[0]
	assert.Same(t, sa, a.Source.(*storefront.ShippingAddress))
	assert.Equal(t, commerce.Address{
		Name: "Augusta King", Company: "Analytical Engines Ltd", Line1: "12 St James's Square", Line2: "Second floor, Suite 4",
		City: "London", Region: "Greater London", PostalCode: "SW1Y 4JH", Country: "United Kingdom", Phone: "+44 20 7946 0000", Source: sa,
	}, a)
	assert.Equal(t, sa.AddressOne, a.Line1)
	assert.Equal(t, sa.City, a.City)
	assert.Equal(t, sa.Zip, a.PostalCode)
	assert.Equal(t, sa.Region, a.Region)
	assert.Equal(t, "England", sa.Province, "province stays in Source when region is set")
	assert.JSONEq(t, `"ring twice"`, string(sa.Extra["note"]))

	b, sb := cu.Addresses[1], &src.ShippingInfo[1]
	assert.Equal(t, commerce.Address{
		Name: "Ada", Line1: "1 Ockham Park", Line2: "Flat 2", City: "Ockham", Region: "Surrey", PostalCode: "GU23 6NP", Country: "GB", Source: sb,
	}, b, "province fills Region when region is empty")
}

func TestStorefrontCustomerTolerance(t *testing.T) {
	cu := storefrontProfile(t, storefrontTestdata(t, "profile_nulls.json"))
	src := cu.Source.(*storefront.Customer)
	assert.Equal(t, int64(9), cu.ID, "an id sent as a string")
	assert.Equal(t, "", cu.Email)
	assert.Equal(t, "", cu.FirstName)
	assert.Equal(t, "Byron", cu.LastName)
	assert.Equal(t, "Byron", cu.Name)
	assert.True(t, src.Subscribed)
	require.Len(t, cu.Addresses, 2)
	assert.Equal(t, commerce.Address{City: "Seaham", PostalCode: "7", Phone: "441915810000", Source: &src.ShippingInfo[0]}, cu.Addresses[0])
	assert.Equal(t, commerce.Address{Source: &src.ShippingInfo[1]}, cu.Addresses[1], "an empty entry maps to an empty address")
}

// ---- the session ----

func TestStorefrontSessionNeverPrinted(t *testing.T) {
	const token = "auth-SECRET-7c1e55aa90"
	srv := storefronttest.NewServer()
	defer srv.Close()
	for _, mode := range []storefront.TokenMode{storefront.TokenBearer, storefront.TokenQuery} {
		c := srv.Client(storefront.WithCustomerToken(token), storefront.WithTokenMode(mode))
		st, err := commerce.NewStorefront(c)
		require.NoError(t, err)
		ctx := context.Background()

		// The fake does not know the session: 401s, whose texts must not
		// carry it.
		var errs []error
		_, err = st.Orders().Get(ctx, 5)
		errs = append(errs, err)
		for _, err := range st.Orders().All(ctx) {
			errs = append(errs, err)
		}
		_, err = st.Customers().Get(ctx, 5)
		errs = append(errs, err)
		for _, err := range st.Customers().All(ctx) {
			errs = append(errs, err)
		}
		require.Len(t, errs, 4)
		for _, err := range errs {
			require.ErrorIs(t, err, ecomkit.ErrUnauthorized)
			for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
				assert.NotContains(t, fmt.Sprintf(verb, err), token)
			}
		}
		sent := false
		for _, r := range srv.Requests() {
			if r.Header.Get("Authorization") == "Bearer "+token || r.Query.Get("access-token") == token {
				sent = true
			}
		}
		assert.True(t, sent, "the session did travel")

		for _, v := range []any{st, st.Orders(), st.Products(), st.Customers()} {
			for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
				s := fmt.Sprintf(verb, v)
				assert.NotContains(t, s, token)
				assert.Contains(t, s, "storefront")
			}
		}
	}
}

func TestStorefrontZeroClientErrs(t *testing.T) {
	// A Client not built by storefront.NewClient answers errors, not panics.
	st, err := commerce.NewStorefront(&storefront.Client{})
	require.NoError(t, err)
	ctx := context.Background()
	var errs []error
	_, err = st.Orders().Get(ctx, 1)
	errs = append(errs, err)
	_, err = st.Products().Get(ctx, 1)
	errs = append(errs, err)
	_, err = st.Customers().Get(ctx, 1)
	errs = append(errs, err)
	for _, err := range st.Orders().All(ctx) {
		errs = append(errs, err)
	}
	for _, err := range st.Products().All(ctx) {
		errs = append(errs, err)
	}
	for _, err := range st.Products().Changes(ctx, ecomkit.Checkpoint{}) {
		errs = append(errs, err)
	}
	for _, err := range st.Customers().All(ctx) {
		errs = append(errs, err)
	}
	require.Len(t, errs, 7)
	for _, err := range errs {
		var fe *ecomkit.FieldError
		require.True(t, errors.As(err, &fe), "%v", err)
		assert.Equal(t, "client", fe.Field)
	}
}
