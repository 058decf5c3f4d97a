package shopkit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"slices"
	"strconv"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Category is a product category.
type Category struct {
	ID              int64   `json:"id"`
	Title           string  `json:"title"`
	IsParent        bool    `json:"is_parent"`
	IsChild         bool    `json:"is_child"`
	ParentID        int64   `json:"parent"` // parent id, 0 for top level
	ParentTitle     *string `json:"parent_title"`
	Description     string  `json:"description"`
	Position        int     `json:"position"`
	Active          bool    `json:"active"`
	Handle          string  `json:"handle"`
	PageTitle       string  `json:"page_title"`
	MetaDescription *string `json:"meta_description"`
	MetaTags        *string `json:"meta_tags"`
	NumProducts     Int     `json:"num_products"`
	URL             string  `json:"url"`
	Permalink       string  `json:"permalink"`
	Image           Image   `json:"image"`
	// Parents is null in every example (presumably the ancestors): kept raw.
	Parents   json.RawMessage  `json:"parents"`
	Children  CategoryChildren `json:"children"` // null when there are none
	CreatedAt Time             `json:"created_at"`
	UpdatedAt Time             `json:"updated_at"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (c *Category) UnmarshalJSON(b []byte) error {
	type plain Category
	return flex.DecodeWithExtra(b, (*plain)(c), &c.Extra)
}

// CategoryChild is a subcategory inside Category.Children.
type CategoryChild struct {
	ID              int64            `json:"id"`
	Title           string           `json:"title"`
	IsParent        bool             `json:"is_parent"`
	IsChild         bool             `json:"is_child"`
	ParentID        int64            `json:"parent"` // the parent category's id
	Description     string           `json:"description"`
	Position        int              `json:"position"`
	Active          bool             `json:"active"`
	Handle          string           `json:"handle"`
	PageTitle       string           `json:"page_title"`
	MetaDescription *string          `json:"meta_description"`
	MetaTags        *string          `json:"meta_tags"`
	NumProducts     Int              `json:"num_products"`
	URL             string           `json:"url"`
	Permalink       string           `json:"permalink"`
	Image           Image            `json:"image"`
	Children        CategoryChildren `json:"children"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// CategoryChildren is a list of subcategories, nested to any depth. It
// decodes in time linear in its JSON, however deep the nesting: the whole
// subtree is parsed once, then each subcategory's own fields (not its
// children) are decoded tolerantly, as every model is. It accepts the
// shapes of List: an array, null, a {"0": ...} object, and "" or {} for none.
type CategoryChildren []CategoryChild

// UnmarshalJSON implements json.Unmarshaler.
func (cc *CategoryChildren) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return err
	}
	out, err := categoryChildren(tree)
	if err != nil {
		return err
	}
	*cc = out
	return nil
}

// categoryChildren converts a parsed children value.
//
// An error names its place on the way out ("[0].children[2]: ..."), so
// the path is built only on failure: a path carried down would cost its
// length at every level, quadratic in the depth.
func categoryChildren(v any) (CategoryChildren, error) {
	var items []any
	switch x := v.(type) {
	case nil:
		return nil, nil
	case string, bool:
		if x == "" || x == false {
			return nil, nil
		}
		return nil, fmt.Errorf("expected a list of categories, got %v", x)
	case []any:
		items = x
	case map[string]any:
		keys := make([]int, 0, len(x))
		for k := range x {
			n, err := strconv.Atoi(k)
			if err != nil || n < 0 {
				// A lone category where a list was documented.
				return categoryChildren([]any{x})
			}
			keys = append(keys, n)
		}
		slices.Sort(keys)
		for _, k := range keys {
			items = append(items, x[strconv.Itoa(k)])
		}
	default:
		return nil, errors.New("expected a list of categories, got a number")
	}
	if len(items) == 0 {
		return CategoryChildren{}, nil
	}
	out := make(CategoryChildren, len(items))
	for i, it := range items {
		if it == nil {
			continue
		}
		m, ok := it.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("[%d]: expected a category object", i)
		}
		sub, hasSub := m["children"]
		delete(m, "children")
		own, err := json.Marshal(m) // this level only: linear overall
		if err != nil {
			return nil, err
		}
		type plain CategoryChild
		c := &out[i]
		if err := flex.DecodeWithExtra(own, (*plain)(c), &c.Extra); err != nil {
			return nil, fmt.Errorf("[%d]: %w", i, err)
		}
		if hasSub {
			if c.Children, err = categoryChildren(sub); err != nil {
				return nil, fmt.Errorf("[%d].children%w", i, err)
			}
		}
	}
	return out, nil
}

