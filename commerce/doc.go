// Package commerce reads orders, products and customers from every platform
// of ecomkit-go through one interface, Store, and one set of models: Order,
// Product and Customer.
//
// MAPPING-TABLE
package commerce
