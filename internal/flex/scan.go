package flex

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth bounds nesting as encoding/json does, so a hostile body of
// "[[[[..." cannot exhaust the stack.
const maxDepth = 10000

// errSyntax marks malformed JSON; Unmarshal replaces it with the
// *json.SyntaxError encoding/json reports for the same input.
var errSyntax = errors.New("invalid JSON")

// state is one decode: the input and the read position. Values are decoded
// and validated in a single pass; nothing is scanned twice except the bytes
// handed to a type's own UnmarshalJSON, which must be delimited first.
type state struct {
	data    []byte
	i       int
	depth   int
	scratch []byte // unescaped keys and strings, reused
	fold    []byte // case-folded member names, reused

	// For big values handed to a type's UnmarshalJSON (see memo.go).
	memo *memo
	off  int  // offset of data[0] in the memo's buffer
	rec  bool // record big composites' ends while skipping
}

var statePool = sync.Pool{New: func() any { return new(state) }}

func getState(data []byte) *state {
	d := statePool.Get().(*state)
	d.data, d.i, d.depth = data, 0, 0
	d.memo, d.off, d.rec = nil, 0, false
	return d
}

func putState(d *state) {
	d.data, d.memo = nil, nil
	if cap(d.scratch) > 1<<16 {
		d.scratch = nil
	}
	statePool.Put(d)
}

// ws skips JSON whitespace.
func (d *state) ws() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// peek returns the next byte after whitespace, or 0 at the end.
func (d *state) peek() byte {
	d.ws()
	if d.i < len(d.data) {
		return d.data[d.i]
	}
	return 0
}

// literal consumes the literal lit (true, false, null) at d.i.
func (d *state) literal(lit string) error {
	if len(d.data)-d.i >= len(lit) && string(d.data[d.i:d.i+len(lit)]) == lit {
		d.i += len(lit)
		return nil
	}
	return errSyntax
}

// enter and leave track nesting depth.
func (d *state) enter() error {
	d.depth++
	if d.depth > maxDepth {
		return errSyntax
	}
	return nil
}

func (d *state) leave() { d.depth-- }

// number consumes a JSON number and returns its literal.
func (d *state) number() ([]byte, error) {
	n := numberLen(d.data[d.i:])
	if n == 0 {
		return nil, errSyntax
	}
	lit := d.data[d.i : d.i+n]
	d.i += n
	return lit, nil
}

// numberLen returns the length of the JSON number at the start of b, or 0.
func numberLen(b []byte) int {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i++; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		}
	default:
		return 0
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return 0
		}
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return 0
		}
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		}
	}
	return i
}

// isNumber reports whether b is exactly one JSON number.
func isNumber(b []byte) bool { return len(b) > 0 && numberLen(b) == len(b) }

// plainByte marks the string bytes that need no unescaping or checking.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return
}()

// str consumes a JSON string at d.i and returns its content: a slice of the
// input when it holds no escape and only ASCII or valid UTF-8, otherwise
// the unescaped text in d.scratch (valid until the next call).
func (d *state) str() ([]byte, error) {
	start := d.i + 1
	i := start
	data := d.data
	for i < len(data) && plainByte[data[i]] {
		i++
	}
	if i < len(data) && data[i] == '"' {
		d.i = i + 1
		return data[start:i], nil
	}
	// Non-ASCII, an escape or an error: scan the rest to find the end.
	end, simple, err := stringEnd(data, i)
	if err != nil {
		return nil, err
	}
	d.i = end + 1
	if simple {
		return data[start:end], nil
	}
	d.scratch = unescape(d.scratch[:0], data[start:end])
	return d.scratch, nil
}

