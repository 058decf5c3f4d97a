package transport

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"sync"
)

// wantsObject reports whether out is a pointer to a struct (through any
// number of pointers): the caller expects one resource, a JSON object.
func wantsObject(out any) bool {
	t := reflect.TypeOf(out)
	if t == nil || t.Kind() != reflect.Pointer {
		return false
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}

// checkObject accepts a JSON object with at least one member.
func checkObject(raw []byte) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return errors.New("expected a JSON object, got nothing")
	}
	if raw[0] != '{' {
		kind := "a non-object value"
		switch raw[0] {
		case 'n':
			kind = "null"
		case '[':
			kind = "an array"
		case '"':
			kind = "a string"
		case 't', 'f':
			kind = "a boolean"
		default:
			kind = "a number"
		}
		return errors.New("expected a JSON object, got " + kind)
	}
	if len(raw) >= 2 && raw[len(raw)-1] == '}' && len(bytes.TrimSpace(raw[1:len(raw)-1])) == 0 {
		return errors.New("expected a JSON object, got an empty object {}")
	}
	return nil
}

var (
	keyError   = []byte(`"error"`)
	keyErrors  = []byte(`"errors"`)
	keySuccess = []byte(`"success"`)
)

// mayBeErrorBody is a cheap test before isErrorBody parses anything: is
// there a member named error, errors or success at any level? It visits
// each ':' (one per member, few in strings), not each '"'.
func mayBeErrorBody(body []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(body[i:], ':')
		if j < 0 {
			return false
		}
		i += j
		k := i
		for k > 0 && (body[k-1] == ' ' || body[k-1] == '\t' || body[k-1] == '\n' || body[k-1] == '\r') {
			k--
		}
		key := body[:k]
		if bytes.HasSuffix(key, keyError) || bytes.HasSuffix(key, keyErrors) || bytes.HasSuffix(key, keySuccess) {
			return true
		}
	}
}

// isErrorBody reports a 2xx body shaped as an error: "success": false, a
// non-empty "error", or a non-empty "errors" at the top level (names
// matched exactly), unless the struct out points to declares that member
// itself (then it is part of the resource).
func isErrorBody(body []byte, out any) bool {
	var top map[string]json.RawMessage
	if json.Unmarshal(body, &top) != nil {
		return false
	}
	declared := declaredMembers(reflect.TypeOf(out))
	if v, ok := top["success"]; ok && isFalse(v) && !declared["success"] {
		return true
	}
	if v, ok := top["error"]; ok && present(v) && !declared["error"] {
		return true
	}
	v, ok := top["errors"]
	return ok && present(v) && !declared["errors"]
}

func isFalse(raw json.RawMessage) bool {
	s := string(bytes.TrimSpace(raw))
	return s == "false" || s == `"false"` || s == "0"
}

// present reports a member that says something: not null, false, "", 0, [] or {}.
func present(raw json.RawMessage) bool {
	s := bytes.TrimSpace(raw)
	switch string(s) {
	case "", "null", "false", `""`, "0", "[]", "{}":
		return false
	}
	if len(s) >= 2 && (s[0] == '[' || s[0] == '{') && len(bytes.TrimSpace(s[1:len(s)-1])) == 0 {
		return false
	}
	return true
}

var membersCache sync.Map // reflect.Type -> map[string]bool

// declaredMembers returns the JSON member names the struct behind t
// declares at its top level (embedded structs included).
func declaredMembers(t reflect.Type) map[string]bool {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	if m, ok := membersCache.Load(t); ok {
		return m.(map[string]bool)
	}
	m := map[string]bool{}
	addMembers(m, t, 0)
	membersCache.Store(t, m)
	return m
}

func addMembers(m map[string]bool, t reflect.Type, depth int) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" && depth < 4 {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				addMembers(m, ft, depth+1)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[strings.ToLower(name)] = true
	}
}
