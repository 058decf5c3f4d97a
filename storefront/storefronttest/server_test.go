package storefronttest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/storefront"
	"github.com/ecomkit/ecomkit-go/storefront/storefronttest"
)

func address() *storefront.Address {
	return &storefront.Address{FirstName: "Ada", LastName: "Lovelace", Phone: "+1 555 0100", AddressOne: "1 Main St", City: "Springfield", Zip: "12345", Country: "US"}
}

func TestCustomerFlowEndToEnd(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	cart := storefront.CartUUID("guest-cart-1")

	// A guest fills a cart.
	item, err := c.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: 1, Quantity: 2, CartUUID: cart})
	require.NoError(t, err)
	assert.Equal(t, int64(2), item.Quantity)
	assert.Equal(t, "9800", item.LinePrice.String())
	_, err = c.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: 2, Quantity: 1, CartUUID: cart})
	require.NoError(t, err)
	got, err := c.Cart.Get(ctx, &storefront.CartGetOptions{CartUUID: cart})
	require.NoError(t, err)
	assert.Equal(t, int64(3), got.ItemCount)
	assert.Equal(t, "15700", got.TotalPrice.String())
	require.Len(t, got.Items, 2)

	// Checkout as a guest, then sign up on the checkout page: the session
	// starts and the cart follows the customer.
	co, err := c.Checkouts.Create(ctx, &storefront.CheckoutCreate{CartUUID: cart})
	require.NoError(t, err)
	token := co.CheckoutToken()
	require.NotEmpty(t, token)
	me, err := c.Customers.SignUp(ctx, &storefront.SignUpParams{Username: "ada", Email: "ada@example.com", Password: "first-pass", Subscribe: true, CheckoutToken: token})
	require.NoError(t, err)
	assert.NotEmpty(t, me.AuthKey)
	assert.Equal(t, me.AuthKey, c.Session())
	mine, err := c.Cart.Get(ctx, nil) // no cart_uuid: the customer's cart
	require.NoError(t, err)
	assert.Equal(t, int64(3), mine.ItemCount, "the guest cart was merged on sign-up")

	_, err = c.Checkouts.SetCustomerInfo(ctx, token, &storefront.CheckoutCustomerInfo{Email: "ada@example.com", Subscribe: false, ShippingAddress: address(), BillingAddress: address()})
	require.NoError(t, err)
	_, err = c.Checkouts.SetShippingOption(ctx, token, &storefront.ShippingOptionParams{ShippingOptionID: 3})
	require.NoError(t, err)
	cur, err := c.Checkouts.Get(ctx, token, &storefront.CheckoutGetOptions{})
	require.NoError(t, err)
	var total int64
	require.NoError(t, jsonInt(cur.Extra["total_price"], &total))
	// A wrong amount is refused in the API's 422 shape.
	err = c.Checkouts.Pay(ctx, token, &storefront.PayParams{PaymentToken: "tok_visa", Amount: total + 1, PaymentType: "card"})
	assert.ErrorIs(t, err, storefront.ErrValidation)
	var ae *storefront.APIError
	require.True(t, errors.As(err, &ae))
	assert.Contains(t, ae.Fields, "amount")
	require.NoError(t, c.Checkouts.Pay(ctx, token, &storefront.PayParams{PaymentToken: "tok_visa", Amount: total, PaymentType: "card"}))

	// Order history.
	page, err := c.Orders.List(ctx, nil)
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	assert.Equal(t, 1, page.Total)
	o, err := c.Orders.Get(ctx, page.Items[0].ID)
	require.NoError(t, err)
	assert.Equal(t, page.Items[0].ID, o.ID)
	assert.Len(t, srv.Orders(), 1)
	assert.Equal(t, int64(15700), srv.Orders()[0].Total)

	// Logout clears the session; customer endpoints are then refused.
	out, err := c.Customers.Logout(ctx)
	require.NoError(t, err)
	assert.False(t, out.NeedCreateCheckout, "the only checkout is paid")
	assert.Empty(t, c.Session())
	_, err = c.Orders.List(ctx, nil)
	assert.ErrorIs(t, err, storefront.ErrInvalidInput)

	// Password reset: forgot -> e-mailed token -> check -> reset (logs in).
	require.NoError(t, c.Customers.ForgotPassword(ctx, &storefront.ForgotPasswordParams{Email: "ada@example.com"}))
	reset, ok := srv.ResetToken("ada@example.com")
	require.True(t, ok)
	_, err = c.Customers.CheckResetToken(ctx, &storefront.CheckResetTokenParams{Token: reset})
	require.NoError(t, err)
	_, err = c.Customers.ResetPassword(ctx, &storefront.ResetPasswordParams{PasswordResetToken: storefront.PasswordResetToken(reset), Password: "second-pass", ConfirmPassword: "second-pass"})
	require.NoError(t, err)
	assert.NotEmpty(t, c.Session())
	_, err = c.Customers.CheckResetToken(ctx, &storefront.CheckResetTokenParams{Token: reset})
	assert.ErrorIs(t, err, storefront.ErrNotFound, "a reset token works once")

	// The old password no longer works; the new one does.
	guest := c.AsCustomer("")
	_, err = guest.Customers.Login(ctx, &storefront.LoginParams{Email: "ada@example.com", Password: "first-pass"})
	assert.ErrorIs(t, err, storefront.ErrValidation)
	_, err = guest.Customers.Login(ctx, &storefront.LoginParams{Email: "ada@example.com", Password: "second-pass"})
	require.NoError(t, err)
	p, err := guest.Orders.List(ctx, nil)
	require.NoError(t, err)
	assert.Len(t, p.Items, 1)
}

