package commerce_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
)

// TestAuditUnsupportedMatchesThePackageDocTable checks every platform's
// nine operations against the package doc's table: an operation the table
// lists answers anything but ErrUnsupported (here the server's 401), one it
// does not answers ErrUnsupported with a reason, from the call or as the
// only item of the iteration.
func TestAuditUnsupportedMatchesThePackageDocTable(t *testing.T) {
	table := map[commerce.Platform]string{ // orders | products | customers, as the doc's table says
		commerce.InSales:     "get all changes|get all changes|get all changes",
		commerce.Shopkit:     "get all changes|get all changes|get all",
		commerce.MyCashflow:  "||get all changes",
		commerce.SiteBuilder: "get all|get all|get all",
		commerce.Storefront:  "get all|get all changes|get all",
	}
	stores := auditStores(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"unauthorized"}`))
	})
	ctx := context.Background()
	type ops struct {
		get     func() error
		all     func() []error
		changes func() []error
	}
	collect := func(seqErrs func(func(error))) []error {
		var errs []error
		seqErrs(func(err error) { errs = append(errs, err) })
		return errs
	}
	for _, st := range stores {
		readers := []ops{
			{func() error { _, err := st.Orders().Get(ctx, 1); return err },
				func() []error {
					return collect(func(f func(error)) {
						for _, err := range st.Orders().All(ctx) {
							f(err)
						}
					})
				},
				func() []error {
					return collect(func(f func(error)) {
						for _, err := range st.Orders().Changes(ctx, ecomkit.Checkpoint{}) {
							f(err)
						}
					})
				}},
			{func() error { _, err := st.Products().Get(ctx, 1); return err },
				func() []error {
					return collect(func(f func(error)) {
						for _, err := range st.Products().All(ctx) {
							f(err)
						}
					})
				},
				func() []error {
					return collect(func(f func(error)) {
						for _, err := range st.Products().Changes(ctx, ecomkit.Checkpoint{}) {
							f(err)
						}
					})
				}},
			{func() error { _, err := st.Customers().Get(ctx, 1); return err },
				func() []error {
					return collect(func(f func(error)) {
						for _, err := range st.Customers().All(ctx) {
							f(err)
						}
					})
				},
				func() []error {
					return collect(func(f func(error)) {
						for _, err := range st.Customers().Changes(ctx, ecomkit.Checkpoint{}) {
							f(err)
						}
					})
				}},
		}
		cells := strings.Split(table[st.Platform()], "|")
		for i, r := range readers {
			offered := " " + cells[i] + " "
			for _, op := range []struct {
				name string
				errs []error
			}{{"get", []error{r.get()}}, {"all", r.all()}, {"changes", r.changes()}} {
				if len(op.errs) != 1 || op.errs[0] == nil {
					t.Errorf("%s %d %s: %d items against a 401 server, want one error", st.Platform(), i, op.name, len(op.errs))
					continue
				}
				var ue *commerce.UnsupportedError
				unsupported := errors.As(op.errs[0], &ue) && errors.Is(op.errs[0], commerce.ErrUnsupported) && ue.Reason != ""
				if want := !strings.Contains(offered, " "+op.name+" "); unsupported != want {
					t.Errorf("%s %d %s: unsupported %v, the doc's table says %v (%v)", st.Platform(), i, op.name, unsupported, want, op.errs[0])
				}
			}
		}
	}
}
