package commerce_test

import (
	"context"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

// mycashflowFake starts a fake MyCashflow store (with the API
// documentation's examples unless opts say Empty) and a Store reading it.
func mycashflowFake(t *testing.T, opts ...mycashflowtest.Option) (*mycashflowtest.Server, commerce.Store) {
	t.Helper()
	srv := mycashflowtest.NewServer(opts...)
	t.Cleanup(srv.Close)
	st, err := commerce.NewMyCashflow(srv.Client())
	require.NoError(t, err)
	return srv, st
}

// mycashflowLoad loads customers into the fake.
func mycashflowLoad(t *testing.T, srv *mycashflowtest.Server, jsonArray string) {
	t.Helper()
	require.NoError(t, srv.Load("customers", []byte(jsonArray)))
}

// mycashflowSource is the typed customer a normalized one came from.
func mycashflowSource(t *testing.T, cu *commerce.Customer) *mycashflow.Customer {
	t.Helper()
	src, ok := cu.Source.(*mycashflow.Customer)
	require.True(t, ok, "Source is %T", cu.Source)
	require.NotNil(t, src)
	return src
}

// mycashflowCheckAgainstSource checks every normalized field against the
// typed customer it came from.
func mycashflowCheckAgainstSource(t *testing.T, cu *commerce.Customer) {
	t.Helper()
	src := mycashflowSource(t, cu)
	assert.Equal(t, commerce.MyCashflow, cu.Platform)
	assert.Equal(t, src.ID, cu.ID)
	assert.Equal(t, src.Email, cu.Email)
	assert.Equal(t, src.FirstName, cu.FirstName)
	assert.Equal(t, src.LastName, cu.LastName)
	assert.Equal(t, src.Phone, cu.Phone)
	assert.Equal(t, src.CreatedAt, cu.CreatedAt)
	assert.Equal(t, src.UpdatedAt, cu.UpdatedAt)
	if src.StreetAddress == "" && src.PostalCode == "" && src.City == "" && src.Country == "" {
		assert.Empty(t, cu.Addresses)
		return
	}
	require.Len(t, cu.Addresses, 1)
	a := cu.Addresses[0]
	assert.Equal(t, src.StreetAddress, a.Line1)
	assert.Equal(t, src.PostalCode, a.PostalCode)
	assert.Equal(t, src.City, a.City)
	assert.Equal(t, src.Country, a.Country)
	assert.Same(t, src, a.Source, "the address points into the customer's Source")
}

// mycashflowDocTime is the timestamp of every example of the API
// documentation: 2013-06-19T20:41:47+03:00.
var mycashflowDocTime = time.Date(2013, 6, 19, 20, 41, 47, 0, time.FixedZone("", 3*3600))

// mycashflowCheckDocExample checks a customer against the literal values of
// the API documentation's customer example.
func mycashflowCheckDocExample(t *testing.T, cu *commerce.Customer) {
	t.Helper()
	assert.Equal(t, int64(1), cu.ID)
	assert.Equal(t, "mail@domain.fi", cu.Email)
	assert.Equal(t, "Example", cu.FirstName)
	assert.Equal(t, "Customer", cu.LastName)
	assert.Equal(t, "Example Customer", cu.Name)
	assert.Equal(t, "05012312312", cu.Phone)
	assert.True(t, cu.CreatedAt.Equal(mycashflowDocTime), "created_at %v", cu.CreatedAt)
	assert.True(t, cu.UpdatedAt.Equal(mycashflowDocTime), "updated_at %v", cu.UpdatedAt)
	_, offset := cu.UpdatedAt.Zone()
	assert.Equal(t, 3*3600, offset, "the offset the API sent is kept")
	assert.Equal(t, ecomkit.Checkpoint{Time: cu.UpdatedAt.Time, ID: 1}, cu.Checkpoint())
	require.Len(t, cu.Addresses, 1)
	src := mycashflowSource(t, cu)
	assert.Equal(t, commerce.Address{
		Line1:      "Example street 2",
		PostalCode: "00100",
		City:       "Helsinki",
		Country:    "FI",
		Source:     src,
	}, cu.Addresses[0], "name, company and phone are the customer's, not the address's")
	// What the normalized model has no field for stays in Source.
	assert.Equal(t, "Example Company Inc.", src.Company)
	assert.Equal(t, "1234567-6", src.VATCode)
	assert.True(t, src.LoginAllowed)
	assert.Equal(t, int64(4), src.VersionID)
	assert.Equal(t, "fi", src.Language)
	assert.True(t, src.EmailSubscription)
	assert.False(t, src.SMSSubscription)
	require.NotNil(t, src.EInvoiceAddress)
	assert.Equal(t, "003721315706", src.EInvoiceAddress.EDICode)
	assert.Equal(t, "E204503", src.EInvoiceAddress.OperatorCode)
}

func TestMyCashflowNewRefusesNilClient(t *testing.T) {
	st, err := commerce.NewMyCashflow(nil)
	assert.Nil(t, st)
	var fe *ecomkit.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, &ecomkit.FieldError{Field: "client", Problem: "must not be nil"}, fe)
	assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)
}

