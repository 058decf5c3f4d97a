package transport_test

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
)

func newDebugLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func slogDefault() *slog.Logger     { return slog.Default() }
func setSlogDefault(l *slog.Logger) { slog.SetDefault(l) }

// fmtAll renders err and every error it wraps, with %+v, as a user might log it.
func fmtAll(err error) string {
	s := ""
	for e := err; e != nil; e = errors.Unwrap(e) {
		s += fmt.Sprintf("%+v\n%#v\n", e, e)
	}
	return s
}
