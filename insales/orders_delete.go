package insales

import "context"

// OrderDeletionService deletes orders: DELETE /admin/orders/{id}.json,
// documented outside the API documentation's examples (the vendor's older
// API reference). It is a service of its own because the orders service
// was not yet part of this package when it was written; it belongs on
// OrdersService.
type OrderDeletionService service

// Delete deletes an order: DELETE /admin/orders/{id}.json. Any 2xx answer
// is success. Documented outside the API documentation's examples.
func (s *OrderDeletionService) Delete(ctx context.Context, id int64) error {
	p, err := path("/orders/{order_id}.json", id)
	if err != nil {
		return err
	}
	return deleteBlank(ctx, (*service)(s), p)
}
