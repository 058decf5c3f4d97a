package flex

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"sync"
	"unsafe"
)

// A type with its own UnmarshalJSON (a model keeping Extra) must be handed
// exactly its value's bytes, so the engine skips over the value first to
// find its end, and the model's DecodeWithExtra then decodes those bytes.
// When such models nest in themselves (categories whose children are
// categories), every level would skip its whole subtree again: time
// quadratic in the depth. To stay linear, the first skip over a big value
// records where each big composite inside it ends (a memo), and the bytes
// handed to UnmarshalJSON are registered with the memo for the duration of
// the call, so the nested Unmarshal or DecodeWithExtra on those very bytes
// finds its own big values' ends without scanning them again. Small
// values (under bigValue bytes) are skipped as usual: rescanning them
// costs a bounded amount per byte.
const bigValue = 1024

// memo holds the ends of the big composites of one buffer.
type memo struct {
	spans []span // sorted by start
}

type span struct{ start, end int }

// end returns where the composite starting at start ends, or -1.
func (m *memo) end(start int) int {
	i := sort.Search(len(m.spans), func(i int) bool { return m.spans[i].start >= start })
	if i < len(m.spans) && m.spans[i].start == start {
		return m.spans[i].end
	}
	return -1
}

// closed notes a composite that started at start and ends at d.i.
func (d *state) closed(start int) {
	if d.rec && d.i-start >= bigValue {
		d.memo.spans = append(d.memo.spans, span{d.off + start, d.off + d.i})
	}
}

// handoff is a registered slice: the bytes at its address, of length n,
// are those at off in the memo's buffer.
type handoff struct {
	memo *memo
	off  int
	n    int
}

// handoffs maps the address of bytes being handed to an UnmarshalJSON to
// their handoff. Entries live only for the call.
var handoffs sync.Map // uintptr -> *handoff

// adopt picks up the memo registered for data, if any.
func (d *state) adopt() {
	if len(d.data) < bigValue {
		return
	}
	if h, ok := handoffs.Load(uintptr(unsafe.Pointer(&d.data[0]))); ok {
		if h := h.(*handoff); h.n == len(d.data) {
			d.memo, d.off = h.memo, h.off
		}
	}
}

// decUnmarshaler hands the value's bytes to the type's own UnmarshalJSON,
// as encoding/json does (null included).
func decUnmarshaler(d *state, v reflect.Value) error {
	start := d.i
	if err := d.skipKnown(); err != nil {
		return err
	}
	raw := d.data[start:d.i]
	u := v.Addr().Interface().(json.Unmarshaler)
	if len(raw) < bigValue {
		return u.UnmarshalJSON(raw)
	}
	key := uintptr(unsafe.Pointer(&raw[0]))
	h := &handoff{memo: d.memo, off: d.off + start, n: len(raw)}
	handoffs.Store(key, h)
	defer handoffs.CompareAndDelete(key, h)
	return u.UnmarshalJSON(raw)
}

// skipKnown skips the value at d.i, jumping to its end when the memo
// knows it, and otherwise recording the big composites it passes.
func (d *state) skipKnown() error {
	d.ws()
	if d.i >= len(d.data) || (d.data[d.i] != '{' && d.data[d.i] != '[') {
		return d.skip()
	}
	if d.memo != nil {
		if end := d.memo.end(d.off + d.i); end >= 0 {
			if e := end - d.off; e <= len(d.data) && e > d.i && d.data[e-1] == d.data[d.i]+2 {
				d.i = e // '{'+2 == '}', '['+2 == ']'
				return nil
			}
		}
		if d.rec {
			return d.skip()
		}
	}
	if len(d.data)-d.i < bigValue {
		return d.skip()
	}
	// A big value not seen before: record while skipping.
	if d.memo == nil {
		d.memo = &memo{}
	}
	first := len(d.memo.spans)
	d.rec = true
	err := d.skip()
	d.rec = false
	if s := d.memo.spans; first > 0 || !slices.IsSortedFunc(s, bySpanStart) {
		slices.SortFunc(s, bySpanStart)
	}
	return err
}

func bySpanStart(a, b span) int { return a.start - b.start }
