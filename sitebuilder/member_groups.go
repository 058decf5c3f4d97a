package sitebuilder

import (
	"context"
	"fmt"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// MemberGroup is a group of members; access to resources can be restricted
// to some groups.
type MemberGroup struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	// Link is sent as "" in every example; the API documentation does not explain it.
	Link string `json:"link"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a member group, keeping undeclared fields in Extra.
func (g *MemberGroup) UnmarshalJSON(b []byte) error {
	type plain MemberGroup
	return decodeExtra(b, (*plain)(g), &g.Extra)
}

// MemberGroupCreate is the body of MemberGroups.Create; Name is required.
type MemberGroupCreate struct {
	// Name is the group's name (required), e.g. "Basic Members".
	Name string `json:"name"`
	// Link is optional and left out when empty; the API documentation only ever shows "".
	Link string `json:"link,omitempty"`
}

func (g *MemberGroupCreate) validate() error { return check.Required("name", g.Name) }

// MemberGroupUpdate is the body of MemberGroups.Update: nil fields are not
// sent. The API documentation requires Name even here.
type MemberGroupUpdate struct {
	// Name is the group's name (required).
	Name *string `json:"name,omitempty"`
	// Link is the group's link; the API documentation only ever shows "".
	Link *string `json:"link,omitempty"`
}

func (g *MemberGroupUpdate) validate() error {
	if err := nothingToUpdate(g); err != nil {
		return err
	}
	if g.Name == nil {
		return transport.Invalid("name", "is required")
	}
	return check.Required("name", *g.Name)
}

// MemberGroupsAPI is the member groups service; MemberGroupsService implements it.
type MemberGroupsAPI interface {
	Create(ctx context.Context, g *MemberGroupCreate) (*MemberGroup, error)
	Update(ctx context.Context, id int64, g *MemberGroupUpdate) (*MemberGroup, error)
	List(ctx context.Context) ([]MemberGroup, error)
	Get(ctx context.Context, id int64) (*MemberGroup, error)
	Delete(ctx context.Context, id int64) error
}

var _ MemberGroupsAPI = (*MemberGroupsService)(nil)

// MemberGroupsService manages member groups. List, Get and Delete are
// documented outside the API documentation's examples (public copies of
// the vendor's docs).
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
type MemberGroupsService service

// String describes the service by its base URL, never its credentials.
func (s MemberGroupsService) String() string { return (*service)(&s).String("MemberGroupsService") }

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s MemberGroupsService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// Create creates a member group: POST /member-groups.
func (s *MemberGroupsService) Create(ctx context.Context, g *MemberGroupCreate) (*MemberGroup, error) {
	return post[MemberGroup](ctx, (*service)(s), "/member-groups", nil, g)
}

// Update renames a member group or changes its link: PUT /member-groups/{id}.
func (s *MemberGroupsService) Update(ctx context.Context, id int64, g *MemberGroupUpdate) (*MemberGroup, error) {
	return putByID[MemberGroup](ctx, (*service)(s), "/member-groups/{id}", id, g)
}

func (g *MemberGroup) identified() bool { return g.ID != 0 }