func TestStaleSessionIsUnauthorized(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	c := srv.Client(storefront.WithCustomerToken("stale-key-123"))
	_, err := c.Customers.GetProfile(context.Background())
	assert.ErrorIs(t, err, storefront.ErrUnauthorized)
	var ae *storefront.APIError
	require.True(t, errors.As(err, &ae))
	assert.Equal(t, "Your request was made with invalid credentials.", ae.Message)
	assert.NotContains(t, err.Error(), "stale-key-123")
	assert.Equal(t, storefront.Secret("stale-key-123"), c.Session(), "nothing is cleared silently")
}

func TestTokenInQueryAgainstFake(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	c := srv.Client(storefront.WithTokenMode(storefront.TokenQuery))
	_, err := c.Customers.SignUp(context.Background(), &storefront.SignUpParams{Username: "q", Email: "q@example.com", Password: "pw-123", Subscribe: false})
	require.NoError(t, err)
	me, err := c.Customers.GetProfile(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "q@example.com", me.Email)
	last := srv.Requests()[len(srv.Requests())-1]
	assert.NotEmpty(t, last.Query.Get("access-token"))
	assert.Empty(t, last.Header.Get("Authorization"))
}

func TestPagingFollowsMeta(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	_, err := c.Customers.SignUp(ctx, &storefront.SignUpParams{Username: "p", Email: "p@example.com", Password: "pw-123", Subscribe: false})
	require.NoError(t, err)
	for i := range 5 {
		srv.AddOrder("p@example.com", int64(100*(i+1)))
	}
	first, err := c.Orders.List(ctx, &storefront.OrderListOptions{Limit: 2})
	require.NoError(t, err)
	assert.Equal(t, 5, first.Total)
	assert.Equal(t, 3, first.Pages)
	assert.Equal(t, 2, first.Size)
	require.True(t, first.HasNext())
	var ids []int64
	for o, err := range c.Orders.All(ctx, &storefront.OrderListOptions{Limit: 2}) {
		require.NoError(t, err)
		ids = append(ids, o.ID)
	}
	assert.Len(t, ids, 5)
	var sent []string
	for _, r := range srv.Requests() {
		if r.Path == "/orders" {
			sent = append(sent, r.Query.Encode())
		}
	}
	assert.Equal(t, []string{"offset=2", "offset=2&page=1", "offset=2&page=2", "offset=2&page=3"}, sent, "the page size travels as offset, as the API names it")
}

