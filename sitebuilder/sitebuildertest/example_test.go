package sitebuildertest_test

import (
	"context"
	"fmt"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

// A test starts the fake empty, loads its own data, injects a fault and
// checks what the client sent.
func ExampleNewServer() {
	srv := sitebuildertest.NewServer(
		sitebuildertest.Empty(),
		sitebuildertest.WithFaults(sitebuildertest.Faults{FailFirst: 1}), // one 503, then retried
	)
	defer srv.Close()
	if err := srv.Load("contacts", []byte(`[{"id": 7, "name": "Ann", "email": "ann@example.org"}]`)); err != nil {
		panic(err)
	}
	c := srv.Client() // or sitebuilder.NewClient(site, sitebuildertest.APIKey, sitebuilder.WithBaseURL(srv.BaseURL()))

	ct, err := c.Contacts.GetByEmail(context.Background(), "ann@example.org")
	if err != nil {
		panic(err)
	}
	fmt.Println(ct.ID, ct.Name)
	last, _ := srv.LastRequest()
	fmt.Println(len(srv.Requests()), last.Method, last.Path, last.Query.Get("email"))

	_, err = c.Contacts.Update(context.Background(), 7, &sitebuilder.ContactUpdate{Email: sitebuilder.Ptr("ann@example.org"), Phone: sitebuilder.Ptr("+4712345678")})
	fmt.Println(err, srv.Contacts()[0].Phone)
	// Output:
	// 7 Ann
	// 2 GET /api/site/contacts/search-by-email ann@example.org
	// <nil> +4712345678
}
