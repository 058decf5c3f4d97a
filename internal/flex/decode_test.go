package flex_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/flex"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// every holds one field of each kind the engine decodes.
type every struct {
	I    int               `json:"i"`
	I8   int8              `json:"i8"`
	U    uint16            `json:"u"`
	F    float64           `json:"f"`
	F32  float32           `json:"f32"`
	B    bool              `json:"b"`
	S    string            `json:"s"`
	P    *int              `json:"p"`
	PP   **string          `json:"pp"`
	T    time.Time         `json:"t"`
	PT   *time.Time        `json:"pt"`
	L    []line            `json:"l"`
	Raw  json.RawMessage   `json:"raw"`
	Byt  []byte            `json:"byt"`
	Arr  [2]int            `json:"arr"`
	M    map[string]int    `json:"m"`
	MI   map[int]string    `json:"mi"`
	Any  any               `json:"any"`
	Anys []any             `json:"anys"`
	N    *every            `json:"n"`
	D    ecomkit.Decimal   `json:"d"`
	LL   ecomkit.List[int] `json:"ll"`
	Emb
	*EmbP
	Renamed string `json:"Name2"`
	Skip    string `json:"-"`
	Dash    string `json:"-,"`
}

type Emb struct {
	E  int `json:"e"`
	I  int `json:"i"` // shadowed by every.I
	Em string
}

type EmbP struct{ Q int }

var differentialSeeds = []string{
	`{"i":1,"i8":-3,"u":7,"f":1.5e3,"f32":0.25,"b":true,"s":"x\u00e9\ud83d\ude00\n","p":3,"pp":"s",
	  "t":"2017-05-17T10:45:05+01:00","pt":null,"l":[{"sku":"a","qty":2}],"raw":{"a":[1,2]},"byt":"aGk=",
	  "arr":[1,2,3],"m":{"a":1},"mi":{"7":"x"},"any":{"a":[1,"b",null,true]},"anys":[],"n":{"i":2,"n":null},
	  "d":"9.90","ll":[1,2],"e":5,"em":"x","q":9,"NAME2":"r","-":"dash","Skip":"no"}`,
	`{"S":"case","I":4,"l":[],"m":{},"l":null,"m":null,"s":"\ud800x","byt":null}`,
	`[1,2]`, `null`, `{"i":1e400}`, `{"u":-1}`, `{"i8":300}`, `{"s":"\xff\xfe"}`, `{"l":[{"qty":1},{"qty":2}],"l":[{"sku":"b"}]}`,
	`{"a":1`, `{"i":01}`, `{"s":"\x01"}`, `{"i":1}x`, ` `, `{"any":[[[[[]]]]]}`, `{"f":-0.0e-0}`, `"\u0000"`,
}

// Whatever encoding/json decodes, the engine decodes to the same value;
// whatever it finds malformed, the engine refuses with the same error.
func FuzzMatchesEncodingJSON(f *testing.F) {
	for _, s := range differentialSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var want, got every
		wantErr := json.Unmarshal(b, &want)
		gotErr := flex.Unmarshal(b, &got)
		var se *json.SyntaxError
		if errors.As(wantErr, &se) {
			require.Error(t, gotErr, "%q is malformed", b)
			assert.Equal(t, wantErr.Error(), gotErr.Error())
			return
		}
		if wantErr != nil {
			return // a type mismatch the engine may read tolerantly
		}
		require.NoError(t, gotErr, "%q", b)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("%q:\nencoding/json %#v\nflex          %#v", b, want, got)
		}
	})
}

func TestMatchesEncodingJSON(t *testing.T) {
	for _, s := range differentialSeeds {
		var want, got every
		wantErr := json.Unmarshal([]byte(s), &want)
		gotErr := flex.Unmarshal([]byte(s), &got)
		if wantErr == nil {
			require.NoError(t, gotErr, s)
			assert.Equal(t, want, got, s)
		} else if _, ok := wantErr.(*json.SyntaxError); ok {
			assert.Equal(t, wantErr, gotErr, s)
		}
	}
}

