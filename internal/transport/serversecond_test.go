package transport_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

func TestServerSecondIsTheDateHeaderElseTheClock(t *testing.T) {
	clock := func() time.Time { return time.Date(2024, 5, 1, 12, 0, 5, 600_000_000, time.UTC) }
	for _, c := range []struct {
		date string
		want time.Time
	}{
		{"Wed, 01 May 2024 11:59:58 GMT", time.Date(2024, 5, 1, 11, 59, 58, 0, time.UTC)},
		{"", time.Date(2024, 5, 1, 12, 0, 5, 0, time.UTC)},
		{"not a date", time.Date(2024, 5, 1, 12, 0, 5, 0, time.UTC)},
	} {
		h := http.Header{}
		if c.date != "" {
			h.Set("Date", c.date)
		}
		if got := transport.ServerSecond(h, clock); !got.Equal(c.want) {
			t.Errorf("Date %q: %s, want %s", c.date, got, c.want)
		}
	}
}
