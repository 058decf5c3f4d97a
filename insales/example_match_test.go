package insales_test

import (
	"encoding/json"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// requireMatchesExample checks that got, encoded again, carries every
// field of the documentation's example with the same value: a field the
// model does not declare, or one decoded wrongly, fails. Values compare by
// meaning: timestamps as instants, decimal strings as numbers, and null,
// "", false, 0 and [] as absent (the models use zero values for null).
func requireMatchesExample(t *testing.T, example []byte, got any) {
	t.Helper()
	var want any
	require.NoError(t, json.Unmarshal(example, &want))
	b, err := json.Marshal(got)
	require.NoError(t, err)
	var have any
	require.NoError(t, json.Unmarshal(b, &have))
	require.Equal(t, normalize(want), normalize(have), "decoded %s", b)
}

var numberRE = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

func normalize(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			if n := normalize(e); n != nil {
				out[k] = n
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case []any:
		if len(x) == 0 {
			return nil
		}
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = normalize(e)
		}
		return out
	case string:
		if x == "" {
			return nil
		}
		if tm, err := time.Parse(time.RFC3339, x); err == nil {
			return tm.UTC().Format(time.RFC3339)
		}
		if numberRE.MatchString(x) {
			f, _ := strconv.ParseFloat(x, 64)
			return normalize(f)
		}
		return x
	case float64:
		if x == 0 {
			return nil
		}
		return x
	case bool:
		if !x {
			return nil
		}
		return x
	}
	return v
}

func mustDate(t *testing.T, s string) insales.Date {
	t.Helper()
	var d insales.Date
	require.NoError(t, json.Unmarshal([]byte(strconv.Quote(s)), &d))
	return d
}