func TestTolerantFormsOfEveryKind(t *testing.T) {
	in := `{"i":" 12 ","i8":"1e2","u":"7.0","f":"0.5","f32":true,"b":"Yes","s":12.50,"p":"","pp":"",
		"t":"2021-05-07 01:05:51","pt":"0000-00-00","l":{"0":{"qty":"1"}},"m":[5,6],"mi":[],"arr":null,
		"ll":{"2":3,"1":2},"n":[],"d":"40,73","any":"x"}`
	var e every
	require.NoError(t, flex.Unmarshal([]byte(in), &e))
	assert.Equal(t, 12, e.I)
	assert.Equal(t, int8(100), e.I8)
	assert.Equal(t, uint16(7), e.U)
	assert.Equal(t, 0.5, e.F)
	assert.Equal(t, float32(1), e.F32)
	assert.True(t, e.B)
	assert.Equal(t, "12.50", e.S, "a number's literal text")
	assert.Nil(t, e.P, `"" for a number pointer`)
	require.NotNil(t, e.PP, `"" is a string: only a number, object or list pointer reads it as nil`)
	assert.Equal(t, "", **e.PP)
	assert.Equal(t, time.Date(2021, 5, 7, 1, 5, 51, 0, time.UTC), e.T)
	assert.Nil(t, e.PT, "a zero date is no time")
	assert.Equal(t, []line{{Qty: 1}}, e.L)
	assert.Equal(t, map[string]int{"0": 5, "1": 6}, e.M)
	assert.Equal(t, map[int]string{}, e.MI)
	assert.Equal(t, ecomkit.List[int]{2, 3}, e.LL)
	assert.Nil(t, e.N, "[] for an absent object")
	assert.Equal(t, "40.73", e.D.String())
	assert.Equal(t, "x", e.Any)

	// The first key tells a list from a lone element; a list's named keys
	// (an envelope's "paging") are not items.
	var ls []map[string]int
	require.NoError(t, flex.Unmarshal([]byte(`{"a":1,"0":2}`), &ls))
	assert.Equal(t, []map[string]int{{"a": 1, "0": 2}}, ls)
	var items []line
	require.NoError(t, flex.Unmarshal([]byte(`{"0":{"sku":"a"},"1":{"sku":"b"},"paging":{"page":1}}`), &items))
	assert.Equal(t, []line{{SKU: "a"}, {SKU: "b"}}, items)
	// An element that fails is an error, never a lone element instead.
	err := flex.Unmarshal([]byte(`{"0":1,"1":"x","y":2}`), new([]int))
	assert.ErrorContains(t, err, `field "[1]"`)
	// Duplicate positions: the last wins, as it would in a map.
	var li []int
	require.NoError(t, flex.Unmarshal([]byte(`{"1":1,"0":2,"1":3}`), &li))
	assert.Equal(t, []int{2, 3}, li)
}

func TestLossyValuesAreRefusedWithTheirField(t *testing.T) {
	for in, path := range map[string]string{
		`{"i":"4.5"}`:                          "i",
		`{"i8":"1000"}`:                        "i8",
		`{"u":"-1"}`:                           "u",
		`{"b":"maybe"}`:                        "b",
		`{"f":"NaN"}`:                          "f",
		`{"f":"0x10"}`:                         "f",
		`{"i":"+5"}`:                           "i",
		`{"l":[{"qty":1},{"qty":"x"}]}`:        "l[1].qty",
		`{"l":{"0":{"qty":1},"7":{"qty":[]}}}`: "l[7].qty",
		`{"n":{"n":{"m":{"k":"v"}}}}`:          "n.n.m.k",
		`{"s":{}}`:                             "s",
		`{"n":5}`:                              "n",
		`{"mi":{"x":"1"}}`:                     "mi.x",
	} {
		var e every
		err := flex.Unmarshal([]byte(in), &e)
		var fe *flex.FieldError
		require.ErrorAs(t, err, &fe, in)
		assert.Equal(t, path, fe.Path(), in)
		var ute *json.UnmarshalTypeError
		assert.ErrorAs(t, err, &ute, in)
		assert.Contains(t, err.Error(), `field "`+path+`"`, in)
	}
	var p product
	err := json.Unmarshal([]byte(`{"id":1,"created_at":{"x":1},"title":{"a":1}}`), &p)
	require.Error(t, err)
	assert.Equal(t, `field "title": cannot read an object as string`, err.Error())
	assert.NotContains(t, err.Error(), "plain", "the decoder's alias means nothing to a reader")
	err = flex.Unmarshal([]byte(`[{"id":1},"x"]`), new([]product))
	assert.Equal(t, `field "[1]": cannot read a string as an object`, err.Error())
	err = flex.Unmarshal([]byte(`{"d":"abc"}`), new(every))
	assert.Equal(t, `field "d": ecomkit: cannot read "abc" as a decimal number`, err.Error())
}

