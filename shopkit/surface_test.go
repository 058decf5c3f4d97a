package shopkit_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// TestServiceInterfacesListEveryMethod: each XxxAPI interface has every
// exported method of its service (but Format), so a mock of the interface
// can stand in for the service everywhere.
func TestServiceInterfacesListEveryMethod(t *testing.T) {
	pairs := map[string][2]reflect.Type{
		"Store":               {reflect.TypeFor[*shopkit.StoreService](), reflect.TypeFor[shopkit.StoreAPI]()},
		"Products":            {reflect.TypeFor[*shopkit.ProductsService](), reflect.TypeFor[shopkit.ProductsAPI]()},
		"ProductOptionGroups": {reflect.TypeFor[*shopkit.ProductOptionGroupsService](), reflect.TypeFor[shopkit.ProductOptionGroupsAPI]()},
		"ProductOptions":      {reflect.TypeFor[*shopkit.ProductOptionsService](), reflect.TypeFor[shopkit.ProductOptionsAPI]()},
		"Categories":          {reflect.TypeFor[*shopkit.CategoriesService](), reflect.TypeFor[shopkit.CategoriesAPI]()},
		"Brands":              {reflect.TypeFor[*shopkit.BrandsService](), reflect.TypeFor[shopkit.BrandsAPI]()},
		"Orders":              {reflect.TypeFor[*shopkit.OrdersService](), reflect.TypeFor[shopkit.OrdersAPI]()},
		"Shipping":            {reflect.TypeFor[*shopkit.ShippingService](), reflect.TypeFor[shopkit.ShippingAPI]()},
		"Coupons":             {reflect.TypeFor[*shopkit.CouponsService](), reflect.TypeFor[shopkit.CouponsAPI]()},
		"Webhooks":            {reflect.TypeFor[*shopkit.WebhooksService](), reflect.TypeFor[shopkit.WebhooksAPI]()},
		"Media":               {reflect.TypeFor[*shopkit.MediaService](), reflect.TypeFor[shopkit.MediaAPI]()},
		"Clients":             {reflect.TypeFor[*shopkit.ClientsService](), reflect.TypeFor[shopkit.ClientsAPI]()},
		"Shipments":           {reflect.TypeFor[*shopkit.ShipmentsService](), reflect.TypeFor[shopkit.ShipmentsAPI]()},
		"Stats":               {reflect.TypeFor[*shopkit.StatsService](), reflect.TypeFor[shopkit.StatsAPI]()},
	}
	for name, p := range pairs {
		svc, api := p[0], p[1]
		assert.True(t, svc.Implements(api), name)
		for i := range svc.NumMethod() {
			m := svc.Method(i).Name
			if m == "Format" {
				continue
			}
			_, ok := api.MethodByName(m)
			assert.True(t, ok, "%sAPI lacks %s", name, m)
		}
	}
	// Every service of the client is in the table.
	ct := reflect.TypeFor[shopkit.Client]()
	n := 0
	for i := range ct.NumField() {
		if ct.Field(i).IsExported() {
			n++
			_, ok := pairs[ct.Field(i).Name]
			assert.True(t, ok, ct.Field(i).Name)
		}
	}
	assert.Equal(t, len(pairs), n)
}
