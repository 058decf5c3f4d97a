package insales

import (
	"context"
	"iter"
	"net/http"
	"strings"
	"time"
)

// MaxAttachmentSize is the largest file Files.CreateFromAttachment sends,
// checked before anything is encoded. The API documentation states no
// limit; this one keeps the base64 body (a third larger) of a reasonable
// size for one JSON request. Larger files belong at a URL (CreateFromURL).
const MaxAttachmentSize = 20 << 20

// File is a file uploaded to the shop (for links in pages and templates).
type File struct {
	ID int64 `json:"id"`
	// AbsoluteURL is where the file is served, with a cache-busting query.
	AbsoluteURL string `json:"absolute_url"`
	CreatedAt   Time   `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a file, keeping undeclared fields in Extra.
func (f *File) UnmarshalJSON(b []byte) error {
	type plain File
	return decodeExtra(b, (*plain)(f), &f.Extra)
}

// FileAttachment is the body of Files.CreateFromAttachment: the content is
// sent base64-encoded inside the JSON body, as the API takes it (there is
// no multipart upload). The bytes are encoded straight into the request
// body; nothing else copies them.
type FileAttachment struct {
	// Attachment is the file's content (required, at most MaxAttachmentSize).
	Attachment []byte `json:"attachment"`
	// Filename names the stored file, "price-list.pdf" (required).
	Filename string `json:"filename"`
}

func (f *FileAttachment) validate() error {
	if len(f.Attachment) == 0 {
		return invalidf("attachment", "is required")
	}
	if len(f.Attachment) > MaxAttachmentSize {
		return invalidf("attachment", "must be at most %d bytes (it has %d): upload it elsewhere and use CreateFromURL", MaxAttachmentSize, len(f.Attachment))
	}
	return checkFilename(f.Filename)
}

func checkFilename(name string) error {
	if strings.TrimSpace(name) == "" {
		return invalidf("filename", "is required")
	}
	if strings.ContainsAny(name, "/\\\x00") {
		return invalidf("filename", "must be a bare name without '/' or '\\'")
	}
	return nil
}

// FileFromURL is the body of Files.CreateFromURL: InSales downloads Src.
type FileFromURL struct {
	Src string `json:"src"` // Required: an absolute http(s) URL.
}

func (f *FileFromURL) validate() error { return checkAbsURL("src", f.Src) }

// FileListOptions filters Files.ListPage and All. These parameters are
// documented outside the API documentation's examples (the vendor's
// official clients send them); a zero value is not sent.
type FileListOptions struct {
	// Page is the page number, from 1.
	Page int `url:"page,omitempty"`
	// PerPage is the page size, MinPerPage to MaxPerPage.
	PerPage int `url:"per_page,omitempty"`
	// UpdatedSince lists only files changed at or after it.
	UpdatedSince time.Time `url:"-"`
	// Deleted lists only deleted files.
	Deleted bool `url:"deleted,omitempty"`
}

// listQuery is a list's page, per_page, updated_since and deleted as sent.
type listQuery struct {
	Page    int    `url:"page,omitempty"`
	PerPage int    `url:"per_page,omitempty"`
	Since   string `url:"updated_since,omitempty"`
	Deleted bool   `url:"deleted,omitempty"`
}

func (q *listQuery) validate() error { return checkPaging(q.Page, q.PerPage) }

func newListQuery(page, perPage int, since time.Time, deleted bool) *listQuery {
	q := &listQuery{Page: page, PerPage: perPage, Deleted: deleted}
	if !since.IsZero() {
		q.Since = since.Format(TimeLayout)
	}
	return q
}

// query returns o as it is sent.
func (o *FileListOptions) query() *listQuery {
	if o == nil {
		return nil
	}
	return newListQuery(o.Page, o.PerPage, o.UpdatedSince, o.Deleted)
}

// FilesAPI is the interface FilesService satisfies, for mocks.
type FilesAPI interface {
	List(ctx context.Context) ([]File, error)
	ListPage(ctx context.Context, opts *FileListOptions) (*Page[File], error)
	All(ctx context.Context, opts *FileListOptions) iter.Seq2[File, error]
	Get(ctx context.Context, id int64) (*File, error)
	CreateFromAttachment(ctx context.Context, f *FileAttachment) (*File, error)
	CreateFromURL(ctx context.Context, f *FileFromURL) (*File, error)
	Delete(ctx context.Context, id int64) error
}

var _ FilesAPI = (*FilesService)(nil)

// FilesService manages the shop's uploaded files: /admin/files.
type FilesService service

// List fetches the files as the API documentation shows it: GET
// /admin/files.json with no parameters (the server's first page). Use All
// or ListPage to read more.
func (s *FilesService) List(ctx context.Context) ([]File, error) {
	return listAll[File](ctx, (*service)(s), "/files.json", nil)
}

// ListPage fetches one page of files: GET /admin/files.json with page,
// per_page, updated_since and deleted. The parameters are documented
// outside the API documentation's examples.
func (s *FilesService) ListPage(ctx context.Context, opts *FileListOptions) (*Page[File], error) {
	return listPage[File](ctx, (*service)(s), "/files.json", opts.query())
}

// All yields every file, page after page (see ListPage).
func (s *FilesService) All(ctx context.Context, opts *FileListOptions) iter.Seq2[File, error] {
	return iterate[File](ctx, (*service)(s), "/files.json", opts.query())
}

// Get fetches a file: GET /admin/files/{id}.json.
func (s *FilesService) Get(ctx context.Context, id int64) (*File, error) {
	p, err := path("/files/{file_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[File](ctx, (*service)(s), p)
}

// CreateFromAttachment uploads a file: POST /admin/files.json with
// file[attachment] (base64) and file[filename]. A file over
// MaxAttachmentSize is refused before anything is encoded or sent.
func (s *FilesService) CreateFromAttachment(ctx context.Context, f *FileAttachment) (*File, error) {
	return send[File](ctx, (*service)(s), http.MethodPost, "/files.json", "file", f)
}

// CreateFromURL stores a file InSales downloads from f.Src: POST
// /admin/files.json with file[src].
func (s *FilesService) CreateFromURL(ctx context.Context, f *FileFromURL) (*File, error) {
	return send[File](ctx, (*service)(s), http.MethodPost, "/files.json", "file", f)
}

// Delete deletes a file: DELETE /admin/files/{id}.json.
func (s *FilesService) Delete(ctx context.Context, id int64) error {
	p, err := path("/files/{file_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
