package insales_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ecomkit/ecomkit-go/insales"
)

// A Client not built by NewClient answers errors from the new services,
// never a panic.
func TestZeroClientOrderServicesReturnErrors(t *testing.T) {
	var c insales.Client
	_, err := c.Orders.Get(ctx, 1)
	assert.Error(t, err)
	_, err = c.Orders.SetCustomStatus(ctx, 1, "new", "")
	assert.Error(t, err)
	for _, err := range c.Orders.Changes(ctx, insales.Checkpoint{}, nil) {
		assert.Error(t, err)
	}
	_, err = c.Clients.List(ctx, nil)
	assert.Error(t, err)
	assert.Error(t, c.ClientGroups.Delete(ctx, 1))
	assert.Error(t, c.CustomStatuses.Delete(ctx, "novyy"))
	_, err = c.DeliveryVariants.List(ctx)
	assert.Error(t, err)
	assert.Error(t, c.PaymentGateways.Delete(ctx, 1))
	assert.Error(t, c.DiscountCodes.Update(ctx, 1, &insales.DiscountCodeUpdate{Disabled: insales.Ptr(true)}))
	_, err = c.BonusSystemTransactions.Get(ctx, 1)
	assert.Error(t, err)
	_, err = c.OrderFields.List(ctx)
	assert.Error(t, err)
	_, err = c.Marketplaces.Get(ctx, 1)
	assert.Error(t, err)
}