func TestMyCashflowPlatform(t *testing.T) {
	_, st := mycashflowFake(t)
	assert.Equal(t, commerce.MyCashflow, st.Platform())
}

func TestMyCashflowCustomerGetMapsTheDocumentationExample(t *testing.T) {
	srv, st := mycashflowFake(t)
	cu, err := st.Customers().Get(context.Background(), 1)
	require.NoError(t, err)
	mycashflowCheckAgainstSource(t, cu)
	mycashflowCheckDocExample(t, cu)

	reqs := srv.Requests()
	require.Len(t, reqs, 1, "one request: the secondary addresses are not read")
	assert.Equal(t, http.MethodGet, reqs[0].Method)
	assert.Equal(t, "/api/v1/customers/1", reqs[0].Path)
	assert.Empty(t, reqs[0].Query.Get("expand"))
}

func TestMyCashflowCustomerGetErrorsPassThrough(t *testing.T) {
	srv, st := mycashflowFake(t)
	ctx := context.Background()

	_, err := st.Customers().Get(ctx, 999)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound)
	var apiErr *ecomkit.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusNotFound, apiErr.StatusCode)

	n := srv.Count()
	_, err = st.Customers().Get(ctx, 0)
	var fe *ecomkit.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "id", fe.Field)
	assert.Equal(t, n, srv.Count(), "a bad id is refused before sending")

	srv.SetFaults(mycashflowtest.Faults{FailFirst: 100, FailStatus: http.StatusServiceUnavailable})
	_, err = st.Customers().Get(ctx, 1)
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusServiceUnavailable, apiErr.StatusCode)
}

func TestMyCashflowCustomerAllReadsEveryPageInIDOrder(t *testing.T) {
	srv, st := mycashflowFake(t)
	// 120 more customers: three pages of the API's default 50.
	var rows []byte
	rows = append(rows, '[')
	for i := 2; i <= 121; i++ {
		if i > 2 {
			rows = append(rows, ',')
		}
		rows = append(rows, []byte(`{"id":`+strconv.Itoa(i)+`,"first_name":"F`+strconv.Itoa(i)+`","last_name":"L","email":"c`+strconv.Itoa(i)+
			`@example.fi","updated_at":"2024-01-02T10:00:00+02:00","created_at":"2024-01-01T10:00:00+02:00"}`)...)
	}
	rows = append(rows, ']')
	mycashflowLoad(t, srv, string(rows))

	var ids []int64
	for cu, err := range st.Customers().All(context.Background()) {
		require.NoError(t, err)
		mycashflowCheckAgainstSource(t, &cu)
		if cu.ID == 1 {
			mycashflowCheckDocExample(t, &cu)
		} else {
			assert.Equal(t, "F"+strconv.Itoa(int(cu.ID))+" L", cu.Name)
			assert.Empty(t, cu.Addresses, "no address fields, no address")
		}
		ids = append(ids, cu.ID)
	}
	require.Len(t, ids, 121)
	for i, id := range ids {
		assert.Equal(t, int64(i+1), id)
	}
	reqs := srv.Requests()
	require.Len(t, reqs, 3)
	for i, r := range reqs {
		assert.Equal(t, "/api/v1/customers", r.Path)
		assert.Equal(t, "id-asc", r.Query.Get("sort"))
		assert.Empty(t, r.Query.Get("updated_at-from"))
		if i > 0 { // the first request leaves page to the API's default
			assert.Equal(t, strconv.Itoa(i+1), r.Query.Get("page"))
		}
	}
}

