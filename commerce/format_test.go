package commerce_test

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/storefront"
)

// No fmt verb and no slog handler prints a Store's or a Reader's insides:
// the platform client behind them holds the shop's credentials.
func TestStoresNeverFormatTheirCredentials(t *testing.T) {
	const planted = "planted-secret-4711"
	build := map[commerce.Platform]func() (commerce.Store, error){
		commerce.InSales: func() (commerce.Store, error) {
			c, err := insales.NewClient("myshop", "key-"+planted, planted)
			require.NoError(t, err)
			return commerce.NewInSales(c)
		},
		commerce.Shopkit: func() (commerce.Store, error) {
			c, err := shopkit.NewClient(planted)
			require.NoError(t, err)
			return commerce.NewShopkit(c)
		},
		commerce.MyCashflow: func() (commerce.Store, error) {
			c, err := mycashflow.NewClient("shop", "user@example.com", planted)
			require.NoError(t, err)
			return commerce.NewMyCashflow(c)
		},
		commerce.SiteBuilder: func() (commerce.Store, error) {
			c, err := sitebuilder.NewClient("shop.example.com", planted)
			require.NoError(t, err)
			return commerce.NewSiteBuilder(c)
		},
		commerce.Storefront: func() (commerce.Store, error) {
			c, err := storefront.NewClient("https://shop.example.com", storefront.WithCustomerToken(planted))
			require.NoError(t, err)
			return commerce.NewStorefront(c)
		},
	}
	for platform, newStore := range build {
		s, err := newStore()
		require.NoError(t, err)
		assert.Equal(t, platform, s.Platform())
		values := []any{s, s.Orders(), s.Products(), s.Customers()}
		for _, v := range values {
			for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%t", "%p"} {
				out := fmt.Sprintf(verb, v)
				assert.NotContains(t, out, planted, "%s %s", platform, verb)
			}
			var logs strings.Builder
			slog.New(slog.NewJSONHandler(&logs, nil)).Info("store", "v", v)
			slog.New(slog.NewTextHandler(&logs, nil)).Info("store", "v", v)
			assert.NotContains(t, logs.String(), planted, "%s in a log line", platform)
		}
		assert.Equal(t, "commerce.Store{"+string(platform)+"}", fmt.Sprint(s))
		assert.Equal(t, "commerce.Reader{"+string(platform)+" orders}", fmt.Sprint(s.Orders()))
	}
}

func TestNilClientsAreRefused(t *testing.T) {
	for name, f := range map[string]func() (commerce.Store, error){
		"insales":     func() (commerce.Store, error) { return commerce.NewInSales(nil) },
		"shopkit":     func() (commerce.Store, error) { return commerce.NewShopkit(nil) },
		"mycashflow":  func() (commerce.Store, error) { return commerce.NewMyCashflow(nil) },
		"sitebuilder": func() (commerce.Store, error) { return commerce.NewSiteBuilder(nil) },
		"storefront":  func() (commerce.Store, error) { return commerce.NewStorefront(nil) },
	} {
		s, err := f()
		assert.Nil(t, s, name)
		assert.EqualError(t, err, "invalid client: must not be nil", name)
	}
}
