package mycashflow_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
)

// TestA2xxBodyThatIsNotTheResource: whatever a 2xx answer holds instead of
// the resource, Get, Create and List return an error: an *APIError for an
// error shape, a *DecodeError for anything else; never a zero item with a
// nil error.
func TestA2xxBodyThatIsNotTheResource(t *testing.T) {
	ctx := context.Background()
	decodeErrors := []string{
		`null`, `[]`, `""`, `false`, `0`, `{}`, `{"data":null}`, `{"data":{}}`, `{"data":[]}`,
		`{"data":""}`, `{"data":false}`, `{"data":7}`, `{"meta":{"page":1}}`,
	}
	apiErrors := map[string]string{
		`{"error":"Not Found","description":"No such customer."}`: "Not Found: No such customer.",
		`{"errors":{"email":["Invalid email address."]}}`:         "validation failed",
		`{"error":"Customer not found"}`:                          "Customer not found",
	}
	calls := map[string]func(c *mcf.Client) error{
		"Get":        func(c *mcf.Client) error { return e1(c.Customers.Get(ctx, 1)) },
		"GetByEmail": func(c *mcf.Client) error { return e1(c.Customers.GetByEmail(ctx, "a@b.fi")) },
		"Create": func(c *mcf.Client) error {
			return e1(c.CustomerGroups.Create(ctx, &mcf.CustomerGroupCreate{Name: "VIP"}))
		},
		"Update": func(c *mcf.Client) error {
			return e1(c.GiftCards.Update(ctx, "X", &mcf.GiftCardUpdate{Notes: mcf.Ptr("n")}))
		},
	}
	for name, call := range calls {
		for _, body := range decodeErrors {
			t.Run(name+" "+body, func(t *testing.T) {
				c, _ := mockClient(t, 200, []byte(body))
				err := call(c)
				var de *mcf.DecodeError
				require.ErrorAs(t, err, &de, "a DecodeError")
				assert.ErrorIs(t, err, mcf.ErrInvalidResponse)
				assert.Equal(t, 200, de.StatusCode)
				assert.NotContains(t, err.Error(), testKey)
			})
		}
		for body, msg := range apiErrors {
			t.Run(name+" "+body, func(t *testing.T) {
				c, _ := mockClient(t, 200, []byte(body))
				err := call(c)
				var ae *mcf.APIError
				require.ErrorAs(t, err, &ae, "an APIError")
				assert.Equal(t, msg, ae.Message)
				assert.Equal(t, "mycashflow", ae.Platform)
				assert.NotContains(t, ae.URL, testKey)
			})
		}
	}

	listDecodeErrors := []string{`null`, `{}`, `{"data":null}`, `{"data":[null]}`, `{"data":[{}]}`, `{"data":[{"id":1},[]]}`, `{"data":["x"]}`}
	for _, body := range listDecodeErrors {
		t.Run("List "+body, func(t *testing.T) {
			c, _ := mockClient(t, 200, []byte(body))
			p, err := c.Customers.List(ctx, nil)
			assert.Nil(t, p)
			var de *mcf.DecodeError
			require.ErrorAs(t, err, &de)
		})
	}
	t.Run("List error shape", func(t *testing.T) {
		c, _ := mockClient(t, 200, []byte(`{"error":"Forbidden","description":"No access."}`))
		_, err := c.Customers.List(ctx, nil)
		var ae *mcf.APIError
		require.ErrorAs(t, err, &ae)
		assert.Equal(t, "Forbidden: No access.", ae.Message)
	})
	t.Run("List empty data is an empty page", func(t *testing.T) {
		c, _ := mockClient(t, 200, []byte(`{"data":[],"meta":{"page":1,"page_size":50,"page_count":0,"item_count":0}}`))
		p, err := c.Customers.List(ctx, nil)
		require.NoError(t, err)
		assert.Empty(t, p.Items)
		assert.NotNil(t, p.Items)
		assert.Nil(t, p.Next)
	})
	t.Run("List keyed by index", func(t *testing.T) {
		c, _ := mockClient(t, 200, []byte(`{"data":{"0":{"id":4},"1":{"id":"5"}}}`))
		p, err := c.Customers.List(ctx, nil)
		require.NoError(t, err)
		require.Len(t, p.Items, 2)
		assert.Equal(t, int64(5), p.Items[1].ID)
	})
}

// TestRowAnswersRefuseEmptyRows: the rows the visibility and price updates
// answer with are objects; null or {} is an error, not a zero row.
func TestRowAnswersRefuseEmptyRows(t *testing.T) {
	ctx := context.Background()
	for _, body := range []string{`{"data":[null]}`, `{"data":[{}]}`, `{"data":[[{"product_id":1,"price":"9.90"},null]]}`, `{"data":null}`, `{}`} {
		t.Run(body, func(t *testing.T) {
			c, _ := mockClient(t, 200, []byte(body))
			_, err := c.Categories.UpdateVisibilities(ctx, 1, []mcf.Visibility{{VersionID: 1, IsVisible: true}})
			var de *mcf.DecodeError
			require.ErrorAs(t, err, &de, "visibilities")
			_, err = c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{{ProductID: 1, Price: mcf.MustDecimal("9.90")}})
			require.ErrorAs(t, err, &de, "prices")
		})
	}
	c, _ := mockClient(t, 200, []byte(`{"data":[[{"product_id":1,"price":"9.90"}],[{"product_id":2,"price":"1"}]]}`))
	rows, err := c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{{ProductID: 1, Price: mcf.MustDecimal("9.90")}})
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, int64(2), rows[1].ProductID)
}
