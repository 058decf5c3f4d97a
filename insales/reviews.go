package insales

import (
	"context"
	"net/http"
)

// Review is a customer's review of a product.
type Review struct {
	ID        int64  `json:"id"`
	ProductID int64  `json:"product_id"`
	Author    string `json:"author"`
	Email     string `json:"email"`
	Content   string `json:"content"`
	// Rating is the mark given; the shop's settings choose its scale.
	Rating    int64 `json:"rating"`
	Published bool  `json:"published"` // Shown on the storefront.
	CreatedAt Time  `json:"created_at"`
	UpdatedAt Time  `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a review, keeping undeclared fields in Extra.
func (r *Review) UnmarshalJSON(b []byte) error {
	type plain Review
	return decodeExtra(b, (*plain)(r), &r.Extra)
}

// ReviewCreate is the body of Reviews.Create.
type ReviewCreate struct {
	ProductID int64  `json:"product_id"` // Required.
	Author    string `json:"author"`     // Required.
	Content   string `json:"content,omitempty"`
	Email     string `json:"email,omitempty"`
	Published *bool  `json:"published,omitempty"`
	Rating    *int64 `json:"rating,omitempty"`
}

func (r *ReviewCreate) validate() error {
	if err := checkID("product_id", r.ProductID); err != nil {
		return err
	}
	if err := checkText("author", r.Author); err != nil {
		return err
	}
	if r.Email != "" {
		if err := checkEmailText("email", r.Email); err != nil {
			return err
		}
	}
	if r.Rating != nil && *r.Rating < 0 {
		return invalidf("rating", "must be between 0 and %d", int64(maxInt))
	}
	return nil
}

// ReviewUpdate is the body of Reviews.Update: the API documentation lists
// only the content as changeable.
type ReviewUpdate struct {
	Content *string `json:"content,omitempty"`
}

func (r *ReviewUpdate) validate() error {
	if r.Content == nil {
		return errNothingToUpdate
	}
	return nil
}

// ReviewsAPI is the interface ReviewsService satisfies, for mocks.
type ReviewsAPI interface {
	List(ctx context.Context) ([]Review, error)
	Get(ctx context.Context, id int64) (*Review, error)
	Create(ctx context.Context, r *ReviewCreate) (*Review, error)
	Update(ctx context.Context, id int64, r *ReviewUpdate) (*Review, error)
	Delete(ctx context.Context, id int64) error
}

var _ ReviewsAPI = (*ReviewsService)(nil)

// ReviewsService manages product reviews: /admin/reviews.
type ReviewsService service

// List fetches the reviews: GET /admin/reviews.json (the API documents no
// paging or filter).
func (s *ReviewsService) List(ctx context.Context) ([]Review, error) {
	return listAll[Review](ctx, (*service)(s), "/reviews.json", nil)
}

// Get fetches a review: GET /admin/reviews/{id}.json.
func (s *ReviewsService) Get(ctx context.Context, id int64) (*Review, error) {
	p, err := path("/reviews/{review_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Review](ctx, (*service)(s), p)
}

// Create adds a review: POST /admin/reviews.json.
func (s *ReviewsService) Create(ctx context.Context, r *ReviewCreate) (*Review, error) {
	return send[Review](ctx, (*service)(s), http.MethodPost, "/reviews.json", "review", r)
}

// Update changes a review's content: PUT /admin/reviews/{id}.json.
func (s *ReviewsService) Update(ctx context.Context, id int64, r *ReviewUpdate) (*Review, error) {
	p, err := path("/reviews/{review_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Review](ctx, (*service)(s), http.MethodPut, p, "review", r)
}

// Delete deletes a review: DELETE /admin/reviews/{id}.json.
func (s *ReviewsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/reviews/{review_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
