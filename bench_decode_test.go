package ecomkit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
)

// Decoding benchmarks of issue 10, each a pair in one run:
//
//	go test . -run '^$' -bench Decode -benchmem -count 8 | benchstat -col /impl -
//
// The cpu-ns/op metric (process CPU time per operation) is the one to
// compare on a shared machine; ns/op includes waiting for a CPU.

// bench runs fn as one sub-benchmark reporting bytes, allocations and CPU time.
func bench(b *testing.B, name string, size int, fn func() error) {
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		start := cpuTime()
		for b.Loop() {
			if err := fn(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	})
}

// plainOf derives from a model type the struct encoding/json decodes the
// same body into with standard types only: Decimal as json.Number, Int as
// int64, Time as time.Time, UnixTime as int64, List as a slice, nested
// models as plain structs. Fields whose documented value standard types
// cannot hold (false for a string, [] for an object) stay json.RawMessage,
// found by decoding body: that only makes the reference faster.
func plainOf(tb testing.TB, model reflect.Type, body []byte) reflect.Type {
	raw := map[string]bool{}
	for range 50 {
		pt := plainType(model, "", raw, 0)
		err := json.Unmarshal(body, reflect.New(pt).Interface())
		var ute *json.UnmarshalTypeError
		if err == nil {
			return pt
		}
		if !errors.As(err, &ute) || raw[ute.Field] {
			tb.Fatalf("plain %s: %v", model, err)
		}
		raw[ute.Field] = true
	}
	tb.Fatalf("plain %s: too many fields kept raw", model)
	return nil
}

var (
	rawMessageType = reflect.TypeFor[json.RawMessage]()
	plainScalars   = map[reflect.Type]reflect.Type{
		reflect.TypeFor[ecomkit.Decimal]():  reflect.TypeFor[json.Number](),
		reflect.TypeFor[ecomkit.Int]():      reflect.TypeFor[int64](),
		reflect.TypeFor[ecomkit.Bool]():     reflect.TypeFor[bool](),
		reflect.TypeFor[ecomkit.String]():   reflect.TypeFor[string](),
		reflect.TypeFor[ecomkit.Time]():     reflect.TypeFor[time.Time](),
		reflect.TypeFor[ecomkit.UnixTime](): reflect.TypeFor[int64](),
		reflect.TypeFor[ecomkit.Date]():     reflect.TypeFor[string](),
		reflect.TypeFor[ecomkit.Secret]():   reflect.TypeFor[string](),
		reflect.TypeFor[time.Time]():        reflect.TypeFor[time.Time](),
		rawMessageType:                      rawMessageType,
	}
)

func plainType(t reflect.Type, path string, raw map[string]bool, depth int) reflect.Type {
	if raw[path] || depth > 6 {
		return rawMessageType
	}
	if p, ok := plainScalars[t]; ok {
		return p
	}
	switch t.Kind() {
	case reflect.Pointer:
		return reflect.PointerTo(plainType(t.Elem(), path, raw, depth))
	case reflect.Slice:
		return reflect.SliceOf(plainType(t.Elem(), path, raw, depth+1))
	case reflect.Map:
		return reflect.MapOf(t.Key(), plainType(t.Elem(), path, raw, depth+1))
	case reflect.Struct:
		var fields []reflect.StructField
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" || f.Anonymous {
				continue
			}
			if name == "" {
				name = f.Name
			}
			sub := name
			if path != "" {
				sub = path + "." + name
			}
			fields = append(fields, reflect.StructField{
				Name: f.Name, Type: plainType(f.Type, sub, raw, depth+1), Tag: reflect.StructTag(`json:"` + name + `"`),
			})
		}
		return reflect.StructOf(fields)
	case reflect.String:
		return reflect.TypeFor[string]()
	case reflect.Bool:
		return reflect.TypeFor[bool]()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return reflect.TypeFor[int64]()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return reflect.TypeFor[uint64]()
	case reflect.Float32, reflect.Float64:
		return reflect.TypeFor[float64]()
	}
	return rawMessageType
}

