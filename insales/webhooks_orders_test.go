package insales_test

import (
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// Orders and clients written through the fake deliver their topics as one
// object each, decoded into Order and Customer.
func TestFakeDeliversOrderAndClientTopics(t *testing.T) {
	srv := insalestest.NewServer(insalestest.WithoutQuota())
	defer srv.Close()
	c := srv.Client()
	rcv := &receiver{}
	app := httptest.NewServer(insales.WebhookHandler(rcv.handle))
	defer app.Close()
	for _, topic := range []insales.EventType{insales.TopicClientsCreate, insales.TopicClientsUpdate, insales.TopicOrdersUpdate} {
		addr, err := insales.WebhookAddress(app.URL+"/h", topic)
		require.NoError(t, err)
		_, err = c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: addr, Topic: topic})
		require.NoError(t, err)
	}
	cl, err := c.Clients.CreateIndividual(ctx, &insales.ClientIndividualCreate{Name: "Ann", Email: insales.Ptr("ann@example.com")})
	require.NoError(t, err)
	_, err = c.Clients.Update(ctx, cl.ID, &insales.ClientUpdate{Name: insales.Ptr("Anna")})
	require.NoError(t, err)
	orders, err := c.Orders.List(ctx, nil)
	require.NoError(t, err)
	require.NotEmpty(t, orders.Items)
	oid := orders.Items[0].ID
	_, err = c.Orders.Update(ctx, oid, &insales.OrderUpdate{ManagerComment: insales.Ptr("called")})
	require.NoError(t, err)
	evs := rcv.all()
	require.Len(t, evs, 3)
	assert.Equal(t, insales.TopicOrdersUpdate, evs[2].Type)
	require.NotNil(t, evs[2].Order)
	assert.Equal(t, oid, evs[2].Order.ID)
	assert.Equal(t, insales.TopicClientsCreate, evs[0].Type)
	require.NotNil(t, evs[0].Customer)
	assert.Equal(t, cl.ID, evs[0].Customer.ID)
	assert.Equal(t, insales.TopicClientsUpdate, evs[1].Type)
	assert.Equal(t, cl.ID, evs[1].ID)
}
