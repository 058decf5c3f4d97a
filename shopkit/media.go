package shopkit

import (
	"context"
	"io"
	"iter"
	"net/http"
	"net/url"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Media is a file of the store's media library.
type Media struct {
	ID          int64   `json:"id"`
	Checksum    string  `json:"checksum"` // md5 of the file
	FileName    string  `json:"file_name"`
	FileType    string  `json:"file_type"` // MIME type
	FileExt     string  `json:"file_ext"`  // ".jpg"
	FileSize    Decimal `json:"file_size"` // 60.82 in the example; unit undocumented (KB?)
	ImageWidth  Int     `json:"image_width"`
	ImageHeight Int     `json:"image_height"`
	// CreatedAt is "2021-05-07 01:05:51" (no zone; read as UTC).
	CreatedAt Time  `json:"created_at"`
	URL       Image `json:"url"` // thumb, square and full URLs

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (m *Media) UnmarshalJSON(b []byte) error {
	type plain Media
	return flex.DecodeWithExtra(b, (*plain)(m), &m.Extra)
}

// MediaListOptions filter GET /media/.
type MediaListOptions struct {
	Type  string `url:"type,omitempty"` // all, image or file
	Query string `url:"q,omitempty"`    // search
	ListOptions
}

// check refuses a type outside the documented choices.
func (o *MediaListOptions) check() error {
	return oneOf("type", o.Type, "all", "image", "file")
}

// MediaCreate is the body of POST /media/: exactly one of URL (a file the
// server fetches) or File (the content, sent base64-encoded).
type MediaCreate struct {
	// URL is an absolute http(s) URL of the file for the server to fetch.
	URL string `json:"url,omitempty"`
	// File is the file's content; encoding/json sends []byte as base64.
	File []byte `json:"file,omitempty"`
}

// MaxUploadSize bounds UploadFile's reads; the API documents no limit, a
// bigger body would most likely be refused with 413.
const MaxUploadSize = 32 << 20

// MediaAPI is the interface MediaService implements.
type MediaAPI interface {
	List(ctx context.Context, opts *MediaListOptions) (*Page[Media], error)
	All(ctx context.Context, opts *MediaListOptions) iter.Seq2[Media, error]
	Get(ctx context.Context, id int64) (*Media, error)
	GetByChecksum(ctx context.Context, checksum string) (*Media, error)
	Create(ctx context.Context, u *MediaCreate) error
	UploadURL(ctx context.Context, fileURL string) error
	UploadFile(ctx context.Context, r io.Reader) error
	Delete(ctx context.Context, id int64) error
	DeleteByChecksum(ctx context.Context, checksum string) error
}

var _ MediaAPI = (*MediaService)(nil)

// MediaService handles the /media endpoints.
type MediaService service

// List fetches one page of media files: GET /media/{?type,q,page,limit}.
func (m *MediaService) List(ctx context.Context, opts *MediaListOptions) (*Page[Media], error) {
	return list[Media](ctx, (*service)(m), "/media/", opts, opts)
}

// All iterates over every media file matching opts (GET /media/).
func (m *MediaService) All(ctx context.Context, opts *MediaListOptions) iter.Seq2[Media, error] {
	return all(ctx, opts, m.List)
}

// Get fetches a media file by id: GET /media/?id={id} (the API documentation's
// template; its curl uses /media/{id}).
func (m *MediaService) Get(ctx context.Context, id int64) (*Media, error) {
	return getByID[Media](ctx, (*service)(m), "/media/", id)
}

// GetByChecksum fetches a media file by the md5 of its content:
// GET /media/?checksum={md5}. Uploads answer no id, so this is how to find
// an uploaded file.
func (m *MediaService) GetByChecksum(ctx context.Context, checksum string) (*Media, error) {
	if err := checkMD5(checksum); err != nil {
		return nil, err
	}
	q := &idQuery{Checksum: strings.ToLower(checksum)}
	return getOne[Media](ctx, (*service)(m), "/media/", q, q)
}

// Create uploads a file by URL or by content: POST /media/ (the API documentation's
// template; its curl posts to /media/images). Files are processed
// asynchronously and the answer has no body, so no id is returned: look the
// file up with GetByChecksum.
func (m *MediaService) Create(ctx context.Context, u *MediaCreate) error {
	switch {
	case u == nil:
		return transport.Invalid("body", "must not be nil")
	case u.URL == "" && len(u.File) == 0:
		return transport.Invalid("url", "is required (or a file)")
	case u.URL != "" && len(u.File) > 0:
		return transport.Invalid("file", "give a URL or a file, not both")
	case u.URL != "":
		if err := checkHTTPURL("url", u.URL); err != nil {
			return err
		}
	}
	_, err := (*service)(m).call(ctx, http.MethodPost, "/media/", nil, u, nil)
	return err
}

// UploadURL has the server fetch fileURL into the media library:
// POST /media/ with {"url": ...}.
func (m *MediaService) UploadURL(ctx context.Context, fileURL string) error {
	return m.Create(ctx, &MediaCreate{URL: fileURL})
}

// UploadFile uploads the content of r: POST /media/ with {"file": base64}.
// The API takes files only base64-encoded in JSON ("The API only supports
// JSON"), so the content is read into memory, at most MaxUploadSize bytes.
func (m *MediaService) UploadFile(ctx context.Context, r io.Reader) error {
	if r == nil {
		return transport.Invalid("file", "is nil")
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxUploadSize+1))
	if err != nil {
		return transport.Invalid("file", "reading it: %v", err)
	}
	if len(b) > MaxUploadSize {
		return transport.Invalid("file", "larger than %d bytes", MaxUploadSize)
	}
	if len(b) == 0 {
		return transport.Invalid("file", "is empty")
	}
	return m.Create(ctx, &MediaCreate{File: b})
}

// Delete deletes a media file by id: DELETE /media/{id}.
func (m *MediaService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(m), "/media/{id}", id)
}

// DeleteByChecksum deletes a media file by its md5: DELETE /media/{checksum}.
// The API documentation's template DELETE /media/{id,checksum} puts either value in the
// path ("only one parameter is required"); an md5 cannot be mistaken for an
// id.
func (m *MediaService) DeleteByChecksum(ctx context.Context, checksum string) error {
	if err := checkMD5(checksum); err != nil {
		return err
	}
	path, err := transport.Path("/media/{checksum}", strings.ToLower(checksum))
	if err != nil {
		return err
	}
	return (*service)(m).remove(ctx, path, nil)
}

// checkHTTPURL refuses anything but an absolute http(s) URL with a host.
func checkHTTPURL(field, s string) error {
	p, err := url.Parse(s)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return transport.Invalid(field, "must be an absolute http(s) URL")
	}
	return nil
}

// checkMD5 refuses anything but a 32-digit hex md5 digest.
func checkMD5(s string) error {
	if len(s) != 32 || strings.Trim(strings.ToLower(s), "0123456789abcdef") != "" {
		return transport.Invalid("checksum", "must be an md5 hex digest (32 hex digits), got %q", s)
	}
	return nil
}
