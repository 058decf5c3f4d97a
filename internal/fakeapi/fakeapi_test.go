package fakeapi

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func get(t *testing.T, url string, hdr map[string]string) (*http.Response, string, error) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	require.NoError(t, err)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp, string(b), err
}

func TestRoutesAuthAndRecording(t *testing.T) {
	s := New(Config{
		Auth:             CheckBearer("tok"),
		Unauthorized:     func(w http.ResponseWriter) { WriteJSON(w, 401, map[string]any{"success": false, "message": "bad key"}) },
		RequireUserAgent: true,
		NotFound:         func(w http.ResponseWriter) { WriteJSON(w, 404, map[string]any{"message": "Not found."}) },
	})
	defer s.Close()
	s.Handle("GET /things/{id}", func(w http.ResponseWriter, r *http.Request) {
		WriteJSON(w, 200, map[string]any{"id": r.PathValue("id")})
	})

	resp, body, err := get(t, s.URL+"/things/5?x=1", map[string]string{"Authorization": "Bearer tok", "User-Agent": "t/1"})
	require.NoError(t, err)
	assert.Equal(t, 200, resp.StatusCode)
	assert.JSONEq(t, `{"id":"5"}`, body)

	resp, body, _ = get(t, s.URL+"/things/5", map[string]string{"Authorization": "Bearer nope", "User-Agent": "t/1"})
	assert.Equal(t, 401, resp.StatusCode)
	assert.JSONEq(t, `{"success":false,"message":"bad key"}`, body)

	resp, _, _ = get(t, s.URL+"/things/5", map[string]string{"Authorization": "Bearer tok", "User-Agent": ""})
	assert.Equal(t, 400, resp.StatusCode, "a missing User-Agent is refused")

	resp, body, _ = get(t, s.URL+"/other", map[string]string{"Authorization": "Bearer tok", "User-Agent": "t/1"})
	assert.Equal(t, 404, resp.StatusCode)
	assert.JSONEq(t, `{"message":"Not found."}`, body)

	reqs := s.Requests()
	require.Len(t, reqs, 4)
	assert.Equal(t, "/things/5", reqs[0].Path)
	assert.Equal(t, "1", reqs[0].Query.Get("x"))
	last, ok := s.LastRequest()
	require.True(t, ok)
	assert.Equal(t, "/other", last.Path)
	assert.Equal(t, 4, s.Count())
}

func TestFaults(t *testing.T) {
	s := New(Config{})
	defer s.Close()
	s.Handle("GET /x", func(w http.ResponseWriter, r *http.Request) {
		WriteJSON(w, 200, map[string]any{"payload": strings.Repeat("y", 100)})
	})

	s.SetFaults(Faults{FailFirst: 2, FailStatus: 502})
	var codes []int
	for i := 0; i < 3; i++ {
		resp, _, err := get(t, s.URL+"/x", nil)
		require.NoError(t, err)
		codes = append(codes, resp.StatusCode)
	}
	assert.Equal(t, []int{502, 502, 200}, codes)

	s.SetFaults(Faults{RateLimitEvery: 2, RetryAfter: 1500 * time.Millisecond})
	codes = nil
	var ra string
	for i := 0; i < 4; i++ {
		resp, _, err := get(t, s.URL+"/x", nil)
		require.NoError(t, err)
		codes = append(codes, resp.StatusCode)
		if resp.StatusCode == 429 {
			ra = resp.Header.Get("Retry-After")
		}
	}
	assert.Equal(t, []int{200, 429, 200, 429}, codes)
	assert.Equal(t, "1.5", ra)

	s.SetFaults(Faults{DropEvery: 1})
	_, _, err := get(t, s.URL+"/x", nil)
	assert.Error(t, err, "the connection is closed without an answer")

	s.SetFaults(Faults{TruncateEvery: 1})
	resp, body, err := get(t, s.URL+"/x", nil)
	if err == nil {
		t.Fatalf("a truncated body must fail to read, got %d %q", resp.StatusCode, body)
	}
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF)

	s.SetFaults(Faults{Latency: 5 * time.Millisecond})
	resp, _, err = get(t, s.URL+"/x", nil)
	require.NoError(t, err)
	assert.Equal(t, 200, resp.StatusCode)
}

