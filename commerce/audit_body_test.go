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

// TestAuditEndlessBodyAndStallEndEveryRead: a 2xx body that never ends
// ends every read of every Store at the response size limit, and a server
// that stalls mid-body ends it when the caller's context is done; never a
// hang, a panic, or a record. No timing: the stalling handler tells the
// test it stalled, and the test cancels.
func TestAuditEndlessBodyAndStallEndEveryRead(t *testing.T) {
	chunk := []byte(strings.Repeat(`{"id":1,"title":"x"},`, 4096))
	for _, mode := range []string{"endless", "stall"} {
		stalled := make(chan struct{}, 1)
		stores := auditStores(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write([]byte(`[`))
			if mode == "stall" {
				w.(http.Flusher).Flush()
				select {
				case stalled <- struct{}{}:
				default:
				}
				<-r.Context().Done()
				return
			}
			for {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		})
		for _, st := range stores {
			ctx, cancel := context.WithCancel(context.Background())
			stop := make(chan struct{})
			go func() { // cancels the read once the server stalls
				select {
				case <-stalled:
					cancel()
				case <-stop:
				}
			}()
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
			case <-time.After(time.Minute): // a watchdog against a hang, not a timing
				t.Fatalf("%s (%s body): a read hung", st.Platform(), mode)
			}
			close(stop)
			cancel()
		}
	}
}
