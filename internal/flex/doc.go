// Package flex is the tolerant JSON decoding engine behind every model.
//
// Real e-commerce APIs send the same field as a number in one response and a
// string in the next, null or "" where the docs show a value, a PHP empty
// map as [], and lists as objects keyed "0", "1", ... Unmarshal reads all of
// these in one pass over the input, converting where no information is lost
// and refusing (with the field's path) where it would be; DecodeWithExtra
// does the same and keeps the members a model does not declare. The public
// tolerant types (ecomkit.Decimal, Int, Time, List, Map, ...) live in the
// root package and are read by this engine.
//
// Cost model: every byte is read once, except the bytes of a value handed
// to a type's own UnmarshalJSON, which are first skipped to find their end;
// nested big values are skipped once for all levels (see memo.go), so
// decoding is linear in the input however deep models nest.
package flex