func TestCollection(t *testing.T) {
	c := NewCollection("")
	a := c.Insert(Object{"name": "a", "price": json.Number("9.90")})
	b := c.Insert(Object{"name": "b"})
	assert.Equal(t, "1", c.IDOf(a))
	assert.Equal(t, "2", c.IDOf(b))
	c.Insert(Object{"id": json.Number("10"), "name": "ten"})
	d := c.Insert(Object{"name": "d"})
	assert.Equal(t, "11", c.IDOf(d), "ids continue after the largest seen")

	got, ok := c.Get("1")
	require.True(t, ok)
	assert.Equal(t, json.Number("9.90"), got["price"])
	got["name"] = "changed"
	again, _ := c.Get("1")
	assert.Equal(t, "a", again["name"], "reads are copies")

	up, ok := c.Update("1", Object{"name": "A", "id": "999"})
	require.True(t, ok)
	assert.Equal(t, "A", up["name"])
	assert.Equal(t, "1", c.IDOf(up), "the id is not changed by an update")
	_, ok = c.Update("404", Object{})
	assert.False(t, ok)

	found, ok := c.Find(func(o Object) bool { return o["name"] == "ten" })
	require.True(t, ok)
	assert.Equal(t, "10", Text(found["id"]))

	assert.True(t, c.Delete("2"))
	assert.False(t, c.Delete("2"))
	names := []string{}
	for _, o := range c.List(nil) {
		names = append(names, o["name"].(string))
	}
	assert.Equal(t, []string{"A", "ten", "d"}, names)
	assert.Len(t, c.List(func(o Object) bool { return o["name"] != "A" }), 2)
	assert.Equal(t, 3, c.Len())

	codes := NewCollection("code")
	require.NoError(t, codes.Load([]byte(`[{"code":"GIFT-1","balance":"10.00"},{"code":"GIFT-2"}]`)))
	g, ok := codes.Get("GIFT-1")
	require.True(t, ok)
	assert.Equal(t, "10.00", g["balance"])
	assert.Error(t, codes.Load([]byte(`{"not":"an array"}`)))
	n := codes.Len()
	assert.ErrorContains(t, codes.Load([]byte(`[{"code":"G3"},null]`)), "element 1 is not an object")
	assert.Equal(t, n, codes.Len(), "a bad fixture loads nothing")

	objs := []Object{{"n": json.Number("10")}, {"n": json.Number("9")}, {"n": json.Number("100")}}
	SortBy(objs, "n", false)
	assert.Equal(t, []string{"9", "10", "100"}, []string{Text(objs[0]["n"]), Text(objs[1]["n"]), Text(objs[2]["n"])})
	SortBy(objs, "n", true)
	assert.Equal(t, "100", Text(objs[0]["n"]))
}

func TestCollectionConcurrentUse(t *testing.T) {
	c := NewCollection("id")
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := c.Insert(Object{"v": "x"})
			c.Update(c.IDOf(o), Object{"v": "y"})
			c.List(nil)
		}()
	}
	wg.Wait()
	assert.Equal(t, 50, c.Len())
}

func TestPagingHelpers(t *testing.T) {
	items := []int{1, 2, 3, 4, 5, 6, 7}
	assert.Equal(t, []int{4, 5, 6}, PageSlice(items, 2, 3, 1))
	assert.Equal(t, []int{4, 5, 6}, PageSlice(items, 1, 3, 0))
	assert.Equal(t, []int{7}, PageSlice(items, 3, 3, 1))
	assert.Empty(t, PageSlice(items, 4, 3, 1))
	assert.Nil(t, PageSlice(items, 0, 3, 1))
	assert.Equal(t, []int{6, 7}, OffsetSlice(items, 5, 10))
	assert.Empty(t, OffsetSlice(items, 7, 10))
	assert.Equal(t, 3, PageCount(7, 3))
	assert.Equal(t, 0, PageCount(0, 3))

	r, _ := http.NewRequest("GET", "/x?limit=20&bad=x", nil)
	n, ok := QueryInt(r, "limit", 25)
	assert.Equal(t, 20, n)
	assert.True(t, ok)
	n, ok = QueryInt(r, "page", 1)
	assert.Equal(t, 1, n)
	assert.True(t, ok)
	_, ok = QueryInt(r, "bad", 1)
	assert.False(t, ok)
}

func TestBodyHelpersAndChecks(t *testing.T) {
	r, _ := http.NewRequest("POST", "/x", strings.NewReader(`{"price": 9.90, "n": 1}`))
	o, err := ReadObject(r)
	require.NoError(t, err)
	assert.Equal(t, json.Number("9.90"), o["price"], "number text survives")
	r, _ = http.NewRequest("POST", "/x", strings.NewReader(`[{"id":1},{"id":2}]`))
	a, err := ReadArray(r)
	require.NoError(t, err)
	assert.Len(t, a, 2)
	r, _ = http.NewRequest("POST", "/x", strings.NewReader(`{"price": `))
	_, err = ReadObject(r)
	assert.ErrorContains(t, err, "invalid JSON body")
	r, _ = http.NewRequest("POST", "/x", strings.NewReader(`null`))
	_, err = ReadObject(r)
	assert.Error(t, err)

	r, _ = http.NewRequest("GET", "/", nil)
	r.SetBasicAuth("u", "p")
	assert.True(t, CheckBasic("u", "p")(r))
	assert.False(t, CheckBasic("u", "q")(r))
	r.Header.Set("X-API-KEY", "k")
	assert.True(t, CheckHeader("X-API-KEY", "k")(r))
	assert.False(t, CheckHeader("X-API-KEY", "K")(r))

	o, err = ParseObject([]byte(`{"a":{"b":[1,2]}}`))
	require.NoError(t, err)
	cl := Clone(o)
	cl["a"].(map[string]any)["b"].([]any)[0] = "changed"
	assert.Equal(t, json.Number("1"), o["a"].(map[string]any)["b"].([]any)[0], "Clone is deep")
	assert.Nil(t, Clone(nil))
}
