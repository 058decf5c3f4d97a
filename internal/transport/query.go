package transport

import (
	"errors"
	"net/url"
	"reflect"
	"sort"

	"github.com/google/go-querystring/query"
)

// EncodeQuery encodes q: url.Values as they are; a struct (or pointer to
// one) through go-querystring `url:"..."` tags, which gives arrays as
// a[]=1&a[]=2 with the "brackets" option and nested structs as a[b]=c;
// fields of type BracketMap give key[k]=v. A nil pointer encodes to "".
func EncodeQuery(q any) (string, error) {
	switch v := q.(type) {
	case nil:
		return "", nil
	case url.Values:
		return v.Encode(), nil
	case string:
		return v, nil
	}
	rv := reflect.ValueOf(q)
	if rv.Kind() == reflect.Pointer && rv.IsNil() {
		return "", nil
	}
	vals, err := query.Values(q)
	if err != nil {
		return "", Invalid("query", "%v", err)
	}
	return vals.Encode(), nil
}

// BracketMap encodes as name[key]=value pairs (PHP and Rails style), in key
// order, for query structs: Filter BracketMap `url:"filter"`.
type BracketMap map[string]string

// EncodeValues implements go-querystring's Encoder.
func (m BracketMap) EncodeValues(key string, v *url.Values) error {
	if key == "" {
		return errors.New("BracketMap needs a field name")
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v.Add(key+"["+k+"]", m[k])
	}
	return nil
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
