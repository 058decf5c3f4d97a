package insales

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// marshalTyped encodes v (a struct without a MarshalJSON method) with a
// leading "type" field: the API tells kinds of one resource apart by it
// (Client::Individual, DeliveryVariant::Fixed, ...), so each kind's request
// type sets it itself and a caller cannot send a mix.
func marshalTyped[T ~string](v any, typ T) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	t, err := json.Marshal(string(typ))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.WriteString(`{"type":`)
	out.Write(t)
	if rest := bytes.TrimSpace(b[1:]); len(rest) > 1 {
		out.WriteByte(',')
	}
	out.Write(b[1:])
	return out.Bytes(), nil
}

// deleteEmpty deletes the object at p where the API documentation shows an
// empty answer: any 2xx is success and a body, if any, is not read.
func deleteEmpty(ctx context.Context, s *service, p string) error {
	_, err := s.do(ctx, &transport.Request{Method: http.MethodDelete, Path: p}, nil)
	return err
}

// getByID fetches the object at tmpl filled with id.
func getByID[T any](ctx context.Context, s *service, tmpl string, id int64) (*T, error) {
	p, err := path(tmpl, id)
	if err != nil {
		return nil, err
	}
	return getOne[T](ctx, s, p)
}

// sendByID writes body to tmpl filled with id.
func sendByID[T any](ctx context.Context, s *service, method, tmpl string, id int64, key string, body validator) (*T, error) {
	p, err := path(tmpl, id)
	if err != nil {
		return nil, err
	}
	return send[T](ctx, s, method, p, key, body)
}

// deleteByID deletes the object at tmpl filled with id; the API answers
// {"status": "ok"}.
func deleteByID(ctx context.Context, s *service, tmpl string, id int64) error {
	p, err := path(tmpl, id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, s, p)
}

// wireOrders sets the services of orders, clients and the shop's settings.
func (c *Client) wireOrders(s *service) {
	c.Orders = (*OrdersService)(s)
	c.Clients = (*ClientsService)(s)
	c.ClientGroups = (*ClientGroupsService)(s)
	c.CustomStatuses = (*CustomStatusesService)(s)
	c.DeliveryVariants = (*DeliveryVariantsService)(s)
	c.PaymentGateways = (*PaymentGatewaysService)(s)
	c.DiscountCodes = (*DiscountCodesService)(s)
	c.BonusSystemTransactions = (*BonusSystemTransactionsService)(s)
	c.OrderFields = (*OrderFieldsService)(s)
	c.Marketplaces = (*MarketplacesService)(s)
}
