package commerce_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go"
)

// TestAuditEndlessBodyAndStallEndEveryRead: a 2xx body that never ends, and
// a server that stalls mid-body, end every read of every Store with an
// error (bounded by the response size limit and the context), never a hang,
// a panic, or a record.
func TestAuditEndlessBodyAndStallEndEveryRead(t *testing.T) {
	chunk := []byte(strings.Repeat(`{"id":1,"title":"x"},`, 4096))
	for _, mode := range []string{"endless", "stall"} {
		stores := auditStores(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write([]byte(`[`))
			for {
				if mode == "stall" {
					select {
					case <-r.Context().Done():
						return
					case <-time.After(10 * time.Second):
						return
					}
				}
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		})
		for _, st := range stores {
			ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
			done := make(chan error, 1)
			go func() {
				var err error
				if _, err = st.Orders().Get(ctx, 1); err == nil {
					done <- errors.New("Get returned a record")
					return
				}
				for _, err := range st.Products().All(ctx) {
					if err == nil {
						done <- errors.New("All yielded a record")
						return
					}
				}
				for o, err := range st.Customers().Changes(ctx, ecomkit.Checkpoint{}) {
					if err == nil {
						done <- fmt.Errorf("Changes yielded customer %d", o.ID)
						return
					}
				}
				done <- nil
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("%s (%s body): %v", st.Platform(), mode, err)
				}
			case <-time.After(20 * time.Second):
				t.Fatalf("%s (%s body): a read hung", st.Platform(), mode)
			}
			cancel()
		}
	}
}
