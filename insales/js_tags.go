package insales

import (
	"context"
	"net/http"
)

// JSTagType is how a JS tag carries its script.
type JSTagType string

// The kinds of JS tags; an unknown kind decodes as itself.
const (
	// JSTagText holds the script's code in Content.
	JSTagText JSTagType = "JsTag::TextTag"
	// JSTagFile loads the script from the URL in Content.
	JSTagFile JSTagType = "JsTag::FileTag"
)

// JSTag is a script an application adds to every storefront page. The API
// documentation warns against loading another jQuery: the storefront has one.
type JSTag struct {
	ID   int64     `json:"id"`
	Type JSTagType `json:"type"`
	Name string    `json:"name"`
	// Content is the code (JSTagText) or the script's URL (JSTagFile).
	Content   string `json:"content"`
	CreatedAt Time   `json:"created_at"`
	UpdatedAt Time   `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a JS tag, keeping undeclared fields in Extra.
func (j *JSTag) UnmarshalJSON(b []byte) error {
	type plain JSTag
	return decodeExtra(b, (*plain)(j), &j.Extra)
}

// MaxJSTagCode is the most bytes of code JSTags.CreateFromCode sends inline;
// the API documentation states no limit, and larger scripts belong in a file
// (CreateFromURL), which browsers can cache.
const MaxJSTagCode = 1 << 20

// JSTagCode is the body of JSTags.CreateFromCode.
type JSTagCode struct {
	Code string // Required: the script, at most MaxJSTagCode bytes.
	Name string // A label for the back office.
}

func (j *JSTagCode) validate() error {
	if err := checkText("content", j.Code); err != nil {
		return err
	}
	if len(j.Code) > MaxJSTagCode {
		return invalidf("content", "must be at most %d bytes: serve it from a URL and use CreateFromURL", MaxJSTagCode)
	}
	return nil
}

// JSTagURL is the body of JSTags.CreateFromURL.
type JSTagURL struct {
	URL  string // Required: the script's absolute http(s) URL.
	Name string // A label for the back office.
}

func (j *JSTagURL) validate() error { return checkAbsURL("content", j.URL) }

// jsTagBody is what both creates send.
type jsTagBody struct {
	Type    JSTagType `json:"type"`
	Content string    `json:"content"`
	Name    string    `json:"name,omitempty"`
	check   func() error
}

func (j *jsTagBody) validate() error { return j.check() }

// JSTagUpdate is the body of JSTags.Update; nil fields are left as they
// are, and an update that sets nothing is refused.
type JSTagUpdate struct {
	// Content is the new code or URL, as the tag's type reads it.
	Content *string `json:"content,omitempty"`
	Name    *string `json:"name,omitempty"`
}

func (j *JSTagUpdate) validate() error {
	if j.Content == nil && j.Name == nil {
		return errNothingToUpdate
	}
	return checkOptText("content", j.Content)
}

// JSTagsAPI is the interface JSTagsService satisfies, for mocks.
type JSTagsAPI interface {
	List(ctx context.Context) ([]JSTag, error)
	Get(ctx context.Context, id int64) (*JSTag, error)
	CreateFromCode(ctx context.Context, j *JSTagCode) (*JSTag, error)
	CreateFromURL(ctx context.Context, j *JSTagURL) (*JSTag, error)
	Update(ctx context.Context, id int64, j *JSTagUpdate) (*JSTag, error)
	Delete(ctx context.Context, id int64) error
}

var _ JSTagsAPI = (*JSTagsService)(nil)

// JSTagsService manages an application's storefront scripts: /admin/js_tags.
type JSTagsService service

// List fetches the JS tags: GET /admin/js_tags.json (the API documents no paging).
func (s *JSTagsService) List(ctx context.Context) ([]JSTag, error) {
	return listAll[JSTag](ctx, (*service)(s), "/js_tags.json", nil)
}

// Get fetches a JS tag: GET /admin/js_tags/{id}.json.
func (s *JSTagsService) Get(ctx context.Context, id int64) (*JSTag, error) {
	p, err := path("/js_tags/{js_tag_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[JSTag](ctx, (*service)(s), p)
}

// CreateFromCode adds a script given as code (type JsTag::TextTag): POST
// /admin/js_tags.json.
func (s *JSTagsService) CreateFromCode(ctx context.Context, j *JSTagCode) (*JSTag, error) {
	if err := checkBody(j); err != nil {
		return nil, err
	}
	return send[JSTag](ctx, (*service)(s), http.MethodPost, "/js_tags.json", "js_tag",
		&jsTagBody{Type: JSTagText, Content: j.Code, Name: j.Name, check: j.validate})
}

// CreateFromURL adds a script loaded from a URL (type JsTag::FileTag): POST
// /admin/js_tags.json.
func (s *JSTagsService) CreateFromURL(ctx context.Context, j *JSTagURL) (*JSTag, error) {
	if err := checkBody(j); err != nil {
		return nil, err
	}
	return send[JSTag](ctx, (*service)(s), http.MethodPost, "/js_tags.json", "js_tag",
		&jsTagBody{Type: JSTagFile, Content: j.URL, Name: j.Name, check: j.validate})
}

// Update changes a JS tag: PUT /admin/js_tags/{id}.json.
func (s *JSTagsService) Update(ctx context.Context, id int64, j *JSTagUpdate) (*JSTag, error) {
	p, err := path("/js_tags/{js_tag_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[JSTag](ctx, (*service)(s), http.MethodPut, p, "js_tag", j)
}

// Delete deletes a JS tag: DELETE /admin/js_tags/{id}.json.
func (s *JSTagsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/js_tags/{js_tag_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
