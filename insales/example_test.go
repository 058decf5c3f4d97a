package insales_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// An installed application authenticates with its identifier and
// MD5(token + secret); a private key with its name and password.
func ExampleNewClient() {
	c, err := insales.NewClient("myshop", "my-app-id", insales.AppPassword("install-token", "app-secret"),
		insales.WithUserAgent("MyApp/1.0"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.BaseURL())

	_, err = insales.NewClient("my shop", "my-app-id", "pw")
	fmt.Println(err)
	// Output:
	// https://myshop.myinsales.ru/admin
	// invalid shop: "my shop" is not a shop name (the subdomain of myinsales.ru; use WithBaseURL for a custom domain)
}

func ExampleAppPassword() {
	fmt.Println(insales.AppPassword("token", "secret"))
	// Output: 1b0ebffcd35423aa7674c8cbb60581e4
}

func ExampleProductsService_Get() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	p, err := c.Products.Get(context.Background(), 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	v := p.Variants[0]
	fmt.Println(p.Title, v.SKU, v.Price, p.CurrencyCode, *p.VAT)

	_, err = c.Products.Get(context.Background(), 404040)
	fmt.Println(errors.Is(err, insales.ErrNotFound))
	// Output:
	// Cool t-shirt 423 10.0 LVL -1
	// true
}

// Changes syncs with updated_since and from_id, as the vendor advises;
// store the last checkpoint and pass it back to resume.
func ExampleProductsService_Changes() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	var last insales.Checkpoint // load it from your store; zero starts at the beginning
	for p, err := range c.Products.Changes(ctx, last, nil) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(p.ID, p.Title)
		last = p.Checkpoint() // save it after processing p
	}
	fmt.Println("resume after", last.ID)
	// Output:
	// 1 Cool t-shirt
	// 2 shirt
	// 3 pants
	// 4 shirt & t-short
	// 5 shirt & pants
	// resume after 5
}

func ExampleProductsService_Create() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	p, err := c.Products.Create(context.Background(), &insales.ProductCreate{
		CategoryID: 1,
		Title:      "Notebook",
		Variants:   []insales.VariantAttributes{{SKU: "NB-1", Price: insales.Ptr(insales.MustDecimal("740"))}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Title, p.Variants[0].Price)

	// Bad input never leaves the process.
	_, err = c.Products.Create(context.Background(), &insales.ProductCreate{CategoryID: 1, Title: "No variants"})
	fmt.Println(err, errors.Is(err, insales.ErrInvalidInput))
	// Output:
	// Notebook 740.0
	// invalid variants_attributes: is required true
}

// The API's 422 shapes all land in APIError.Fields.
func ExampleAPIError() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	err := c.Variants.Delete(context.Background(), 1, 1) // a product's last variant
	var ae *insales.APIError
	if errors.As(err, &ae) {
		fmt.Println(ae.StatusCode, ae.Fields["base"])
	}
	// Output: 422 [Нельзя удалить последний вариант]
}
