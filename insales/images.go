package insales

import (
	"context"
	"math"
	"net/http"
	"net/url"
)

// Image is a product image. While InSales processes an upload,
// ImageProcessing is true and the URLs point at "/images/loading.gif".
type Image struct {
	ID        int64  `json:"id"`
	ProductID int64  `json:"product_id"`
	Position  int64  `json:"position"`
	Title     string `json:"title"`
	Filename  string `json:"filename"`
	// ImageProcessing is true while the upload is being processed.
	ImageProcessing bool   `json:"image_processing"`
	OriginalURL     string `json:"original_url"`
	URL             string `json:"url"`
	LargeURL        string `json:"large_url"`
	MediumURL       string `json:"medium_url"`
	CompactURL      string `json:"compact_url"`
	SmallURL        string `json:"small_url"`
	ThumbURL        string `json:"thumb_url"`
	CreatedAt       Time   `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an image, keeping undeclared fields in Extra.
func (i *Image) UnmarshalJSON(b []byte) error {
	type plain Image
	return decodeExtra(b, (*plain)(i), &i.Extra)
}

// ImageFromURL is the body of Images.CreateFromURL: InSales downloads the
// image from Src.
type ImageFromURL struct {
	// Src is the image's absolute http(s) URL (required).
	Src string `json:"src"`
	// Filename names the stored file; the URL's last segment by default.
	Filename string `json:"filename,omitempty"`
	Title    string `json:"title,omitempty"`
	Position *int64 `json:"position,omitempty"`
}

func (i *ImageFromURL) validate() error {
	u, err := url.Parse(i.Src)
	if i.Src == "" {
		return invalidf("src", "is required")
	}
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return invalidf("src", "must be an absolute http(s) URL")
	}
	return checkPosition(i.Position)
}

// ImageAttachment is the body of Images.CreateFromAttachment: the file's
// bytes, sent base64-encoded inside the JSON body (the API takes no
// multipart upload).
type ImageAttachment struct {
	// Attachment is the image file's content (required).
	Attachment []byte `json:"attachment"`
	// Filename names the stored file, e.g. "photo.jpg" (required).
	Filename string `json:"filename"`
	Title    string `json:"title,omitempty"`
	Position *int64 `json:"position,omitempty"`
}

func (i *ImageAttachment) validate() error {
	if len(i.Attachment) == 0 {
		return invalidf("attachment", "is required")
	}
	if i.Filename == "" {
		return invalidf("filename", "is required")
	}
	return checkPosition(i.Position)
}

// ImageUpdate is the body of Images.Update; nil fields are left as they
// are, and an update that sets nothing is refused.
type ImageUpdate struct {
	Position *int64  `json:"position,omitempty"`
	Title    *string `json:"title,omitempty"`
}

func (i *ImageUpdate) validate() error {
	if i.Position == nil && i.Title == nil {
		return errNothingToUpdate
	}
	return checkPosition(i.Position)
}

func checkPosition(p *int64) error {
	if p != nil && *p < 1 {
		return invalidf("position", "must be between 1 and %d", int64(math.MaxInt64))
	}
	return nil
}

// ImagesAPI is the interface ImagesService satisfies, for mocks.
type ImagesAPI interface {
	List(ctx context.Context, productID int64) ([]Image, error)
	Get(ctx context.Context, productID, id int64) (*Image, error)
	CreateFromURL(ctx context.Context, productID int64, img *ImageFromURL) (*Image, error)
	CreateFromAttachment(ctx context.Context, productID int64, img *ImageAttachment) (*Image, error)
	Update(ctx context.Context, productID, id int64, img *ImageUpdate) (*Image, error)
	Delete(ctx context.Context, productID, id int64) error
}

var _ ImagesAPI = (*ImagesService)(nil)

// ImagesService manages a product's images: /admin/products/{product_id}/images.
type ImagesService service

// List fetches all of a product's images: GET
// /admin/products/{product_id}/images.json (the API does not page it).
func (s *ImagesService) List(ctx context.Context, productID int64) ([]Image, error) {
	p, err := path("/products/{product_id}/images.json", productID)
	if err != nil {
		return nil, err
	}
	return listAll[Image](ctx, (*service)(s), p, nil)
}

// Get fetches an image: GET /admin/products/{product_id}/images/{id}.json.
func (s *ImagesService) Get(ctx context.Context, productID, id int64) (*Image, error) {
	p, err := path("/products/{product_id}/images/{image_id}.json", productID, id)
	if err != nil {
		return nil, err
	}
	return getOne[Image](ctx, (*service)(s), p)
}

// CreateFromURL adds an image InSales downloads from a URL: POST
// /admin/products/{product_id}/images.json with image[src]. Processing is
// asynchronous: the answer has ImageProcessing set and placeholder URLs.
func (s *ImagesService) CreateFromURL(ctx context.Context, productID int64, img *ImageFromURL) (*Image, error) {
	p, err := path("/products/{product_id}/images.json", productID)
	if err != nil {
		return nil, err
	}
	return send[Image](ctx, (*service)(s), http.MethodPost, p, "image", img)
}

// CreateFromAttachment uploads an image file: POST
// /admin/products/{product_id}/images.json with image[attachment] (base64)
// and image[filename]. Processing is asynchronous, as with CreateFromURL.
func (s *ImagesService) CreateFromAttachment(ctx context.Context, productID int64, img *ImageAttachment) (*Image, error) {
	p, err := path("/products/{product_id}/images.json", productID)
	if err != nil {
		return nil, err
	}
	return send[Image](ctx, (*service)(s), http.MethodPost, p, "image", img)
}

// Update changes an image's position or title: PUT
// /admin/products/{product_id}/images/{id}.json.
func (s *ImagesService) Update(ctx context.Context, productID, id int64, img *ImageUpdate) (*Image, error) {
	p, err := path("/products/{product_id}/images/{image_id}.json", productID, id)
	if err != nil {
		return nil, err
	}
	return send[Image](ctx, (*service)(s), http.MethodPut, p, "image", img)
}

// Delete removes an image: DELETE /admin/products/{product_id}/images/{id}.json.
func (s *ImagesService) Delete(ctx context.Context, productID, id int64) error {
	p, err := path("/products/{product_id}/images/{image_id}.json", productID, id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
