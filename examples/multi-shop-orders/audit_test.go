package main

import (
	"bytes"
	"context"
	"errors"
	"iter"
	"strings"
	"testing"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
)

// auditStore is a Store whose orders are one order, then an error.
type auditStore struct{}

func (auditStore) Platform() commerce.Platform                   { return commerce.Shopkit }
func (auditStore) Orders() commerce.Reader[commerce.Order]       { return auditOrders{} }
func (auditStore) Products() commerce.Reader[commerce.Product]   { return nil }
func (auditStore) Customers() commerce.Reader[commerce.Customer] { return nil }

type auditOrders struct{}

func (auditOrders) Get(context.Context, int64) (*commerce.Order, error) { return nil, errors.New("no") }
func (auditOrders) All(context.Context) iter.Seq2[commerce.Order, error] {
	return func(yield func(commerce.Order, error) bool) {
		total, _ := ecomkit.ParseDecimal("10.00")
		if !yield(commerce.Order{Platform: commerce.Shopkit, ID: 1, Currency: "EUR", Total: &total}, nil) {
			return
		}
		yield(commerce.Order{}, errors.New("page 2: 500 Internal Server Error"))
	}
}
func (auditOrders) Changes(context.Context, ecomkit.Checkpoint) iter.Seq2[commerce.Order, error] {
	return nil
}

// TestAuditAPlatformFailingMidWayIsNotTotalledAsComplete: a platform whose
// listing fails after some orders must not have its partial sum printed as
// its total per platform and currency.
func TestAuditAPlatformFailingMidWayIsNotTotalledAsComplete(t *testing.T) {
	saved := shops
	t.Cleanup(func() { shops = saved })
	shops = []opener{func(context.Context, func(string) string) (shop, error) {
		return shop{name: "Shopkit", where: "a test store", store: auditStore{}, close: func() {}}, nil
	}}
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), nil, &stdout, &stderr, noEnv)
	if err == nil {
		t.Fatal("a failed platform did not fail the run")
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, "shopkit") && strings.Contains(line, "total 10.00") && !strings.Contains(line, "incomplete") {
			t.Errorf("partial sum printed as a total: %q", line)
		}
	}
}
