package transport

import (
	"fmt"
	"net/url"
	"strings"
)

// Path fills the {placeholders} of tmpl, in order, with args, each escaped as
// one path segment: Path("/product/{id}", 42) is "/product/42". An empty
// argument, one that is "." or "..", or a count that does not match is an
// error naming the parameter, so no request goes to an unintended path.
func Path(tmpl string, args ...any) (string, error) {
	var b strings.Builder
	b.Grow(len(tmpl) + 16)
	rest := tmpl
	i := 0
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			b.WriteString(rest)
			break
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return "", Invalid("path", "unclosed placeholder in %q", tmpl)
		}
		name := rest[open+1 : open+end]
		if i >= len(args) {
			return "", Invalid(name, "no value given for path %q", tmpl)
		}
		seg := fmt.Sprint(args[i])
		switch strings.TrimSpace(seg) {
		case "":
			return "", Invalid(name, "must not be empty")
		case ".", "..":
			return "", Invalid(name, "%q is not allowed as a path segment", seg)
		}
		b.WriteString(rest[:open])
		b.WriteString(url.PathEscape(seg))
		rest = rest[open+end+1:]
		i++
	}
	if i != len(args) {
		return "", Invalid("path", "%q takes %d parameters, got %d", tmpl, i, len(args))
	}
	return b.String(), nil
}
