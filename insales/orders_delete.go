package insales

import "context"

// Delete deletes an order: DELETE /admin/orders/{id}.json. Any 2xx answer
// is success. Documented outside the API documentation's examples (the
// vendor's older API reference).
func (s *OrdersService) Delete(ctx context.Context, id int64) error {
	p, err := path("/orders/{order_id}.json", id)
	if err != nil {
		return err
	}
	return deleteBlank(ctx, (*service)(s), p)
}
