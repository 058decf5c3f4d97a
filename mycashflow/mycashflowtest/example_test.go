package mycashflowtest_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

// A test starts the fake empty, loads its own data, injects a fault, and
// checks what the client sent and what the store holds afterwards.
func ExampleNewServer() {
	srv := mycashflowtest.NewServer(
		mycashflowtest.Empty(),
		mycashflowtest.WithFaults(mycashflowtest.Faults{FailFirst: 1}), // one 503, then retried
	)
	defer srv.Close()
	if err := srv.Load("customers", []byte(`[{"id": 3000000001, "first_name": "Aino", "email": "aino@example.fi"}]`)); err != nil {
		panic(err)
	}
	if err := srv.Load("customer_groups", []byte(`[{"id": 7, "name": "VIP"}]`)); err != nil {
		panic(err)
	}
	c := srv.Client() // or mycashflow.NewClient(mycashflowtest.Store, mycashflowtest.User, mycashflowtest.APIKey, mycashflow.WithBaseURL(srv.BaseURL()))
	ctx := context.Background()

	cu, err := c.Customers.GetByEmail(ctx, "aino@example.fi")
	if err != nil {
		panic(err)
	}
	fmt.Println(cu.ID, cu.FirstName)
	last, _ := srv.LastRequest()
	fmt.Println(srv.Count(), last.Method, last.Path)

	_, err = c.CustomerGroups.AddCustomer(ctx, 7, cu.ID)
	fmt.Println(err, srv.GroupMembers(7))

	_, err = c.Customers.GetByEmail(ctx, "nobody@example.fi")
	fmt.Println(errors.Is(err, mycashflow.ErrNotFound))
	// Output:
	// 3000000001 Aino
	// 2 GET /api/v1/customers/email=aino@example.fi
	// <nil> [3000000001]
	// true
}
