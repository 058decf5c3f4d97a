package sitebuilder_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
)

// Benchmarks of issue 10 for sitebuilder, each a pair in one run:
//
//	go test ./sitebuilder -run '^$' -bench 'ContactsGet|DecodeContact' -benchmem -count 8 | benchstat -col /impl -
//
// ContactsGet: Contacts.Get vs the same call written by hand with net/http
// and encoding/json into the same struct, on the same loopback server and
// HTTP client (and in memory, without sockets). DecodeContact: the Contact
// model (tolerant types, Extra) vs encoding/json into a plain struct of the
// same fields.

const benchKey = "sk-bench-0123456789"

func contactBody(b *testing.B) []byte {
	b.Helper()
	body, err := os.ReadFile("testdata/contacts.get.response.json")
	if err != nil {
		b.Fatal(err)
	}
	return body
}

// handGetContact is the hand-written reference: one GET, the whole body
// read, one json.Unmarshal into the same struct, the id checked.
func handGetContact(ctx context.Context, hc *http.Client, base string, id int64) (*sitebuilder.Contact, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/contacts/%d", base, id), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+benchKey)
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "hand/1.0")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	c := new(sitebuilder.Contact)
	if err := json.Unmarshal(body, c); err != nil {
		return nil, err
	}
	if c.ID != id {
		return nil, fmt.Errorf("got contact %d", c.ID)
	}
	return c, nil
}

func benchContactsGet(b *testing.B, hc *http.Client, base string, size int) {
	ctx := context.Background()
	b.Run("impl=hand", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := handGetContact(ctx, hc, base, 123); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=sdk", func(b *testing.B) {
		c, err := sitebuilder.NewClient("example.com", benchKey, sitebuilder.WithBaseURL(base), sitebuilder.WithHTTPClient(hc), sitebuilder.WithoutRateLimit())
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.Contacts.Get(ctx, 123); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkContactsGet: Contacts.Get vs the hand-written call over loopback.
func BenchmarkContactsGet(b *testing.B) {
	body := contactBody(b)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+benchKey || r.URL.Path != "/api/site/contacts/123" {
			http.Error(w, `{"success": false, "message": "Not found"}`, http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	b.Cleanup(srv.Close)
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	b.Cleanup(hc.CloseIdleConnections)
	benchContactsGet(b, hc, srv.URL+"/api/site", len(body))
}

// BenchmarkContactsGetInMemory isolates the SDK's own cost: both sides go
// through an in-memory RoundTripper, no sockets.
func BenchmarkContactsGetInMemory(b *testing.B) {
	body := contactBody(b)
	hc := &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
		return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
			Body: io.NopCloser(strings.NewReader(string(body))), ContentLength: int64(len(body)), Request: r}, nil
	})}
	benchContactsGet(b, hc, "https://example.com/api/site", len(body))
}

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// plainContact has Contact's fields in encoding/json's own types: the
// reference the tolerant model is measured against.
type plainContact struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
	Note        string `json:"note"`
	Address     string `json:"address"`
	City        string `json:"city"`
	State       string `json:"state"`
	Zip         string `json:"zip"`
	Country     string `json:"country"`
	CompanyName string `json:"companyName"`
	CreatedOn   int64  `json:"createdOn"`
	Properties  []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"properties"`
	Tags            []string `json:"tags"`
	MemberID        int64    `json:"memberId"`
	Subscribed      bool     `json:"subscribed"`
	SubscriberLists []int64  `json:"subscriberLists"`
}

// BenchmarkDecodeContact: the Contact model vs encoding/json into
// plainContact (issue 10: target <= 1.5x).
func BenchmarkDecodeContact(b *testing.B) {
	body := contactBody(b)
	b.Run("impl=plain", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			var c plainContact
			if err := json.Unmarshal(body, &c); err != nil || c.ID != 123 {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=model", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			var c sitebuilder.Contact
			if err := json.Unmarshal(body, &c); err != nil || c.ID != 123 {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkContactsListCounters: a page of 50 contacts whose envelope
// counters (totalCount, limit, skip) arrive as strings vs as numbers. A
// string counter must not send the whole page through a second, tolerant
// decode (issue 10, item 4).
func BenchmarkContactsListCounters(b *testing.B) {
	item := strings.TrimSpace(string(contactBody(b)))
	items := strings.TrimSuffix(strings.Repeat(item+",", 50), ",")
	pages := map[string]string{
		"numbers": `{"totalCount": 50, "limit": 50, "skip": 0, "items": [` + items + `]}`,
		"strings": `{"totalCount": "50", "limit": "50", "skip": "0", "items": [` + items + `]}`,
	}
	for _, name := range []string{"numbers", "strings"} {
		body := pages[name]
		hc := &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
			return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
				Body: io.NopCloser(strings.NewReader(body)), ContentLength: int64(len(body)), Request: r}, nil
		})}
		c, err := sitebuilder.NewClient("example.com", benchKey, sitebuilder.WithBaseURL("https://example.com/api/site"), sitebuilder.WithHTTPClient(hc), sitebuilder.WithoutRateLimit())
		if err != nil {
			b.Fatal(err)
		}
		b.Run("counters="+name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				p, err := c.Contacts.List(context.Background(), &sitebuilder.ContactListOptions{ListOptions: sitebuilder.ListOptions{Limit: 50}})
				if err != nil || len(p.Items) != 50 || p.Total != 50 {
					b.Fatal(err)
				}
			}
		})
	}
}
