// Package fakeapi is the kit every platform's xxxtest fake server is built
// on: an httptest server with a route table, an in-memory JSON store with
// ids, paging helpers for each style, auth checks, request recording and
// fault injection (latency, 429 with Retry-After, 5xx bursts, dropped
// connections, truncated bodies).
package fakeapi

import (
	"bytes"
	"github.com/ecomkit/ecomkit-go/ecomkittest"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Config sets up a Server.
type Config struct {
	// Auth reports whether a request carries valid credentials; nil accepts all.
	Auth func(*http.Request) bool
	// Unauthorized writes the platform's 401 answer; nil writes {"message":"Unauthorized"}.
	Unauthorized func(http.ResponseWriter)
	// RequireUserAgent answers 400 to requests with no User-Agent.
	RequireUserAgent bool
	// NotFound writes the platform's 404 answer for unknown routes.
	NotFound func(http.ResponseWriter)
	// Faults are injected from the start.
	Faults Faults
}

// Faults and Recorded are the public ecomkittest types.
type (
	Faults   = ecomkittest.Faults
	Recorded = ecomkittest.Request
)

// Server is a running fake API server.
type Server struct {
	*httptest.Server
	mux *http.ServeMux
	cfg Config

	mu       sync.Mutex
	faults   Faults
	n        atomic.Int64
	recorded []Recorded
}

// New starts a server. Register routes with Handle; they may be added while
// it runs. Close it when done.
func New(cfg Config) *Server {
	s := &Server{mux: http.NewServeMux(), cfg: cfg, faults: cfg.Faults}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Handle registers h for a net/http pattern such as "GET /product/{id}".
func (s *Server) Handle(pattern string, h http.HandlerFunc) { s.mux.HandleFunc(pattern, h) }

// SetFaults replaces the injected faults and restarts their count.
func (s *Server) SetFaults(f Faults) {
	s.mu.Lock()
	s.faults = f
	s.mu.Unlock()
	s.n.Store(0)
}

// Requests returns a copy of every request received so far.
func (s *Server) Requests() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Recorded(nil), s.recorded...)
}

// LastRequest returns the most recent request, or false if none came.
func (s *Server) LastRequest() (Recorded, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.recorded) == 0 {
		return Recorded{}, false
	}
	return s.recorded[len(s.recorded)-1], true
}

// Count returns how many requests arrived since the faults were last set.
func (s *Server) Count() int { return int(s.n.Load()) }

const maxRecorded = 1000

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 32<<20))
	r.Body = io.NopCloser(bytes.NewReader(body))
	n := int(s.n.Add(1))
	s.mu.Lock()
	f := s.faults
	if len(s.recorded) >= maxRecorded {
		s.recorded = s.recorded[1:]
	}
	s.recorded = append(s.recorded, Recorded{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone(), Body: body})
	s.mu.Unlock()

	if f.Latency > 0 {
		t := time.NewTimer(f.Latency)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}
	if f.DropEvery > 0 && n%f.DropEvery == 0 {
		drop(w)
		return
	}
	if n <= f.FailFirst {
		st := f.FailStatus
		if st == 0 {
			st = http.StatusServiceUnavailable
		}
		WriteJSON(w, st, map[string]any{"message": http.StatusText(st)})
		return
	}
	if f.RateLimitEvery > 0 && n%f.RateLimitEvery == 0 {
		ra := f.RetryAfter
		if ra <= 0 {
			ra = time.Second
		}
		w.Header().Set("Retry-After", strconv.FormatFloat(ra.Seconds(), 'f', -1, 64))
		WriteJSON(w, http.StatusTooManyRequests, map[string]any{"message": "Too Many Requests"})
		return
	}
	if s.cfg.RequireUserAgent && r.Header.Get("User-Agent") == "" {
		WriteJSON(w, http.StatusBadRequest, map[string]any{"success": false, "message": "User-Agent header is required"})
		return
	}
	if s.cfg.Auth != nil && !s.cfg.Auth(r) {
		if s.cfg.Unauthorized != nil {
			s.cfg.Unauthorized(w)
		} else {
			WriteJSON(w, http.StatusUnauthorized, map[string]any{"message": "Unauthorized"})
		}
		return
	}
	if f.TruncateEvery > 0 && n%f.TruncateEvery == 0 {
		rec := httptest.NewRecorder()
		s.route(rec, r)
		full := rec.Body.Bytes()
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(full)))
		w.WriteHeader(rec.Code)
		_, _ = w.Write(full[:len(full)/2])
		// Returning with fewer bytes than announced makes net/http close
		// the connection: the client sees a body cut short.
		return
	}
	s.route(w, r)
}

func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	if s.cfg.NotFound != nil {
		if _, pattern := s.mux.Handler(r); pattern == "" {
			s.cfg.NotFound(w)
			return
		}
	}
	// ServeHTTP, not Handler(r).ServeHTTP: only it fills r.PathValue.
	s.mux.ServeHTTP(w, r)
}

// drop closes the connection without writing a response.
func drop(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		conn.Close()
	}
}
