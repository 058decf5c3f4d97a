package shopkit

import "net/http"

// route is the method and path template of one endpoint.
type route struct{ method, path string }

// The routes the API documentation contradicts itself on, each in this one
// place so that a correction is a one-line change. Every one is documented
// outside the API documentation's examples: Shopkit's 2025 public docs.
var (
	// routeOrderInvoice: the 2025 docs' heading says POST, the Blueprint
	// action tag PUT, and the curl sends GET to /product/1337/invoice. POST
	// is chosen (the heading, and the 201 Created answer); PUT is the
	// other candidate.
	routeOrderInvoice = route{http.MethodPost, "/order/{id}/invoice"}
	// routeOrderBulkInvoice: heading, tag and curl agree.
	routeOrderBulkInvoice = route{http.MethodPut, "/order/bulk/invoice"}
	// routeClientGet: the template names the segment {hash}; PUT and
	// DELETE take an id or a hash in it, so GET is read the same way.
	routeClientGet = route{http.MethodGet, "/client/{id}"}
	// routeClientUpdate: heading and tag say PUT, the curl sends POST;
	// PUT is chosen (POST /client/ is the create call).
	routeClientUpdate = route{http.MethodPut, "/client/{id}"}
	// routeCouponUpdate: the template is /coupon/ without an id while id
	// is a required parameter; the id goes in the path, as for DELETE
	// /coupon/{id} and every other update.
	routeCouponUpdate = route{http.MethodPut, "/coupon/{id}"}
	// routeStats: the template sends the metric as a query parameter
	// (/stats/?metric=), the curl as a path segment (/stats/resume); the
	// template's query form is chosen, without its trailing slash.
	routeStats = route{http.MethodGet, "/stats"}
	// routeShipments: the template copies GET /shipping's parameters; the
	// parameter list (tracking_code, carrier, ...) is followed.
	routeShipments        = route{http.MethodGet, "/shipment"}
	routeShipmentCarriers = route{http.MethodGet, "/shipment/carrier"}
	routeProductSearch    = route{http.MethodGet, "/product/search"}
	routeClients          = route{http.MethodGet, "/client"}
	routeClientCreate     = route{http.MethodPost, "/client/"}
	routeClientDelete     = route{http.MethodDelete, "/client/{id}"}
)