func fixture(tb testing.TB, name string) []byte {
	body, err := os.ReadFile("testdata/bench/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return body
}

// models are the table's rows: a model and the API documentation's example.
var models = []struct {
	name string
	file string
	typ  reflect.Type
}{
	{"shopkit.Product", "shopkit.product.json", reflect.TypeFor[shopkit.Product]()},
	{"mycashflow.Customer", "mycashflow.customer.json", reflect.TypeFor[mycashflow.Customer]()},
	{"sitebuilder.Contact", "sitebuilder.contact.json", reflect.TypeFor[sitebuilder.Contact]()},
}

// BenchmarkDecodeModel: a model (tolerant types, Extra at every level it
// declares) vs encoding/json into a plain struct of the same fields
// (issue 10: <= 1.5x).
func BenchmarkDecodeModel(b *testing.B) {
	for _, m := range models {
		body := fixture(b, m.file)
		pt := plainOf(b, m.typ, body)
		b.Run("model="+m.name, func(b *testing.B) {
			bench(b, "impl=plain", len(body), func() error {
				return json.Unmarshal(body, reflect.New(pt).Interface())
			})
			bench(b, "impl=sdk", len(body), func() error {
				return flex.Unmarshal(body, reflect.New(m.typ).Interface())
			})
		})
	}
}

// page builds a list of n copies of the product (distinct ids); with
// strings set, every number in it is sent as a JSON string.
func page(tb testing.TB, n int, strings bool) []byte {
	var p map[string]any
	dec := json.NewDecoder(bytes.NewReader(fixture(tb, "shopkit.product.json")))
	dec.UseNumber()
	if err := dec.Decode(&p); err != nil {
		tb.Fatal(err)
	}
	if strings {
		p = stringify(p).(map[string]any)
	}
	items := make([]any, n)
	for i := range items {
		q := make(map[string]any, len(p))
		for k, v := range p {
			q[k] = v
		}
		q["id"] = json.Number(fmt.Sprint(1000 + i))
		if strings {
			q["id"] = fmt.Sprint(1000 + i)
		}
		items[i] = q
	}
	out, err := json.Marshal(items)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func stringify(v any) any {
	switch x := v.(type) {
	case json.Number:
		return x.String()
	case map[string]any:
		for k, e := range x {
			x[k] = stringify(e)
		}
	case []any:
		for i, e := range x {
			x[i] = stringify(e)
		}
	}
	return v
}

// BenchmarkDecodePage: 250 products whose numbers arrive as strings vs
// the same page with the documented types (issue 10: <= 1.2x).
func BenchmarkDecodePage(b *testing.B) {
	typed, strs := page(b, 250, false), page(b, 250, true)
	for _, body := range [][]byte{typed, strs} {
		var p []shopkit.Product
		if err := flex.Unmarshal(body, &p); err != nil || len(p) != 250 || p[249].ID != 1249 {
			b.Fatalf("page: %v", err)
		}
	}
	bench(b, "impl=typed", len(typed), func() error {
		var p []shopkit.Product
		return flex.Unmarshal(typed, &p)
	})
	bench(b, "impl=strings", len(strs), func() error {
		var p []shopkit.Product
		return flex.Unmarshal(strs, &p)
	})
}

// BenchmarkDecodeTime: ecomkit.Time vs time.Time per timestamp (issue 10:
// <= 1.5x), alone and in a struct of four.
func BenchmarkDecodeTime(b *testing.B) {
	for _, ts := range []string{`"2020-11-27T15:36:57+00:00"`, `"2020-11-27T15:36:57Z"`, `"2024-02-01T10:00:00.123+02:00"`} {
		in := []byte(ts)
		b.Run("ts="+strings.Trim(ts, `"`), func(b *testing.B) {
			bench(b, "impl=time.Time", len(in), func() error {
				var t time.Time
				return t.UnmarshalJSON(in)
			})
			bench(b, "impl=ecomkit.Time", len(in), func() error {
				var t ecomkit.Time
				return t.UnmarshalJSON(in)
			})
		})
	}
	body := []byte(`{"a":"2020-11-27T15:36:57+00:00","b":"2020-11-27T15:36:57+00:00","c":"2021-01-02T03:04:05Z","d":"2013-06-19T20:41:47+03:00"}`)
	type std struct{ A, B, C, D time.Time }
	type tol struct{ A, B, C, D ecomkit.Time }
	b.Run("struct", func(b *testing.B) {
		bench(b, "impl=time.Time", len(body), func() error { return json.Unmarshal(body, new(std)) })
		bench(b, "impl=ecomkit.Time", len(body), func() error { return flex.Unmarshal(body, new(tol)) })
	})
}

// level is a nested model; withExtra keeps undeclared members at every
// level through DecodeWithExtra, as issue 8 item 16 asks of every model.
type level struct {
	ID    int64           `json:"id"`
	Name  string          `json:"name"`
	Price ecomkit.Decimal `json:"price"`
	Items []item          `json:"items"`
}

type item struct {
	SKU string          `json:"sku"`
	Qty ecomkit.Int     `json:"qty"`
	Sum ecomkit.Decimal `json:"sum"`
}

type levelX struct {
	ID    int64           `json:"id"`
	Name  string          `json:"name"`
	Price ecomkit.Decimal `json:"price"`
	Items []itemX         `json:"items"`
	Extra ecomkit.Extra   `json:"-"`
}

func (l *levelX) UnmarshalJSON(b []byte) error {
	type plain levelX
	return flex.DecodeWithExtra(b, (*plain)(l), &l.Extra)
}

type itemX struct {
	SKU   string          `json:"sku"`
	Qty   ecomkit.Int     `json:"qty"`
	Sum   ecomkit.Decimal `json:"sum"`
	Extra ecomkit.Extra   `json:"-"`
}

func (i *itemX) UnmarshalJSON(b []byte) error {
	type plain itemX
	return flex.DecodeWithExtra(b, (*plain)(i), &i.Extra)
}

// BenchmarkDecodeExtra: Extra kept at every level (two per item) vs the
// same models without it (issue 8 item 16: its cost).
func BenchmarkDecodeExtra(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`[`)
	for i := range 50 {
		if i > 0 {
			sb.WriteString(`,`)
		}
		fmt.Fprintf(&sb, `{"id":%d,"name":"order %d","price":"12.50","items":[`, i, i)
		for j := range 4 {
			if j > 0 {
				sb.WriteString(`,`)
			}
			fmt.Fprintf(&sb, `{"sku":"A-%d","qty":%d,"sum":"3.125"}`, j, j+1)
		}
		sb.WriteString(`]}`)
	}
	sb.WriteString(`]`)
	body := []byte(sb.String())
	bench(b, "impl=noextra", len(body), func() error { return flex.Unmarshal(body, new([]level)) })
	bench(b, "impl=extra", len(body), func() error { return flex.Unmarshal(body, new([]levelX)) })
}

// category is a self-similar model keeping Extra at every level, as
// Shopkit's categories nest their children.
type category struct {
	ID       int64                  `json:"id"`
	Title    string                 `json:"title"`
	Count    ecomkit.Int            `json:"num_products"`
	Price    ecomkit.Decimal        `json:"price"`
	Desc     string                 `json:"description"`
	Children ecomkit.List[category] `json:"children"`
	Extra    ecomkit.Extra          `json:"-"`
}

func (c *category) UnmarshalJSON(b []byte) error {
	type plain category
	return flex.DecodeWithExtra(b, (*plain)(c), &c.Extra)
}

// nestedCategories is a chain of depth categories, each about 270 bytes;
// tolerant sends the numbers as strings.
func nestedCategories(depth int, tolerant bool) []byte {
	q := ""
	if tolerant {
		q = `"`
	}
	filler := strings.Repeat("lorem ipsum ", 12)
	var sb strings.Builder
	for i := range depth {
		fmt.Fprintf(&sb, `{"id": %s%d%s, "title": "level %d", "num_products": %s%d%s, "price": "9.90", "seo": {"k": [1, 2]}, "description": "%s", "children": [`,
			q, i, q, i, q, i, q, filler)
	}
	for range depth {
		sb.WriteString(`]}`)
	}
	return []byte(sb.String())
}

// BenchmarkDecodeNesting: time per byte of nested models from 1 KB to
// 1 MB, plain and needing tolerance at every level (issue 8 item 7: flat).
// The model is reached through flex.Unmarshal (what the clients do) and
// through encoding/json (a caller decoding stored JSON).
func BenchmarkDecodeNesting(b *testing.B) {
	for _, depth := range []int{4, 40, 400, 4000} {
		for _, tolerant := range []bool{false, true} {
			body := nestedCategories(depth, tolerant)
			b.Run(fmt.Sprintf("depth=%d/tolerant=%t", depth, tolerant), func(b *testing.B) {
				bench(b, "via=flex", len(body), func() error { return flex.Unmarshal(body, new(category)) })
				bench(b, "via=encoding-json", len(body), func() error { return json.Unmarshal(body, new(category)) })
			})
		}
	}
}

// hostile builds 1 MB bodies a broken or hostile server could send.
func hostile() map[string][]byte {
	const size = 1 << 20
	rep := func(s string, n int) string { return strings.Repeat(s, n) }
	out := map[string][]byte{}
	// Subcategories nested as deep as JSON allows, as objects keyed "0".
	var sb strings.Builder
	depth := 0
	for sb.Len() < size/2 && depth < 4500 {
		fmt.Fprintf(&sb, `{"id":"%d","title":"t","num_products":"7","image":[],"children":{"0":`, depth)
		depth++
	}
	sb.WriteString(`null`)
	sb.WriteString(rep(`}}`, depth))
	out["category/nested-0-keys"] = []byte(sb.String())
	sb.Reset()
	depth = 0
	for sb.Len() < size/2 && depth < 4500 {
		fmt.Fprintf(&sb, `{"id":%d,"title":"t","num_products":7,"image":[],"children":[`, depth)
		depth++
	}
	sb.WriteString(rep(`]}`, depth))
	out["category/nested-arrays"] = []byte(sb.String())
	out["product/escaped-title"] = []byte(`{"id":1,"title":"` + rep(`\u00e9\n`, size/8) + `"}`)
	sb.Reset()
	sb.WriteString(`{"id":1`)
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, `,"k%d":[1,{"a":"b"}]`, i)
	}
	sb.WriteString(`}`)
	out["product/unknown-members"] = []byte(sb.String())
	out["product/deep-unknown"] = []byte(`{"id":1,"x":` + rep(`[`, 9999) + rep(`]`, 9999) + `,"y":"` + rep("a", size-20000) + `"}`)
	out["product/huge-decimal"] = []byte(`{"id":1,"price":"` + rep("9", size) + `.5"}`)
	out["products/empty-items"] = []byte(`[` + rep(`{},`, size/3) + `{}]`)
	out["products/scalars-for-lists"] = []byte(`[` + rep(`{"images":"x","categories":"","options":{"0":{"id":"1"},"paging":null}},`, size/80) + `{}]`)
	return out
}

// BenchmarkDecodeHostile: the worst 1 MB bodies found, decoded into the
// Shopkit models (issue 8 item 7: a decode's time is bounded by its
// input, so a bounded body decodes in bounded time without watching the
// context).
func BenchmarkDecodeHostile(b *testing.B) {
	for name, body := range hostile() {
		var target func() any
		switch {
		case strings.HasPrefix(name, "category/"):
			target = func() any { return new(shopkit.Category) }
		case strings.HasPrefix(name, "products/"):
			target = func() any { return new([]shopkit.Product) }
		default:
			target = func() any { return new(shopkit.Product) }
		}
		bench(b, "body="+name, len(body), func() error {
			err := flex.Unmarshal(body, target())
			var fe *flex.FieldError
			if errors.As(err, &fe) {
				return nil // refused with a field error: also an answer
			}
			return err
		})
	}
}
