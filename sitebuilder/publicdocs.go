package sitebuilder

import (
	"context"
	"net/http"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// The operations in this file are documented outside the API
// documentation's examples: public copies of the vendor's docs (the
// MindCloud reference) and a public TypeScript client of the same API
// list them. What a delete answers is shown only for webhooks
// ({"success": true}); any 2xx without {"success": false} is success.

// deleteResult is what a delete may answer.
type deleteResult struct {
	Success *bool `json:"success"`
}

// remove sends DELETE path and refuses a 2xx {"success": false}.
func remove(ctx context.Context, s *service, path string) error {
	t, err := s.client()
	if err != nil {
		return err
	}
	if ctx == nil {
		return transport.Invalid("ctx", "must not be nil")
	}
	var out deleteResult
	resp, err := t.Do(ctx, &transport.Request{Method: http.MethodDelete, Path: path, AllowEmpty: true}, &out)
	if err != nil {
		return err
	}
	if out.Success != nil && !*out.Success {
		return s.notResource(http.MethodDelete, path, resp, "the API answered success: false")
	}
	return nil
}

// deleteByID sends DELETE tmpl with a positive id.
func deleteByID(ctx context.Context, s *service, tmpl string, id int64) error {
	p, err := idPath(tmpl, id)
	if err != nil {
		return err
	}
	return remove(ctx, s, p)
}

// Delete deletes a contact: DELETE /contacts/{id}. Documented outside the
// API documentation's examples: public copies of the vendor's docs.
func (s *ContactsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), "/contacts/{id}", id)
}

// Delete deletes a member: DELETE /members/{id}. Documented outside the
// API documentation's examples: public copies of the vendor's docs.
func (s *MembersService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), "/members/{id}", id)
}

// Delete deletes a product: DELETE /products/{id}. Documented outside the
// API documentation's examples: public copies of the vendor's docs.
func (s *ProductsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), "/products/{id}", id)
}

// List lists every member group, all at once (a bare JSON array, as a
// public client of the API reads it): GET /member-groups. Documented
// outside the API documentation's examples: public copies of the vendor's docs.
func (s *MemberGroupsService) List(ctx context.Context) ([]MemberGroup, error) {
	return bareList[MemberGroup](ctx, (*service)(s), "/member-groups", nil)
}

// Get fetches a member group: GET /member-groups/{id}; an unknown id
// matches ErrNotFound. Documented outside the API documentation's
// examples: public copies of the vendor's docs.
func (s *MemberGroupsService) Get(ctx context.Context, id int64) (*MemberGroup, error) {
	return getByID[MemberGroup](ctx, (*service)(s), "/member-groups/{id}", id)
}

// Delete deletes a member group: DELETE /member-groups/{id}. Documented
// outside the API documentation's examples: public copies of the vendor's docs.
func (s *MemberGroupsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), "/member-groups/{id}", id)
}

// List lists every subscriber list: GET /subscriber-lists. No source shows
// the answer's shape: a bare JSON array and the paged envelope's items
// are both read (one page of the envelope; the API's default size).
// Documented outside the API documentation's examples: public copies of
// the vendor's docs.
func (s *SubscriberListsService) List(ctx context.Context) ([]SubscriberList, error) {
	t, err := (*service)(s).client()
	if err != nil {
		return nil, err
	}
	if ctx == nil {
		return nil, transport.Invalid("ctx", "must not be nil")
	}
	resp, err := t.Do(ctx, &transport.Request{Method: http.MethodGet, Path: "/subscriber-lists"}, nil)
	if err != nil {
		return nil, err
	}
	var out subscriberLists
	if err := out.UnmarshalJSON(resp.Body); err != nil || out.items == nil {
		return nil, (*service)(s).notResource(http.MethodGet, "/subscriber-lists", resp, "neither a JSON array nor an envelope with items")
	}
	if err := checkItems((*service)(s), "/subscriber-lists", resp, *out.items); err != nil {
		return nil, err
	}
	return *out.items, nil
}

// subscriberLists reads a bare array or an {items: [...]} envelope.
type subscriberLists struct{ items *[]SubscriberList }

// UnmarshalJSON implements json.Unmarshaler.
func (l *subscriberLists) UnmarshalJSON(b []byte) error {
	if t := strings.TrimSpace(string(b)); t == "null" {
		empty := []SubscriberList{}
		l.items = &empty
		return nil
	} else if strings.HasPrefix(t, "[") {
		var arr List[SubscriberList]
		if err := arr.UnmarshalJSON(b); err != nil {
			return err
		}
		items := []SubscriberList(arr)
		l.items = &items
		return nil
	}
	var env envelope[SubscriberList]
	if err := decodeExtra(b, &env, new(Extra)); err != nil {
		return err
	}
	if env.Items != nil {
		items := []SubscriberList(*env.Items)
		l.items = &items
	}
	return nil
}

// Get fetches a subscriber list: GET /subscriber-lists/{id}; an unknown id
// matches ErrNotFound. Documented outside the API documentation's
// examples: public copies of the vendor's docs.
func (s *SubscriberListsService) Get(ctx context.Context, id int64) (*SubscriberList, error) {
	return getByID[SubscriberList](ctx, (*service)(s), "/subscriber-lists/{id}", id)
}

// Delete deletes a subscriber list: DELETE /subscriber-lists/{id}.
// Documented outside the API documentation's examples: public copies of
// the vendor's docs.
func (s *SubscriberListsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), "/subscriber-lists/{id}", id)
}

// Delete deletes a webhook by its string id ("rh_24488493954"): DELETE
// /webhooks/{id}, answered {"success": true}; {"success": false} is an
// error. Documented outside the API documentation's examples: public
// copies of the vendor's docs and a public client of the API.
func (s *WebhooksService) Delete(ctx context.Context, id string) error {
	if strings.TrimSpace(id) == "" {
		return transport.Invalid("id", "is required")
	}
	p, err := transport.Path("/webhooks/{id}", id)
	if err != nil {
		return err
	}
	return remove(ctx, (*service)(s), p)
}
