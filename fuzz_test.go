package ecomkit

import (
	"github.com/ecomkit/ecomkit-go/internal/flex"

	"encoding/json"
	"testing"
)

// The tolerant types must never panic, whatever a server sends; a value they
// accept must encode again.
func FuzzTolerantTypes(f *testing.F) {
	for _, s := range []string{`"9.90"`, `300`, `null`, `""`, `{"0":1}`, `[]`, `"2020-11-27T14:07:10+00:0"`, `1510584000`, `"1e400"`, `-0`, `"yes"`, `"1e999999"`, `9000000000000000000`, `1.5e9`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var d Decimal
		if json.Unmarshal(b, &d) == nil {
			out, err := json.Marshal(d)
			if err != nil || !json.Valid(out) {
				t.Fatalf("decimal %q does not encode: %v", d.String(), err)
			}
			var again Decimal
			if err := json.Unmarshal(out, &again); err != nil || again.Cmp(d) != 0 {
				t.Fatalf("decimal %q does not survive a round trip: %v", d.String(), err)
			}
		}
		var i Int
		_ = json.Unmarshal(b, &i)
		var bo Bool
		_ = json.Unmarshal(b, &bo)
		var s String
		_ = json.Unmarshal(b, &s)
		var tm Time
		if json.Unmarshal(b, &tm) == nil {
			out, err := json.Marshal(tm)
			if err != nil {
				t.Fatalf("time %v does not encode: %v", tm.Time, err)
			}
			var again Time
			if err := json.Unmarshal(out, &again); err != nil || !again.Equal(tm.Time) {
				t.Fatalf("time %v does not survive a round trip (%s): %v", tm.Time, out, err)
			}
		}
		var le Lenient[struct {
			A Int    `json:"a"`
			B []bool `json:"b"`
		}]
		if json.Unmarshal(b, &le) == nil {
			if out, err := json.Marshal(le); err != nil || !json.Valid(out) {
				t.Fatalf("lenient %#v does not encode: %v", le, err)
			}
		}
		var l List[Int]
		_ = json.Unmarshal(b, &l)
		var m Map[String]
		_ = json.Unmarshal(b, &m)
		var o struct {
			ID    int64               `json:"id"`
			Paid  bool                `json:"paid"`
			Lines []struct{ Qty int } `json:"lines"`
			Tags  []string            `json:"tags"`
		}
		_ = flex.Unmarshal(b, &o)
		var p product
		_ = json.Unmarshal(b, &p)
	})
}