// stringEnd finds the closing quote of a string whose body continues at i,
// checking escapes and control characters. simple reports that the body is
// free of escapes and invalid UTF-8, so it can be used as it is.
func stringEnd(data []byte, i int) (end int, simple bool, err error) {
	simple = true
	for i < len(data) {
		c := data[i]
		switch {
		case c == '"':
			return i, simple, nil
		case c == '\\':
			simple = false
			if i+1 >= len(data) {
				return 0, false, errSyntax
			}
			switch data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(data) {
					return 0, false, errSyntax
				}
				for _, h := range data[i+2 : i+6] {
					if !isHex(h) {
						return 0, false, errSyntax
					}
				}
				i += 6
			default:
				return 0, false, errSyntax
			}
		case c < 0x20:
			return 0, false, errSyntax
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				simple = false
			}
			i += size
		}
	}
	return 0, false, errSyntax
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// unescape appends the unescaped form of a validated string body to out,
// replacing invalid UTF-8 and lone surrogates with U+FFFD as encoding/json does.
func unescape(out, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			switch s[i+1] {
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r := hex4(s[i+2:])
				i += 6
				if utf16.IsSurrogate(r) {
					if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
						if r2 := utf16.DecodeRune(r, hex4(s[i+2:])); r2 != utf8.RuneError {
							out = utf8.AppendRune(out, r2)
							i += 6
							continue
						}
					}
					r = utf8.RuneError
				}
				out = utf8.AppendRune(out, r)
				continue
			default: // " \ /
				out = append(out, s[i+1])
			}
			i += 2
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && size == 1 {
				out = utf8.AppendRune(out, utf8.RuneError)
			} else {
				out = append(out, s[i:i+size]...)
			}
			i += size
		}
	}
	return out
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		default:
			c = c - 'A' + 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// skip consumes one value of any kind, validating it, without building it.
func (d *state) skip() error {
	switch d.peek() {
	case '{':
		start := d.i
		if err := d.enter(); err != nil {
			return err
		}
		d.i++
		if d.peek() == '}' {
			d.i++
			d.leave()
			return nil
		}
		for {
			if d.peek() != '"' {
				return errSyntax
			}
			if err := d.skipString(); err != nil {
				return err
			}
			if d.peek() != ':' {
				return errSyntax
			}
			d.i++
			if err := d.skip(); err != nil {
				return err
			}
			switch d.peek() {
			case ',':
				d.i++
			case '}':
				d.i++
				d.leave()
				d.closed(start)
				return nil
			default:
				return errSyntax
			}
		}
	case '[':
		start := d.i
		if err := d.enter(); err != nil {
			return err
		}
		d.i++
		if d.peek() == ']' {
			d.i++
			d.leave()
			return nil
		}
		for {
			if err := d.skip(); err != nil {
				return err
			}
			switch d.peek() {
			case ',':
				d.i++
			case ']':
				d.i++
				d.leave()
				d.closed(start)
				return nil
			default:
				return errSyntax
			}
		}
	case '"':
		return d.skipString()
	case 't':
		return d.literal("true")
	case 'f':
		return d.literal("false")
	case 'n':
		return d.literal("null")
	default:
		_, err := d.number()
		return err
	}
}

func (d *state) skipString() error {
	i := d.i + 1
	data := d.data
	for i < len(data) && plainByte[data[i]] {
		i++
	}
	if i < len(data) && data[i] == '"' {
		d.i = i + 1
		return nil
	}
	end, _, err := stringEnd(data, i)
	if err != nil {
		return err
	}
	d.i = end + 1
	return nil
}

// syntaxError returns the error encoding/json gives for malformed data, so
// callers see the same *json.SyntaxError they always did.
func syntaxError(data []byte, off int) error {
	if err := json.Unmarshal(data, new(struct{})); err != nil {
		return err
	}
	return errors.New("invalid JSON at offset " + strconv.Itoa(off))
}

// trimmedEmpty reports whether a string body is empty or only whitespace.
func trimmedEmpty(s []byte) bool { return len(bytes.TrimSpace(s)) == 0 }

// Unquote returns the content of the JSON string b (quotes included) as
// encoding/json decodes it: a sub-slice of b when nothing needs
// unescaping, a new slice otherwise. It is the tolerant types' string
// reader, so they never run a nested json.Unmarshal.
func Unquote(b []byte) ([]byte, error) {
	if len(b) < 2 || b[0] != '"' {
		return nil, errNotString
	}
	d := state{data: b}
	s, err := d.str()
	if err != nil || d.i != len(b) {
		return nil, errNotString
	}
	return s, nil // a slice of b, or of a scratch buffer this call allocated
}

var errNotString = errors.New("not a valid JSON string")

// IsNumber reports whether b is exactly one JSON number.
func IsNumber(b []byte) bool { return isNumber(b) }
