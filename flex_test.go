package ecomkit

import (
	"github.com/ecomkit/ecomkit-go/internal/flex"

	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecimalKeepsExactText(t *testing.T) {
	cases := map[string]string{
		`300.0`: "300.0", `"300.0"`: "300.0", `300`: "300", `16.0052`: "16.0052",
		`" 9.90 "`: "9.90", `"40,73"`: "40.73", `-0.5`: "-0.5", `1e3`: "1e3",
		`null`: "0", `""`: "0", `0.1`: "0.1",
	}
	for in, want := range cases {
		var d Decimal
		require.NoError(t, json.Unmarshal([]byte(in), &d), in)
		assert.Equal(t, want, d.String(), in)
	}
	for _, bad := range []string{`"abc"`, `"NaN"`, `"Inf"`, `true`, `{}`, `"1,2,3"`, `"0x10"`} {
		var d Decimal
		assert.Error(t, json.Unmarshal([]byte(bad), &d), bad)
	}
	// 0.1 + 0.2 stays exact: no float64 on the way.
	a, b := MustDecimal("0.1"), MustDecimal("0.2")
	sum := a.Rat()
	sum.Add(sum, b.Rat())
	assert.Equal(t, "3/10", sum.String())
	assert.Equal(t, 0, MustDecimal("1.50").Cmp(MustDecimal("1.5")))
	assert.Equal(t, -1, MustDecimal("1.49").Cmp(MustDecimal("1.5")))
	assert.True(t, MustDecimal("0.00").IsZero())
	assert.False(t, MustDecimal("0.01").IsZero())
	assert.Equal(t, 9.9, MustDecimal("9.90").Float64())
	assert.Equal(t, "42", DecimalFromInt(42).String())

	out, err := json.Marshal(struct {
		P Decimal  `json:"p"`
		Q *Decimal `json:"q,omitempty"`
	}{P: MustDecimal("9.90")})
	require.NoError(t, err)
	assert.Equal(t, `{"p":9.90}`, string(out))
	_, err = ParseDecimal("12abc")
	assert.ErrorContains(t, err, `"12abc" is not a decimal number`)
	assert.Panics(t, func() { MustDecimal("x") })
}

func TestIntBoolString(t *testing.T) {
	ints := map[string]int64{`5`: 5, `"5"`: 5, `""`: 0, `null`: 0, `5.0`: 5, `"-12"`: -12, `1e3`: 1000, `true`: 1}
	for in, want := range ints {
		var i Int
		require.NoError(t, json.Unmarshal([]byte(in), &i), in)
		assert.Equal(t, want, i.Int64(), in)
	}
	for _, bad := range []string{`5.5`, `"x"`, `[]`, `{}`} {
		var i Int
		assert.Error(t, json.Unmarshal([]byte(bad), &i), bad)
	}
	bools := map[string]bool{`true`: true, `"true"`: true, `1`: true, `"1"`: true, `"yes"`: true,
		`false`: false, `"0"`: false, `0`: false, `null`: false, `""`: false, `"False"`: false}
	for in, want := range bools {
		var b Bool
		require.NoError(t, json.Unmarshal([]byte(in), &b), in)
		assert.Equal(t, want, bool(b), in)
	}
	var b Bool
	assert.Error(t, json.Unmarshal([]byte(`"maybe"`), &b))
	strs := map[string]string{`"a"`: "a", `123`: "123", `1.50`: "1.50", `true`: "true", `null`: ""}
	for in, want := range strs {
		var s String
		require.NoError(t, json.Unmarshal([]byte(in), &s), in)
		assert.Equal(t, want, string(s), in)
	}
	var s String
	assert.Error(t, json.Unmarshal([]byte(`{"a":1}`), &s))
}

func TestTimeFormats(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	cases := map[string]time.Time{
		`"2017-05-17T10:45:05+01:00"`: utc(2017, 5, 17, 9, 45, 5),
		`"2021-05-07 01:05:51"`:       utc(2021, 5, 7, 1, 5, 51),
		`"2020-11-27T14:07:10+00:0"`:  utc(2020, 11, 27, 14, 7, 10), // cut-off zone seen in a real example
		`"2009-01-04 14:44:43 +0300"`: utc(2009, 1, 4, 11, 44, 43),
		`"2017-01-08"`:                utc(2017, 1, 8, 0, 0, 0),
		`1510584000`:                  utc(2017, 11, 13, 14, 40, 0),
		`"1510584000"`:                utc(2017, 11, 13, 14, 40, 0),
		`1510584000000`:               utc(2017, 11, 13, 14, 40, 0),
		`"2013-06-19T20:41:47"`:       utc(2013, 6, 19, 20, 41, 47),
		`"2024-02-01T10:00:00.123Z"`:  time.Date(2024, 2, 1, 10, 0, 0, 123e6, time.UTC),
	}
	for in, want := range cases {
		var tm Time
		require.NoError(t, json.Unmarshal([]byte(in), &tm), in)
		assert.True(t, want.Equal(tm.Time), "%s: got %s", in, tm.Time)
	}
	for _, zero := range []string{`null`, `""`, `"0000-00-00 00:00:00"`, `false`, `[]`, `{ }`} {
		var tm Time
		require.NoError(t, json.Unmarshal([]byte(zero), &tm), zero)
		assert.True(t, tm.IsZero(), zero)
		assert.True(t, tm.Valid(), zero)
	}
	var tm Time
	require.NoError(t, json.Unmarshal([]byte(`"next tuesday"`), &tm), "an unreadable time does not fail its resource")
	assert.True(t, tm.IsZero())
	assert.False(t, tm.Valid())
	assert.Equal(t, "next tuesday", tm.Raw())
	for _, ok := range []string{`null`, `""`, `"2017-01-08"`} {
		var tm Time
		require.NoError(t, json.Unmarshal([]byte(ok), &tm), ok)
		assert.True(t, tm.Valid(), ok)
		assert.Equal(t, "", tm.Raw(), ok)
	}

	at := utc(2017, 11, 13, 14, 40, 0)
	out, _ := json.Marshal(struct {
		T Time     `json:"t"`
		U UnixTime `json:"u"`
		D Date     `json:"d"`
		Z Time     `json:"z"`
	}{T: Time{Time: at}, U: UnixTime{Time: at}, D: NewDate(2017, 1, 8)})
	assert.Equal(t, `{"t":"2017-11-13T14:40:00Z","u":1510584000,"d":"2017-01-08","z":null}`, string(out))
	var u UnixTime
	require.NoError(t, json.Unmarshal([]byte(`"1510584000"`), &u))
	assert.True(t, at.Equal(u.Time))
	var d Date
	require.NoError(t, json.Unmarshal([]byte(`"2017-01-08T00:00:00+00:00"`), &d))
	assert.Equal(t, "2017-01-08", d.String())
	assert.Equal(t, "", Date{}.String())
}

func TestListAndMap(t *testing.T) {
	type v struct {
		ID int `json:"id"`
	}
	cases := map[string][]v{
		`[{"id":1},{"id":2}]`:                       {{1}, {2}},
		`{"1":{"id":2},"0":{"id":1}}`:               {{1}, {2}},
		`{"10":{"id":3},"2":{"id":2},"0":{"id":1}}`: {{1}, {2}, {3}},
		`null`:     nil,
		`""`:       nil,
		`[]`:       {},
		`{"id":7}`: {{7}}, // a lone object where a list was documented
	}
	for in, want := range cases {
		var l List[v]
		require.NoError(t, json.Unmarshal([]byte(in), &l), in)
		assert.Equal(t, want, []v(l), in)
	}
	out, _ := json.Marshal(struct{ L List[int] }{})
	assert.Equal(t, `{"L":[]}`, string(out))

	var m Map[string]
	require.NoError(t, json.Unmarshal([]byte(`[]`), &m))
	assert.NotNil(t, m)
	assert.Empty(t, m)
	require.NoError(t, json.Unmarshal([]byte(`{"color":"red"}`), &m))
	assert.Equal(t, Map[string]{"color": "red"}, m)
	require.NoError(t, json.Unmarshal([]byte(`["a","b"]`), &m))
	assert.Equal(t, Map[string]{"0": "a", "1": "b"}, m, "a non-empty list keeps its elements")
	require.NoError(t, json.Unmarshal([]byte(`null`), &m))
	assert.Nil(t, m)
}

type product struct {
	ID    Int     `json:"id"`
	Title string  `json:"title"`
	Price Decimal `json:"price"`
	base
	Extra Extra `json:"-"`
}

type base struct {
	CreatedAt Time `json:"created_at"`
}

func (p *product) UnmarshalJSON(b []byte) error {
	type plain product
	return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
}

func TestDecodeWithExtraKeepsUnknownFields(t *testing.T) {
	var p product
	in := `{"id":"42","Title":"Mug","price":"9.90","created_at":"2021-05-07 01:05:51","color":"red","dims":{"w":1},"tags":[1,2]}`
	require.NoError(t, json.Unmarshal([]byte(in), &p))
	assert.Equal(t, Int(42), p.ID)
	assert.Equal(t, "Mug", p.Title, "keys match case-insensitively, as encoding/json does")
	assert.Equal(t, "9.90", p.Price.String())
	assert.Equal(t, 2021, p.CreatedAt.Year(), "embedded struct fields are known fields")
	assert.Equal(t, Extra{"color": json.RawMessage(`"red"`), "dims": json.RawMessage(`{"w":1}`), "tags": json.RawMessage(`[1,2]`)}, p.Extra)

	var q product
	require.NoError(t, json.Unmarshal([]byte(`{"id":1}`), &q))
	assert.Nil(t, q.Extra)
	var list []product
	require.NoError(t, json.Unmarshal([]byte(`[{"id":1,"x":true},{"id":2}]`), &list))
	assert.Equal(t, Extra{"x": json.RawMessage(`true`)}, list[0].Extra)
	assert.Error(t, json.Unmarshal([]byte(`{"id":"abc"}`), &q))
	assert.Equal(t, 5, *Ptr(5))
}

func TestDecimalTextIsAlwaysAJSONNumber(t *testing.T) {
	for in, want := range map[string]string{`"00"`: "0", `"+5"`: "5", `".5"`: "0.5", `"5."`: "5", `"-007.10"`: "-7.10", `"1E+05"`: "1E+05"} {
		var d Decimal
		require.NoError(t, json.Unmarshal([]byte(in), &d), in)
		assert.Equal(t, want, d.String(), in)
		out, _ := json.Marshal(d)
		assert.True(t, json.Valid(out), in)
	}
}

func TestHostileValuesAreRefusedCheaply(t *testing.T) {
	var d Decimal
	assert.Error(t, json.Unmarshal([]byte(`"1e999999"`), &d), "an exponent beyond 1000 is refused before any big-number work")
	require.NoError(t, json.Unmarshal([]byte(`"1e1000"`), &d))
	// Out of range: kept as sent, never a time that could not be encoded.
	for _, in := range []string{`9000000000000000000`, `"253402300800000"`} {
		var tm Time
		require.NoError(t, json.Unmarshal([]byte(in), &tm), in)
		assert.True(t, tm.IsZero(), in)
		assert.False(t, tm.Valid(), in)
		out, err := json.Marshal(tm)
		require.NoError(t, err)
		assert.Equal(t, in, string(out), "sent back as it came")
	}
	var tm Time
	require.NoError(t, json.Unmarshal([]byte(`1510584000.25`), &tm))
	assert.Equal(t, 250*time.Millisecond, time.Duration(tm.Nanosecond()))
}

func TestLenientKeepsWhatCannotBeRead(t *testing.T) {
	type shipping struct {
		Method string  `json:"method"`
		Price  Decimal `json:"price"`
	}
	type order struct {
		ID       int64              `json:"id"`
		Shipping Lenient[*shipping] `json:"shipping"`
		Created  Time               `json:"created_at"`
	}
	var o order
	require.NoError(t, flex.Unmarshal([]byte(`{"id":1,"shipping":{"method":"post","price":"7.25"}}`), &o))
	assert.True(t, o.Shipping.Valid())
	assert.Nil(t, o.Shipping.Raw())
	assert.Equal(t, "7.25", o.Shipping.Value.Price.String())

	old := `{"id":2,"shipping": 7.25 ,"created_at":"2014-11-25T25:00:20+00:00"}`
	require.NoError(t, flex.Unmarshal([]byte(old), &o), "an older shape does not fail the order")
	assert.Equal(t, int64(2), o.ID)
	assert.False(t, o.Shipping.Valid())
	assert.Nil(t, o.Shipping.Value)
	assert.Equal(t, json.RawMessage(`7.25`), o.Shipping.Raw())
	assert.False(t, o.Created.Valid())
	assert.Equal(t, "2014-11-25T25:00:20+00:00", o.Created.Raw())
	out, err := json.Marshal(o)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":2,"shipping":7.25,"created_at":"2014-11-25T25:00:20+00:00"}`, string(out), "sent back as received")

	require.NoError(t, json.Unmarshal([]byte(`{"shipping":null}`), &o))
	assert.True(t, o.Shipping.Valid())
	assert.Nil(t, o.Shipping.Value)
	assert.Error(t, json.Unmarshal([]byte(`{"shipping":{"method":}`), &o), "malformed JSON is still an error")
}