// TaxonomyFields are the optional attributes categories and brands share
// in POST and PUT; nil pointers are not sent.
type TaxonomyFields struct {
	// Active shows (true) or hides (false) it in the store.
	Active *bool `json:"active,omitempty"`
	// Description is its description text.
	Description *string `json:"description,omitempty"`
	// Handle is the URL slug ("prints").
	Handle *string `json:"handle,omitempty"`
	// Image is the URL of its image, fetched by the server.
	Image *string `json:"image,omitempty"`
	// Position is its place in sorted lists.
	Position *int `json:"position,omitempty"`
	// MetaDescription is the page's meta description.
	MetaDescription *string `json:"meta_description,omitempty"`
	// MetaTags are the page's meta tags.
	MetaTags *string `json:"meta_tags,omitempty"`
	// PageTitle is the page's title.
	PageTitle *string `json:"page_title,omitempty"`
}

// CategoryCreate is the body of POST /category; Title is required.
type CategoryCreate struct {
	// Title is the category name; required.
	Title string `json:"title"`
	// ParentID makes it a subcategory of that category id; nil for top level.
	ParentID *int64 `json:"parent_id,omitempty"`
	TaxonomyFields
}

// CategoryUpdate is the body of PUT /category/{id}. The API documentation marks title
// required, but its own example sends only a description: the update is
// partial and nothing is required.
type CategoryUpdate struct {
	// Title is the new name; nil keeps it, "" is refused.
	Title *string `json:"title,omitempty"`
	// ParentID moves it under that category id; nil keeps its parent.
	ParentID *int64 `json:"parent_id,omitempty"`
	TaxonomyFields
}

// CategoryListOptions filter GET /category; nil fields do not filter.
type CategoryListOptions struct {
	// Active selects active (true) or inactive (false) categories.
	Active *bool `url:"active,omitempty"`
	// IsParent selects parent (true) or non-parent (false) categories.
	IsParent *bool `url:"is_parent,omitempty"`
	ListOptions
}

// CategoriesAPI is the interface CategoriesService implements.
type CategoriesAPI interface {
	List(ctx context.Context, opts *CategoryListOptions) (*Page[Category], error)
	All(ctx context.Context, opts *CategoryListOptions) iter.Seq2[Category, error]
	Get(ctx context.Context, id int64) (*Category, error)
	GetByHandle(ctx context.Context, handle string) (*Category, error)
	Create(ctx context.Context, c *CategoryCreate) (*Category, error)
	Update(ctx context.Context, id int64, u *CategoryUpdate) (*Category, error)
	Delete(ctx context.Context, id int64) error
}

var _ CategoriesAPI = (*CategoriesService)(nil)

// CategoriesService handles the /category endpoints.
//
// The API documentation's read route is the unusable template
// GET /category/{id,handle,active,is_parent,page,limit}; as for GET
// /product, the parameters are sent as a query string on /category.
type CategoriesService service

// List fetches one page of categories: GET /category{?active,is_parent,page,limit}.
func (c *CategoriesService) List(ctx context.Context, opts *CategoryListOptions) (*Page[Category], error) {
	return list[Category](ctx, (*service)(c), "/category", opts, opts)
}

// All iterates over every category matching opts (GET /category).
func (c *CategoriesService) All(ctx context.Context, opts *CategoryListOptions) iter.Seq2[Category, error] {
	return all(ctx, opts, c.List)
}

// Get fetches a category by id: GET /category?id={id} (the API documentation's example
// answer is a single Category; its curl uses /category/{id}).
func (c *CategoriesService) Get(ctx context.Context, id int64) (*Category, error) {
	return getByID[Category](ctx, (*service)(c), "/category", id)
}

// GetByHandle fetches a category by handle: GET /category?handle={handle}.
func (c *CategoriesService) GetByHandle(ctx context.Context, handle string) (*Category, error) {
	return getByHandle[Category](ctx, (*service)(c), "/category", handle)
}

// Create creates a category: POST /category.
func (c *CategoriesService) Create(ctx context.Context, in *CategoryCreate) (*Category, error) {
	if in == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	if in.Title == "" {
		return nil, transport.Invalid("title", "is required")
	}
	return send[Category](ctx, (*service)(c), http.MethodPost, "/category", nil, in)
}

// Update changes the fields set in u: PUT /category/{id}.
func (c *CategoriesService) Update(ctx context.Context, id int64, u *CategoryUpdate) (*Category, error) {
	if u != nil && u.Title != nil && *u.Title == "" {
		return nil, transport.Invalid("title", "must not be empty; leave it nil to keep the title")
	}
	return update[Category](ctx, (*service)(c), "/category/{id}", id, u)
}

// Delete deletes a category: DELETE /category/{id}.
func (c *CategoriesService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(c), "/category/{id}", id)
}
