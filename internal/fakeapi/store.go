package fakeapi

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

// Object is one stored JSON object. Numbers are json.Number.
type Object = map[string]any

// Collection is a thread-safe, insertion-ordered set of objects keyed by an
// id field. Every read returns deep copies, so callers may modify them.
type Collection struct {
	mu      sync.Mutex
	idField string
	nextID  int64
	items   map[string]Object
	order   []string
}

// NewCollection returns an empty collection keyed by idField ("id" if empty).
func NewCollection(idField string) *Collection {
	if idField == "" {
		idField = "id"
	}
	return &Collection{idField: idField, nextID: 1, items: map[string]Object{}}
}

// IDOf returns the id of o as text.
func (c *Collection) IDOf(o Object) string { return idText(o[c.idField]) }

// Insert stores o, giving it the next numeric id when it has none, and
// returns a copy of what was stored. An existing id is replaced.
func (c *Collection) Insert(o Object) Object {
	c.mu.Lock()
	defer c.mu.Unlock()
	o = Clone(o)
	id := idText(o[c.idField])
	if id == "" {
		id = strconv.FormatInt(c.nextID, 10)
		o[c.idField] = json.Number(id)
	}
	if n, err := strconv.ParseInt(id, 10, 64); err == nil && n >= c.nextID {
		c.nextID = n + 1
	}
	if _, exists := c.items[id]; !exists {
		c.order = append(c.order, id)
	}
	c.items[id] = o
	return Clone(o)
}

// Get returns a copy of the object with id.
func (c *Collection) Get(id string) (Object, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	o, ok := c.items[id]
	if !ok {
		return nil, false
	}
	return Clone(o), true
}

// Find returns a copy of the first object for which match is true.
func (c *Collection) Find(match func(Object) bool) (Object, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range c.order {
		if match(c.items[id]) {
			return Clone(c.items[id]), true
		}
	}
	return nil, false
}

// Update merges patch into the object with id (top-level keys; the id is
// kept) and returns a copy of the result.
func (c *Collection) Update(id string, patch Object) (Object, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	o, ok := c.items[id]
	if !ok {
		return nil, false
	}
	for k, v := range Clone(patch) {
		if k == c.idField {
			continue
		}
		o[k] = v
	}
	return Clone(o), true
}

// Delete removes the object with id.
func (c *Collection) Delete(id string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[id]; !ok {
		return false
	}
	delete(c.items, id)
	for i, v := range c.order {
		if v == id {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	return true
}

// List returns copies of the objects for which match is true (all when
// match is nil), in insertion order.
func (c *Collection) List(match func(Object) bool) []Object {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Object, 0, len(c.order))
	for _, id := range c.order {
		if match == nil || match(c.items[id]) {
			out = append(out, Clone(c.items[id]))
		}
	}
	return out
}

// Len returns the number of objects.
func (c *Collection) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}

// Load inserts every object of a JSON array (seed fixtures).
func (c *Collection) Load(jsonArray []byte) error {
	var objs []Object
	if err := unmarshalNumbers(jsonArray, &objs); err != nil {
		return fmt.Errorf("fakeapi: loading fixture: %w", err)
	}
	for i, o := range objs {
		if o == nil {
			return fmt.Errorf("fakeapi: loading fixture: element %d is not an object", i)
		}
	}
	for _, o := range objs {
		c.Insert(o)
	}
	return nil
}

// SortBy sorts objects by the text of key, numerically when both are numbers.
func SortBy(objs []Object, key string, desc bool) {
	sort.SliceStable(objs, func(i, j int) bool {
		a, b := idText(objs[i][key]), idText(objs[j][key])
		less := a < b
		if x, err1 := strconv.ParseFloat(a, 64); err1 == nil {
			if y, err2 := strconv.ParseFloat(b, 64); err2 == nil {
				less = x < y
			}
		}
		if desc {
			return !less && a != b
		}
		return less
	})
}

// ParseObject decodes JSON text into an Object, keeping number text.
func ParseObject(b []byte) (Object, error) {
	var o Object
	err := unmarshalNumbers(b, &o)
	return o, err
}

// Clone deep-copies a JSON value.
func Clone(o Object) Object {
	if o == nil {
		return nil
	}
	return cloneValue(o).(Object)
}

func cloneValue(v any) any {
	switch t := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(t))
		for k, x := range t {
			m[k] = cloneValue(x)
		}
		return m
	case []any:
		s := make([]any, len(t))
		for i, x := range t {
			s[i] = cloneValue(x)
		}
		return s
	}
	return v
}

func idText(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case json.Number:
		return t.String()
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	case int:
		return strconv.Itoa(t)
	case int64:
		return strconv.FormatInt(t, 10)
	}
	return fmt.Sprint(v)
}

// Text returns a JSON value as text ("" for nil), for comparisons in handlers.
func Text(v any) string { return idText(v) }
