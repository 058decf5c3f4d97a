package insales

import "context"

// Warehouse is one of the shop's stock locations. The endpoint and this
// model are documented outside the API documentation's examples (the
// vendor's product guide and official Ruby client); fields beyond these
// are kept in Extra.
type Warehouse struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a warehouse, keeping undeclared fields in Extra.
func (w *Warehouse) UnmarshalJSON(b []byte) error {
	type plain Warehouse
	return decodeExtra(b, (*plain)(w), &w.Extra)
}

// WarehousesAPI is the interface WarehousesService satisfies, for mocks.
type WarehousesAPI interface {
	List(ctx context.Context) ([]Warehouse, error)
}

var _ WarehousesAPI = (*WarehousesService)(nil)

// WarehousesService reads the shop's warehouses: /admin/warehouses.
// Documented outside the API documentation's examples.
type WarehousesService service

// List fetches every warehouse: GET /admin/warehouses.json. Documented
// outside the API documentation's examples (the vendor's product guide).
func (s *WarehousesService) List(ctx context.Context) ([]Warehouse, error) {
	return listAll[Warehouse](ctx, (*service)(s), "/warehouses.json", nil)
}
