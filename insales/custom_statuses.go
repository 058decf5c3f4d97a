package insales

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// CustomStatus is a shop's own order status, a refinement of a system
// status (FulfillmentStatus). The API addresses it by Permalink, not by id.
type CustomStatus struct {
	ID           int64             `json:"id"`
	Permalink    string            `json:"permalink"` // The key the routes take ("novyy").
	Title        string            `json:"title"`
	SystemStatus FulfillmentStatus `json:"system_status"`
	Color        string            `json:"color"` // "#DC5F59".
	IsDefault    bool              `json:"is_default"`
	Position     int64             `json:"position"`
	CreatedAt    Time              `json:"created_at"`
	UpdatedAt    Time              `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a custom status, keeping undeclared fields in Extra.
func (c *CustomStatus) UnmarshalJSON(b []byte) error {
	type plain CustomStatus
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// CustomStatusCreate is the body of CustomStatuses.Create.
type CustomStatusCreate struct {
	SystemStatus FulfillmentStatus `json:"system_status"` // Required.
	Title        string            `json:"title"`         // Required.
}

func (c *CustomStatusCreate) validate() error {
	if c.SystemStatus == "" {
		return invalidf("system_status", "is required")
	}
	if strings.TrimSpace(c.Title) == "" {
		return invalidf("title", "is required")
	}
	return nil
}

// CustomStatusUpdate is the body of CustomStatuses.Update.
type CustomStatusUpdate struct {
	Title *string `json:"title,omitempty"`
}

func (c *CustomStatusUpdate) validate() error {
	if c.Title == nil {
		return errNothingToUpdate
	}
	if strings.TrimSpace(*c.Title) == "" {
		return invalidf("title", "is required")
	}
	return nil
}

// CustomStatusesAPI is the interface CustomStatusesService satisfies, for mocks.
type CustomStatusesAPI interface {
	List(ctx context.Context) ([]CustomStatus, error)
	Get(ctx context.Context, permalink string) (*CustomStatus, error)
	Create(ctx context.Context, c *CustomStatusCreate) (*CustomStatus, error)
	Update(ctx context.Context, permalink string, c *CustomStatusUpdate) error
	Delete(ctx context.Context, permalink string) error
}

var _ CustomStatusesAPI = (*CustomStatusesService)(nil)

// CustomStatusesService manages custom order statuses:
// /admin/custom_statuses, addressed by permalink.
type CustomStatusesService service

// permalinkPath builds /custom_statuses/{permalink}.json, refusing a
// permalink that would leave the route.
func permalinkPath(permalink string) (string, error) {
	if strings.TrimSpace(permalink) == "" {
		return "", invalidf("permalink", "is required")
	}
	if strings.ContainsAny(permalink, "/?#") || permalink == "." || permalink == ".." {
		return "", invalidf("permalink", "must not contain '/', '?' or '#'")
	}
	return "/custom_statuses/" + url.PathEscape(permalink) + ".json", nil
}

// List fetches every custom status: GET /admin/custom_statuses.json.
func (s *CustomStatusesService) List(ctx context.Context) ([]CustomStatus, error) {
	return listAll[CustomStatus](ctx, (*service)(s), "/custom_statuses.json", nil)
}

// Get fetches a custom status: GET /admin/custom_statuses/{permalink}.json.
func (s *CustomStatusesService) Get(ctx context.Context, permalink string) (*CustomStatus, error) {
	p, err := permalinkPath(permalink)
	if err != nil {
		return nil, err
	}
	return getOne[CustomStatus](ctx, (*service)(s), p)
}

// Create adds a custom status: POST /admin/custom_statuses.json.
func (s *CustomStatusesService) Create(ctx context.Context, c *CustomStatusCreate) (*CustomStatus, error) {
	return send[CustomStatus](ctx, (*service)(s), http.MethodPost, "/custom_statuses.json", "custom_status", c)
}

// Update renames a custom status: PUT /admin/custom_statuses/{permalink}.json.
// The API answers {"status": "ok"}, not the status.
func (s *CustomStatusesService) Update(ctx context.Context, permalink string, c *CustomStatusUpdate) error {
	p, err := permalinkPath(permalink)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPut, p, "custom_status", c)
}

// Delete removes a custom status: DELETE /admin/custom_statuses/{permalink}.json.
func (s *CustomStatusesService) Delete(ctx context.Context, permalink string) error {
	p, err := permalinkPath(permalink)
	if err != nil {
		return err
	}
	if err := (*service)(s).ready(); err != nil {
		return err
	}
	return statusOK(ctx, (*service)(s), &transport.Request{Method: http.MethodDelete, Path: p})
}