func TestDecodeWithExtraAllocatesOnlyForUnknownMembers(t *testing.T) {
	known := []byte(`{"id":1,"title":"Mug","price":"9.90","created_at":"2021-05-07T01:05:51Z"}`)
	type plainProduct struct {
		ID    ecomkit.Int     `json:"id"`
		Title string          `json:"title"`
		Price ecomkit.Decimal `json:"price"`
		base
	}
	var pp plainProduct
	var p product
	plainAllocs := testing.AllocsPerRun(100, func() { _ = flex.Unmarshal(known, &pp) })
	extraAllocs := testing.AllocsPerRun(100, func() { _ = p.UnmarshalJSON(known) })
	assert.Equal(t, plainAllocs, extraAllocs, "no unknown member, no allocation beyond the plain decode")
	assert.Nil(t, p.Extra)

	unknown := []byte(`{"id":1,"title":"Mug","seo":{"x":1},"Color":"red"}`)
	require.NoError(t, json.Unmarshal(unknown, &p))
	assert.Equal(t, ecomkit.Extra{"seo": json.RawMessage(`{"x":1}`), "Color": json.RawMessage(`"red"`)}, p.Extra)
	// Extra owns its bytes: the body can be reused.
	unknown[len(`{"id":1,"title":"Mug","seo":{"x":`)] = '9'
	assert.Equal(t, json.RawMessage(`{"x":1}`), p.Extra["seo"])
}

func TestListAndMapAreReadByTheEngine(t *testing.T) {
	assert.True(t, flex.EcomkitGeneric(reflect.TypeFor[ecomkit.List[line]]()))
	assert.True(t, flex.EcomkitGeneric(reflect.TypeFor[ecomkit.Map[int]]()))
	assert.False(t, flex.EcomkitGeneric(reflect.TypeFor[ecomkit.Extra]()))
	assert.False(t, flex.EcomkitGeneric(reflect.TypeFor[[]line]()))
}

func TestDeepNestingIsBoundedNotFatal(t *testing.T) {
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	var x any
	err := flex.Unmarshal([]byte(deep), &x)
	var se *json.SyntaxError
	assert.ErrorAs(t, err, &se, "beyond encoding/json's depth limit")
}

func TestTinyJSONCannotBecomeHugeLists(t *testing.T) {
	type big struct {
		A    [64]int64
		Name string `json:"name"`
	}
	body := []byte("[" + strings.Repeat("{},", 200000) + "{}]")
	var l []big
	err := flex.Unmarshal(body, &l)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "more than 16 times its size")
	body = []byte(`{"0":` + strings.Repeat(`{},"1":`, 1) + "null}")
	require.NoError(t, flex.Unmarshal(body, &l))
	// A list of real elements is never near the bound.
	var ls []line
	body = []byte("[" + strings.Repeat(`{"sku":"A","qty":1},`, 100000) + `{}]`)
	require.NoError(t, flex.Unmarshal(body, &ls))
	assert.Len(t, ls, 100001)
}
