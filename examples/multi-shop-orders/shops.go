package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
	"github.com/ecomkit/ecomkit-go/storefront"
	"github.com/ecomkit/ecomkit-go/storefront/storefronttest"
)

// shop is one platform's Store, where it reads from, and how to let go of
// it (stopping the fake).
type shop struct {
	name, where string
	store       commerce.Store
	close       func()
}

// opener builds one platform's shop: the fake unless the platform's
// variables are set.
type opener func(ctx context.Context, getenv func(string) string) (shop, error)

// shops are the platforms the example reads, in order.
var shops = []opener{openInSales, openShopkit, openMyCashflow, openSiteBuilder, openStorefront}

const userAgent = "ecomkit-multi-shop-orders/1.0"

func openInSales(_ context.Context, getenv func(string) string) (shop, error) {
	s := shop{name: "InSales", where: "the built-in fake", close: func() {}}
	v, real, err := credentials(getenv, "INSALES_SHOP", "INSALES_API_KEY", "INSALES_PASSWORD")
	if err != nil {
		return s, err
	}
	var c *insales.Client
	if real {
		if c, err = insales.NewClient(v[0], v[1], v[2], insales.WithUserAgent(userAgent)); err != nil {
			return s, err
		}
		s.where = c.BaseURL()
	} else {
		srv := insalestest.NewServer()
		c, s.close = srv.Client(), srv.Close
	}
	s.store, err = commerce.NewInSales(c)
	return s, err
}

func openShopkit(_ context.Context, getenv func(string) string) (shop, error) {
	s := shop{name: "Shopkit", where: "the built-in fake", close: func() {}}
	v, real, err := credentials(getenv, "SHOPKIT_API_KEY")
	if err != nil {
		return s, err
	}
	var c *shopkit.Client
	if real {
		if c, err = shopkit.NewClient(v[0], shopkit.WithUserAgent(userAgent)); err != nil {
			return s, err
		}
		s.where = c.BaseURL()
	} else {
		srv := shopkittest.NewServer()
		c, s.close = srv.Client(), srv.Close
	}
	s.store, err = commerce.NewShopkit(c)
	return s, err
}

func openMyCashflow(_ context.Context, getenv func(string) string) (shop, error) {
	s := shop{name: "MyCashflow", where: "the built-in fake", close: func() {}}
	v, real, err := credentials(getenv, "MYCASHFLOW_STORE", "MYCASHFLOW_USER", "MYCASHFLOW_API_KEY")
	if err != nil {
		return s, err
	}
	var c *mycashflow.Client
	if real {
		if c, err = mycashflow.NewClient(v[0], v[1], v[2], mycashflow.WithUserAgent(userAgent)); err != nil {
			return s, err
		}
		s.where = c.BaseURL()
	} else {
		srv := mycashflowtest.NewServer()
		c, s.close = srv.Client(), srv.Close
	}
	s.store, err = commerce.NewMyCashflow(c)
	return s, err
}

func openSiteBuilder(_ context.Context, getenv func(string) string) (shop, error) {
	s := shop{name: "Website builder", where: "the built-in fake", close: func() {}}
	v, real, err := credentials(getenv, "SITEBUILDER_SITE", "SITEBUILDER_API_KEY")
	if err != nil {
		return s, err
	}
	var c *sitebuilder.Client
	if real {
		if c, err = sitebuilder.NewClient(v[0], v[1], sitebuilder.WithUserAgent(userAgent)); err != nil {
			return s, err
		}
		s.where = c.BaseURL()
	} else {
		srv := sitebuildertest.NewServer()
		c, s.close = srv.Client(), srv.Close
	}
	s.store, err = commerce.NewSiteBuilder(c)
	return s, err
}

func openStorefront(ctx context.Context, getenv func(string) string) (shop, error) {
	s := shop{name: "Storefront", where: "the built-in fake", close: func() {}}
	v, real, err := credentials(getenv, "STOREFRONT_BASE_URL", "STOREFRONT_AUTH_KEY")
	if err != nil {
		return s, err
	}
	var c *storefront.Client
	if real {
		if c, err = storefront.NewClient(v[0], storefront.WithUserAgent(userAgent), storefront.WithCustomerToken(storefront.Secret(v[1]))); err != nil {
			return s, err
		}
		s.where = c.BaseURL()
	} else {
		srv := storefronttest.NewServer()
		s.close = srv.Close
		if c, err = storefrontCustomer(ctx, srv); err != nil {
			return s, err
		}
	}
	s.store, err = commerce.NewStorefront(c)
	return s, err
}

// credentials reads a platform's variables: all set means a real shop, none
// set means the fake; a partial set is an error naming what is missing.
func credentials(getenv func(string) string, names ...string) (values []string, real bool, err error) {
	var missing []string
	for _, n := range names {
		v := getenv(n)
		values = append(values, v)
		if v == "" {
			missing = append(missing, n)
		}
	}
	switch len(missing) {
	case 0:
		return values, true, nil
	case len(names):
		return values, false, nil
	}
	return nil, false, fmt.Errorf("set all of %s for a real shop, or none for the fake (missing: %s)",
		strings.Join(names, ", "), strings.Join(missing, ", "))
}
