// Command quickstart shows each platform package at work. With no
// credentials in the environment it runs against the embedded fake servers
// (the xxxtest packages), so it needs no account and no network; with a
// platform's variables set it talks to that real shop, read-only.
//
//	go run ./examples/quickstart
//
// Variables per platform are listed in the README.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// section is one platform's part of the tour.
type section struct {
	name string
	run  func(ctx context.Context, w io.Writer) error
}

var sections []section

// plural writes "1 customer", "2 customers".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// where names the server a section talks to: the built-in fake, or the
// real shop's base URL.
func where(fake bool, base string) string {
	if fake {
		return "the built-in fake"
	}
	return base
}

// register adds a platform's section; each platform file calls it from init.
func register(name string, run func(ctx context.Context, w io.Writer) error) {
	sections = append(sections, section{name: name, run: run})
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := runAll(ctx, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func runAll(ctx context.Context, w io.Writer) error {
	sort.Slice(sections, func(i, j int) bool { return sections[i].name < sections[j].name })
	if len(sections) == 0 {
		fmt.Fprintln(w, "no platform packages yet")
		return nil
	}
	// A section that fails (a wrong key, a shop that is down) is reported
	// and the tour goes on with the others.
	var failed []string
	for _, s := range sections {
		fmt.Fprintf(w, "== %s\n", s.name)
		if err := s.run(ctx, w); err != nil {
			fmt.Fprintf(w, "error: %v\n", err)
			failed = append(failed, s.name)
		}
		fmt.Fprintln(w)
	}
	if len(failed) > 0 {
		return fmt.Errorf("%s failed (see above)", strings.Join(failed, ", "))
	}
	return nil
}

// credentials reads a platform's variables: all set means a real shop, none
// set means the fake; a partial set is an error naming what is missing.
func credentials(names ...string) (values []string, real bool, err error) {
	var missing []string
	for _, n := range names {
		v := os.Getenv(n)
		values = append(values, v)
		if v == "" {
			missing = append(missing, n)
		}
	}
	switch len(missing) {
	case 0:
		return values, true, nil
	case len(names):
		return values, false, nil
	}
	return nil, false, fmt.Errorf("set all of %s for a real shop, or none for the fake (missing: %s)",
		strings.Join(names, ", "), strings.Join(missing, ", "))
}
