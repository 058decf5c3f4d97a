package shopkit_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// handClient is the hand-written reference for GET /client/{id}: one
// request, the body read, encoding/json into a plain struct of the same
// fields (no Extra, no tolerance).
type handClient struct {
	ID            int64           `json:"id"`
	Hash          string          `json:"hash"`
	Name          string          `json:"name"`
	Email         string          `json:"email"`
	CreatedAt     int64           `json:"created_at"`
	LastSeenAt    int64           `json:"last_seen_at"`
	Delivery      json.RawMessage `json:"delivery"`
	Billing       json.RawMessage `json:"billing"`
	OrdersSummary json.RawMessage `json:"orders_summary"`
}

// BenchmarkClientsGet compares Clients.Get with the hand-written
// net/http + encoding/json reference, in the same run, on loopback.
func BenchmarkClientsGet(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("testdata", "clients.list.json"))
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	ctx := context.Background()
	b.Run("sdk", func(b *testing.B) {
		c, err := shopkit.NewClient(testKey, shopkit.WithBaseURL(srv.URL), shopkit.WithoutRateLimit())
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.Clients.Get(ctx, 731046); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reference", func(b *testing.B) {
		hc := &http.Client{}
		b.ReportAllocs()
		for b.Loop() {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/client/731046", nil)
			req.Header.Set("X-API-KEY", testKey)
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			raw, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			var out []handClient
			if err := json.Unmarshal(raw, &out); err != nil || len(out) != 1 {
				b.Fatal(err)
			}
		}
	})
}