func TestMyCashflowCustomerAllStopsEarlyAndPassesErrors(t *testing.T) {
	srv, st := mycashflowFake(t)
	mycashflowLoad(t, srv, `[{"id":2,"email":"b@example.fi"},{"id":3,"email":"c@example.fi"}]`)
	n := 0
	for _, err := range st.Customers().All(context.Background()) {
		require.NoError(t, err)
		n++
		break
	}
	assert.Equal(t, 1, n)

	srv.SetFaults(mycashflowtest.Faults{FailFirst: 100, FailStatus: http.StatusInternalServerError})
	var errs []error
	for cu, err := range st.Customers().All(context.Background()) {
		assert.Zero(t, cu.ID)
		errs = append(errs, err)
	}
	require.Len(t, errs, 1, "an error ends the iteration")
	var apiErr *ecomkit.APIError
	require.ErrorAs(t, errs[0], &apiErr)
	assert.Equal(t, http.StatusInternalServerError, apiErr.StatusCode)
}

// mycashflowChangesRows are five customers: two updated in the same second
// (ids 4 and 2: the id breaks the tie), one created later but updated
// earliest, and the documentation's example (2013).
const mycashflowChangesRows = `[
	{"id":2,"email":"b@example.fi","updated_at":"2024-03-01T12:00:00+02:00"},
	{"id":3,"email":"c@example.fi","updated_at":"2024-02-01T12:00:00+02:00"},
	{"id":4,"email":"d@example.fi","updated_at":"2024-03-01T12:00:00+02:00"},
	{"id":5,"email":"e@example.fi","updated_at":"2024-01-01T09:30:00Z"}
]`

// mycashflowCollect reads Changes from a checkpoint, stopping after limit
// customers (0: all).
func mycashflowCollect(t *testing.T, st commerce.Store, from ecomkit.Checkpoint, limit int) []commerce.Customer {
	t.Helper()
	var out []commerce.Customer
	for cu, err := range st.Customers().Changes(context.Background(), from) {
		require.NoError(t, err)
		mycashflowCheckAgainstSource(t, &cu)
		out = append(out, cu)
		if len(out) == limit {
			break
		}
	}
	return out
}

