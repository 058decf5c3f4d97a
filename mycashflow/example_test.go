package mycashflow_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

// A client is built from the store name, the API user's e-mail address and
// its API key; NewClient checks them without touching the network. Here it
// is pointed at the fake store of package mycashflowtest.
func ExampleNewClient() {
	srv := mycashflowtest.NewServer()
	defer srv.Close()

	c, err := mycashflow.NewClient(mycashflowtest.Store, mycashflowtest.User, mycashflowtest.APIKey,
		mycashflow.WithBaseURL(srv.BaseURL()),
		mycashflow.WithRetry(3),
		mycashflow.WithRetryWait(time.Millisecond, 5*time.Millisecond))
	if err != nil {
		fmt.Println(err)
		return
	}
	cu, err := c.Customers.Get(context.Background(), 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cu.FirstName, cu.LastName, cu.Email)

	_, err = mycashflow.NewClient("my store", mycashflowtest.User, mycashflowtest.APIKey)
	var fe *mycashflow.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field)
	// Output:
	// Example Customer mail@domain.fi
	// true store
}

// List fetches one page, with the totals of the list; Get fetches one
// object, with the sub-resources asked for in expand.
func ExampleCustomerGroupsService_List() {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	page, err := c.CustomerGroups.List(ctx, &mycashflow.CustomerGroupListOptions{
		ListOptions: mycashflow.ListOptions{Limit: 2},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("page %d of %d: %d of %d groups\n", page.Number, page.Pages, len(page.Items), page.Total)

	g, err := c.CustomerGroups.Get(ctx, page.Items[0].ID, mycashflow.CustomerGroupCustomerLinks)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %d members\n", g.Name, len(g.CustomerLinks))
	// Output:
	// page 1 of 2: 2 of 3 groups
	// Jälleenmyyjät: 2 members
}

// All walks every page of a list, one page in memory at a time.
func ExampleCustomerGroupsService_All() {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()

	opts := &mycashflow.CustomerGroupListOptions{ListOptions: mycashflow.ListOptions{Limit: 1}}
	for g, err := range c.CustomerGroups.All(context.Background(), opts) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(g.ID, g.Name)
	}
	// Output:
	// 1 Jälleenmyyjät
	// 3 Resellers
	// 5 Gift card recipients
}

// Input the API would refuse is refused before sending, with a *FieldError
// naming the field; a non-2xx answer is an *APIError, which errors.Is
// matches against the sentinels (ErrNotFound, ErrValidation, ...).
func ExampleCustomersService_Update() {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	_, err := c.Customers.Update(ctx, 1, &mycashflow.CustomerUpdate{Email: mycashflow.Ptr("not-an-address")})
	var fe *mycashflow.FieldError
	if errors.As(err, &fe) {
		fmt.Println("refused:", fe.Field, errors.Is(err, mycashflow.ErrInvalidInput))
	}

	cu, err := c.Customers.Update(ctx, 1, &mycashflow.CustomerUpdate{City: mycashflow.Ptr("Espoo")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("updated:", cu.City)

	_, err = c.Customers.Get(ctx, 999)
	var ae *mycashflow.APIError
	if errors.As(err, &ae) {
		fmt.Println("answer:", ae.StatusCode, errors.Is(err, mycashflow.ErrNotFound))
	}
	// Output:
	// refused: email true
	// updated: Espoo
	// answer: 404 true
}

// WithPaths replaces the path of an endpoint (here, one the package had
// to infer) without a new release; the fake serves it at the new path too.
func ExampleWithPaths() {
	moved := map[string]string{"banners.get_by_code": "/banners/by-code/{bannerCode}"}
	srv := mycashflowtest.NewServer(mycashflowtest.WithPaths(moved))
	defer srv.Close()

	c := srv.Client(mycashflow.WithPaths(moved))
	b, err := c.Banners.GetByCode(context.Background(), "new-discounts")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.ID, b.Title)
	if last, ok := srv.LastRequest(); ok {
		fmt.Println(last.Method, last.Path)
	}

	_, err = mycashflow.NewClient("mystore", "api@example.com", "key",
		mycashflow.WithPaths(map[string]string{"banners.get_by_code": "/banners/{id}/"}))
	fmt.Println(err)
	// Output:
	// 1 New discounts for the summer
	// GET /api/v1/banners/by-code/new-discounts
	// invalid paths[banners.get_by_code]: "/banners/{id}/" must not end with /
}
