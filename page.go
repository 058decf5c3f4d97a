package ecomkit

import "errors"

// Page is one page of a list, as every platform package returns it.
type Page[T any] struct {
	// Items are the page's elements.
	Items []T
	// Number is the page number as the API counts it (0 where it pages by offset).
	Number int
	// Size is the page size asked for or reported.
	Size int
	// Offset is the index of the first item (offset-paged APIs).
	Offset int
	// Total is the total number of items across all pages, or -1 if unknown.
	Total int
	// Pages is the number of pages, or 0 if unknown.
	Pages int
	// Next asks for the following page; nil on the last page.
	Next *PageRequest
}

// HasNext reports whether another page follows.
func (p *Page[T]) HasNext() bool { return p != nil && p.Next != nil }

// PageRequest identifies a page to fetch.
type PageRequest struct {
	// Number is the page number (page-number styles).
	Number int
	// Size is the page size.
	Size int
	// Offset is the number of items to skip (offset style).
	Offset int
	// Cursor is an opaque position (from_id styles).
	Cursor string
}

// SetNextByNumber fills p.Next for page-number APIs. The next page is asked
// for when the API reports more pages or items than seen so far; when it
// reports neither, a full page means there may be more.
func (p *Page[T]) SetNextByNumber(first int) {
	p.Next = nil
	if len(p.Items) == 0 {
		return
	}
	seen := (p.Number - first + 1) // pages seen so far, this one included
	switch {
	case p.Pages > 0:
		if seen >= p.Pages {
			return
		}
	case p.Total >= 0 && p.Size > 0:
		if seen*p.Size >= p.Total {
			return
		}
	case p.Size > 0 && len(p.Items) < p.Size:
		return
	}
	p.Next = &PageRequest{Number: p.Number + 1, Size: p.Size}
}

// SetNextByOffset fills p.Next for offset APIs (skip/limit + total).
func (p *Page[T]) SetNextByOffset() {
	p.Next = nil
	if len(p.Items) == 0 {
		return
	}
	next := p.Offset + len(p.Items)
	switch {
	case p.Total >= 0:
		if next >= p.Total {
			return
		}
	case p.Size > 0 && len(p.Items) < p.Size:
		return
	}
	p.Next = &PageRequest{Offset: next, Size: p.Size}
}

// ErrPagingLoop ends an iteration whose server answered the same page twice.
var ErrPagingLoop = errors.New("paging did not advance")
