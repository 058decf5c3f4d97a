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
	"time"
)

// section is one platform's part of the tour.
type section struct {
	name string
	run  func(ctx context.Context, w io.Writer) error
}

var sections []section

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
	for _, s := range sections {
		fmt.Fprintf(w, "== %s\n", s.name)
		if err := s.run(ctx, w); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		fmt.Fprintln(w)
	}
	return nil
}
