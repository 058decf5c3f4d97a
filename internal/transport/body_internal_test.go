package transport

import "testing"

func TestMayBeErrorBody(t *testing.T) {
	for body, want := range map[string]bool{
		`{"error":"x"}`:                   true,
		`{ "errors" : []}`:                true,
		"{\"success\"\n:\tfalse}":         true,
		`{"a":{"error":1}}`:               true, // nested: isErrorBody decides
		`{"id":1,"name":"error: \"x\""}`:  false,
		`{"id":1,"my_error":"x"}`:         false,
		`{"url":"https://x","t":"10:00"}`: false,
		`{`:                               false,
		`:`:                               false,
		``:                                false,
	} {
		if got := mayBeErrorBody([]byte(body)); got != want {
			t.Errorf("mayBeErrorBody(%s) = %v, want %v", body, got, want)
		}
	}
}