func mycashflowIDs(cs []commerce.Customer) []int64 {
	ids := make([]int64, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return ids
}

func TestMyCashflowCustomerChangesResumesFromACheckpoint(t *testing.T) {
	srv, st := mycashflowFake(t)
	mycashflowLoad(t, srv, mycashflowChangesRows)

	// From the start: every customer, oldest update first, ties by id.
	all := mycashflowCollect(t, st, ecomkit.Checkpoint{}, 0)
	assert.Equal(t, []int64{1, 5, 3, 2, 4}, mycashflowIDs(all))
	mycashflowCheckDocExample(t, &all[0])
	first := srv.Requests()
	require.NotEmpty(t, first)
	assert.Empty(t, first[0].Query.Get("updated_at-from"), "the zero checkpoint sends no filter")
	assert.Equal(t, "id-asc", first[0].Query.Get("sort"), "read in an order edits do not change")

	// Read three, stop, resume from the third's checkpoint.
	head := mycashflowCollect(t, st, ecomkit.Checkpoint{}, 3)
	require.Equal(t, []int64{1, 5, 3}, mycashflowIDs(head))
	cp := head[2].Checkpoint()
	n := srv.Count()
	tail := mycashflowCollect(t, st, cp, 0)
	assert.Equal(t, []int64{2, 4}, mycashflowIDs(tail), "each customer read exactly once overall")
	req := srv.Requests()[n]
	assert.Equal(t, "/api/v1/customers", req.Path)
	assert.Equal(t, "2024-02-01T12:00:00+02:00", req.Query.Get("updated_at-from"),
		"the platform's filter, from the checkpoint's time with its offset")
	assert.Equal(t, "id-asc", req.Query.Get("sort"))

	// Resume in the middle of a second: id 2 read, id 4 (same second) not.
	mid := mycashflowCollect(t, st, tail[0].Checkpoint(), 0)
	assert.Equal(t, []int64{4}, mycashflowIDs(mid))

	// Nothing after the last one.
	last := tail[1].Checkpoint()
	assert.Empty(t, mycashflowCollect(t, st, last, 0))

	// An update after the checkpoint brings the customer back, once.
	mycashflowLoad(t, srv, `[{"id":3,"email":"c@example.fi","first_name":"Changed","updated_at":"2024-04-01T08:00:00+03:00"}]`)
	again := mycashflowCollect(t, st, last, 0)
	require.Equal(t, []int64{3}, mycashflowIDs(again))
	assert.Equal(t, "Changed", again[0].FirstName)
	assert.True(t, again[0].UpdatedAt.Equal(time.Date(2024, 4, 1, 5, 0, 0, 0, time.UTC)))
	assert.Empty(t, mycashflowCollect(t, st, again[0].Checkpoint(), 0))
}

func TestMyCashflowCustomerChangesHoldsBackTheServersCurrentSecond(t *testing.T) {
	srv, st := mycashflowFake(t, mycashflowtest.Empty())
	// The fake's Date header is its clock; a customer stamped far past it is
	// at or after the horizon and waits for a later call.
	mycashflowLoad(t, srv, `[
		{"id":1,"email":"a@example.fi","updated_at":"2024-01-01T00:00:00Z"},
		{"id":2,"email":"b@example.fi","updated_at":"2999-01-01T00:00:00Z"}
	]`)
	got := mycashflowCollect(t, st, ecomkit.Checkpoint{}, 0)
	assert.Equal(t, []int64{1}, mycashflowIDs(got))
	assert.Empty(t, mycashflowCollect(t, st, got[0].Checkpoint(), 0))
}

func TestMyCashflowCustomerChangesPassesErrors(t *testing.T) {
	srv, st := mycashflowFake(t)
	srv.SetFaults(mycashflowtest.Faults{FailFirst: 100, FailStatus: http.StatusInternalServerError})
	var errs []error
	for _, err := range st.Customers().Changes(context.Background(), ecomkit.Checkpoint{}) {
		errs = append(errs, err)
	}
	require.Len(t, errs, 1)
	var apiErr *ecomkit.APIError
	require.ErrorAs(t, errs[0], &apiErr)
	assert.Equal(t, http.StatusInternalServerError, apiErr.StatusCode)
}

func TestMyCashflowCustomerToleratesNullsAndStrings(t *testing.T) {
	srv, st := mycashflowFake(t, mycashflowtest.Empty())
	mycashflowLoad(t, srv, `[{
		"id": "7",
		"created_at": null,
		"updated_at": "yesterday",
		"first_name": null,
		"last_name": "  ",
		"login_allowed": null,
		"street_address": null,
		"postal_code": 100,
		"city": null,
		"country": null,
		"phone": null,
		"email": "g@example.fi",
		"version_id": "4",
		"einvoice_address": null,
		"customer_groups": null,
		"loyalty_points": "12.50"
	}]`)
	ctx := context.Background()
	cu, err := st.Customers().Get(ctx, 7)
	require.NoError(t, err)
	mycashflowCheckAgainstSource(t, cu)
	src := mycashflowSource(t, cu)
	assert.Equal(t, int64(7), cu.ID)
	assert.Equal(t, "g@example.fi", cu.Email)
	assert.Empty(t, cu.FirstName)
	assert.Equal(t, "  ", cu.LastName, "as sent")
	assert.Empty(t, cu.Name, "blank parts are not joined")
	assert.Empty(t, cu.Phone)
	assert.True(t, cu.CreatedAt.IsZero())
	assert.True(t, cu.UpdatedAt.IsZero())
	assert.False(t, cu.UpdatedAt.Valid(), "an unreadable time is reported")
	assert.Equal(t, "yesterday", cu.UpdatedAt.Raw(), "and its text kept")
	require.Len(t, cu.Addresses, 1, "the postal code alone is an address")
	assert.Equal(t, commerce.Address{PostalCode: "100", Source: src}, cu.Addresses[0])
	assert.Equal(t, int64(4), src.VersionID)
	assert.Nil(t, src.EInvoiceAddress)
	assert.Contains(t, src.Extra, "loyalty_points", "Source keeps what the model does not declare")

	// The same customer through All, and Changes from the start (an
	// unreadable update time is read only from the zero checkpoint).
	var viaAll []commerce.Customer
	for c, err := range st.Customers().All(ctx) {
		require.NoError(t, err)
		viaAll = append(viaAll, c)
	}
	require.Len(t, viaAll, 1)
	assert.Equal(t, cu.Addresses[0].PostalCode, viaAll[0].Addresses[0].PostalCode)
	assert.Equal(t, []int64{7}, mycashflowIDs(mycashflowCollect(t, st, ecomkit.Checkpoint{}, 0)))

	// A customer with no address field at all has no address.
	mycashflowLoad(t, srv, `[{"id":8}]`)
	bare, err := st.Customers().Get(ctx, 8)
	require.NoError(t, err)
	assert.Nil(t, bare.Addresses)
	assert.Equal(t, commerce.Customer{Platform: commerce.MyCashflow, ID: 8, Source: bare.Source}, *bare)
}

func TestMyCashflowOrdersAndProductsAreUnsupported(t *testing.T) {
	srv, st := mycashflowFake(t)
	ctx := context.Background()
	check := func(err error, res commerce.Resource, op commerce.Op, reason string) {
		t.Helper()
		assert.ErrorIs(t, err, commerce.ErrUnsupported)
		var ue *commerce.UnsupportedError
		require.ErrorAs(t, err, &ue)
		assert.Equal(t, commerce.MyCashflow, ue.Platform)
		assert.Equal(t, res, ue.Resource)
		assert.Equal(t, op, ue.Op)
		assert.Contains(t, ue.Reason, reason)
	}
	first := func(seq func(func(any, error) bool)) error {
		var got error
		n := 0
		seq(func(_ any, err error) bool { got = err; n++; return true })
		assert.Equal(t, 1, n, "one error, nothing else")
		return got
	}

	o, err := st.Orders().Get(ctx, 1)
	assert.Nil(t, o)
	check(err, commerce.Orders, commerce.OpGet, "no order endpoints")
	check(first(func(y func(any, error) bool) {
		for v, err := range st.Orders().All(ctx) {
			if !y(v, err) {
				return
			}
		}
	}), commerce.Orders, commerce.OpAll, "no order endpoints")
	check(first(func(y func(any, error) bool) {
		for v, err := range st.Orders().Changes(ctx, ecomkit.Checkpoint{}) {
			if !y(v, err) {
				return
			}
		}
	}), commerce.Orders, commerce.OpChanges, "no order endpoints")

	p, err := st.Products().Get(ctx, 1)
	assert.Nil(t, p)
	check(err, commerce.Products, commerce.OpGet, "no product listing and no product read by id")
	check(first(func(y func(any, error) bool) {
		for v, err := range st.Products().All(ctx) {
			if !y(v, err) {
				return
			}
		}
	}), commerce.Products, commerce.OpAll, "one category's product links, not every product")
	check(first(func(y func(any, error) bool) {
		for v, err := range st.Products().Changes(ctx, ecomkit.Checkpoint{}) {
			if !y(v, err) {
				return
			}
		}
	}), commerce.Products, commerce.OpChanges, "no product listing")

	assert.EqualError(t, err, "commerce: mycashflow products get: not supported by this platform ("+
		"the MyCashflow API documentation has no product listing and no product read by id; "+
		"GET /categories/{id}/products lists one category's product links, not every product)")
	assert.Zero(t, srv.Count(), "nothing is sent for an unsupported read")
}
