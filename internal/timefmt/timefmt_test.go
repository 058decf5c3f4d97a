package timefmt

import (
	"reflect"
	"testing"
	"time"
)

var samples = []string{
	"2017-05-17T10:45:05+01:00", "2021-05-07 01:05:51", "2020-11-27T14:07:10+00:0",
	"2009-01-04 14:44:43 +0300", "2017-01-08", "2013-06-19T20:41:47", "2024-02-01T10:00:00.123Z",
	"2024-02-01T10:00:00.123456789-05:30", "2024-02-01 10:00:00Z", "2024-02-01T10:00:00+0530",
	"2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2014-11-25T25:00:20+00:00", "2024-02-01T10:00:60Z",
	"2024-02-01T10:00:00+24:00", "2024-02-01T10:00:00.1234567891Z", "2024-02-01 10:00:00 Z",
	"2024-02-01 10:00:00+0100", "2024-02-01T10:00:00 +0100", "0000-01-01", "2024-13-01", "2024-1-01",
	"2024-02-01T10:00", "Mon, 02 Jan 2006 15:04:05 -0700", "1510584000", "", "0000-00-00",
	"2024-02-01T10:00:00,5Z", "2024-02-01T10:00:00.Z", "2024-02-01T10:00:00-00:00", "2024-02-01t10:00:00z",
}

// fast must give exactly what the layout loop gives, location included,
// or leave the value to it.
func TestFastAgreesWithLayouts(t *testing.T) {
	for _, s := range samples {
		checkFast(t, s)
	}
}

func FuzzFastAgreesWithLayouts(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(checkFast)
}

func checkFast(t *testing.T, s string) {
	got, ok := fast(s)
	gotB, okB := fast([]byte(s))
	if ok != okB || !reflect.DeepEqual(got, gotB) {
		t.Fatalf("%q: string and bytes disagree", s)
	}
	if !ok {
		return
	}
	want, err := slow(s)
	if err != nil {
		t.Fatalf("%q: fast read %v, the layouts refuse it: %v", s, got, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: fast %v (%v), layouts %v (%v)", s, got, got.Location(), want, want.Location())
	}
}

func TestParseForms(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s, ns int) time.Time {
		return time.Date(y, mo, d, h, mi, s, ns, time.UTC)
	}
	for in, want := range map[string]time.Time{
		" 2017-05-17T10:45:05+01:00 ":     utc(2017, 5, 17, 9, 45, 5, 0),
		"2020-11-27T14:07:10+00:0":        utc(2020, 11, 27, 14, 7, 10, 0),
		"2009-01-04 14:44:43 +0300":       utc(2009, 1, 4, 11, 44, 43, 0),
		"2024-02-01T10:00:00.5-05:30":     utc(2024, 2, 1, 15, 30, 0, 5e8),
		"2017-01-08":                      utc(2017, 1, 8, 0, 0, 0, 0),
		"1510584000":                      utc(2017, 11, 13, 14, 40, 0, 0),
		"Mon, 02 Jan 2006 15:04:05 -0700": utc(2006, 1, 2, 22, 4, 5, 0),
		"2024-02-01T10:00:00.1234567891Z": utc(2024, 2, 1, 10, 0, 0, 123456789),
		"2024-02-01T10:00":                utc(2024, 2, 1, 10, 0, 0, 0),
		"0000-00-00 00:00:00":             {},
	} {
		got, err := ParseBytes([]byte(in))
		if err != nil || !got.Equal(want) {
			t.Errorf("%q: got %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"2014-11-25T25:00:20+00:00", "2023-02-29", "next tuesday", "2024-02-01T10:00:00+0100x"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestParseBytesAllocatesNothingForCommonForms(t *testing.T) {
	for _, s := range []string{"2017-05-17T10:45:05Z", "2021-05-07 01:05:51", "2017-05-17T10:45:05+01:00"} {
		b := []byte(s)
		if n := testing.AllocsPerRun(100, func() { _, _ = ParseBytes(b) }); n != 0 {
			t.Errorf("%q: %v allocations", s, n)
		}
	}
}