func TestMovedRouteFakeAndClientFollow(t *testing.T) {
	srv := storefronttest.NewServer(storefronttest.WithRoutes(map[string]string{
		"cart.add_item":     "PUT /basket/items",
		"customers.sign_up": "/auth/register",
	}))
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	_, err := c.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: 1, Quantity: 1, CartUUID: "moved"})
	require.NoError(t, err)
	_, err = c.Customers.SignUp(ctx, &storefront.SignUpParams{Username: "m", Email: "m@example.com", Password: "pw-123"})
	require.NoError(t, err)
	reqs := srv.Requests()
	assert.Equal(t, "PUT", reqs[0].Method)
	assert.Equal(t, "/basket/items", reqs[0].Path)
	assert.Equal(t, "/auth/register", reqs[1].Path)
	assert.Equal(t, int64(1), srv.CartQuantity("moved", 1))

	// A client that does not know the move gets the fake's Yii2 404.
	plain, err := storefront.NewClient(srv.BaseURL(), storefront.WithRetry(0))
	require.NoError(t, err)
	_, err = plain.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: 1, Quantity: 1, CartUUID: "moved"})
	assert.ErrorIs(t, err, storefront.ErrNotFound)
}

func TestFaultsAndLoad(t *testing.T) {
	srv := storefronttest.NewServer(storefronttest.Empty(), storefronttest.WithFaults(storefronttest.Faults{FailFirst: 1}))
	defer srv.Close()
	require.NoError(t, srv.Load("products", []byte(`[{"id": 77, "title": "Loaded wig", "price": 1234}]`)))
	c := srv.Client()
	p, err := c.Products.Get(context.Background(), 77) // the first answer is a 503, retried
	require.NoError(t, err)
	assert.Equal(t, "Loaded wig", p.Title)
	assert.Equal(t, "1234", p.Price.String())
	assert.Error(t, srv.Load("nope", []byte(`[]`)))
	page, err := c.Products.Filter(context.Background(), &storefront.ProductFilterOptions{Search: "loaded"})
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	assert.True(t, strings.HasPrefix(page.Items[0].Title, "Loaded"))
}

func TestDocumentedExamplesElsewhere(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ds, err := c.Discounts.ByPrice(context.Background(), &storefront.DiscountByPriceOptions{Price: 5000})
	require.NoError(t, err)
	assert.Equal(t, "string", ds.Code)
	assert.Equal(t, int64(1), ds.ID)
}

func TestDocumentedCustomerEndpointsNeedTheSession(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	ctx := context.Background()
	stale := srv.Client(storefront.WithCustomerToken("nobody-1234"))
	_, err := stale.Orders.Cancel(ctx, 1, &storefront.OrderCancel{Note: "n", Reason: "r"})
	assert.ErrorIs(t, err, storefront.ErrUnauthorized)
	c := srv.Client()
	_, err = c.Customers.SignUp(ctx, &storefront.SignUpParams{Username: "s", Email: "s@example.com", Password: "pw-123"})
	require.NoError(t, err)
	_, err = c.Orders.Cancel(ctx, 1, &storefront.OrderCancel{Note: "n", Reason: "r"})
	require.NoError(t, err)
}

func TestLastRequest(t *testing.T) {
	srv := storefronttest.NewServer()
	defer srv.Close()
	_, ok := srv.LastRequest()
	assert.False(t, ok)
	_, err := srv.Client().Settings.CustomerPassword(context.Background())
	require.NoError(t, err)
	r, ok := srv.LastRequest()
	require.True(t, ok)
	assert.Equal(t, "/settings/customer-password", r.Path)
}
