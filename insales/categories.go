package insales

import (
	"context"
	"net/http"
)

// Category is a back-office category; categories form a tree through
// ParentID, and every product belongs to one.
type Category struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	// ParentID is the parent category, nil for the root.
	ParentID *int64 `json:"parent_id"`
	// Position orders siblings.
	Position  int64 `json:"position"`
	CreatedAt Time  `json:"created_at"`
	UpdatedAt Time  `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a category, keeping undeclared fields in Extra.
func (c *Category) UnmarshalJSON(b []byte) error {
	type plain Category
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// CategoryCreate is the body of Categories.Create; Title is required.
type CategoryCreate struct {
	Title string `json:"title"`
	// ParentID is the parent category; the root when nil.
	ParentID *int64 `json:"parent_id,omitempty"`
	Position *int64 `json:"position,omitempty"`
}

func (c *CategoryCreate) validate() error {
	if c.Title == "" {
		return invalidf("title", "is required")
	}
	if c.ParentID != nil {
		if err := checkID("parent_id", *c.ParentID); err != nil {
			return err
		}
	}
	return checkPosition(c.Position)
}

// CategoryUpdate is the body of Categories.Update: the API documents only
// the title as changeable.
type CategoryUpdate struct {
	Title *string `json:"title,omitempty"`
}

func (c *CategoryUpdate) validate() error {
	if c.Title == nil {
		return errNothingToUpdate
	}
	if *c.Title == "" {
		return invalidf("title", "is required")
	}
	return nil
}

// CategoriesAPI is the interface CategoriesService satisfies, for mocks.
type CategoriesAPI interface {
	List(ctx context.Context) ([]Category, error)
	Get(ctx context.Context, id int64) (*Category, error)
	Create(ctx context.Context, c *CategoryCreate) (*Category, error)
	Update(ctx context.Context, id int64, c *CategoryUpdate) (*Category, error)
	Delete(ctx context.Context, id int64) error
}

var _ CategoriesAPI = (*CategoriesService)(nil)

// CategoriesService manages the category tree: /admin/categories.
type CategoriesService service

// List fetches every category: GET /admin/categories.json (the API answers
// the whole tree, unpaged).
func (s *CategoriesService) List(ctx context.Context) ([]Category, error) {
	return listAll[Category](ctx, (*service)(s), "/categories.json", nil)
}

// Get fetches a category: GET /admin/categories/{id}.json.
func (s *CategoriesService) Get(ctx context.Context, id int64) (*Category, error) {
	p, err := path("/categories/{category_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Category](ctx, (*service)(s), p)
}

// Create creates a category: POST /admin/categories.json.
func (s *CategoriesService) Create(ctx context.Context, c *CategoryCreate) (*Category, error) {
	return send[Category](ctx, (*service)(s), http.MethodPost, "/categories.json", "category", c)
}

// Update renames a category: PUT /admin/categories/{id}.json.
func (s *CategoriesService) Update(ctx context.Context, id int64, c *CategoryUpdate) (*Category, error) {
	p, err := path("/categories/{category_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Category](ctx, (*service)(s), http.MethodPut, p, "category", c)
}

// Delete removes a category: DELETE /admin/categories/{id}.json.
func (s *CategoriesService) Delete(ctx context.Context, id int64) error {
	p, err := path("/categories/{category_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
