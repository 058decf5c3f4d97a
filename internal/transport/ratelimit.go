package transport

import (
	"net/http"
	"strconv"
	"strings"
)

// UsageHeader returns an observer for a header of the form "used/limit",
// such as InSales' "API-Usage-Limit: 2/500".
func UsageHeader(name string) func(http.Header) (used, limit int, ok bool) {
	return func(h http.Header) (int, int, bool) {
		v := h.Get(name)
		if v == "" {
			return 0, 0, false
		}
		a, b, found := strings.Cut(strings.TrimSpace(v), "/")
		if !found {
			return 0, 0, false
		}
		used, err1 := strconv.Atoi(strings.TrimSpace(a))
		limit, err2 := strconv.Atoi(strings.TrimSpace(b))
		if err1 != nil || err2 != nil || limit <= 0 {
			return 0, 0, false
		}
		return used, limit, true
	}
}
