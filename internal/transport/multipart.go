package transport

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/textproto"
	"strings"
)

// Multipart is a multipart/form-data body. It is built in memory, so it can
// be sent again on a retry.
type Multipart struct {
	// Fields are plain form fields, sent in order.
	Fields []FormField
	// Files are file parts.
	Files []FilePart
}

// FormField is one plain multipart field.
type FormField struct{ Name, Value string }

// FilePart is one file in a multipart body.
type FilePart struct {
	// Field is the form field name ("file").
	Field string
	// Filename is the file's name as sent.
	Filename string
	// ContentType defaults to application/octet-stream.
	ContentType string
	// Content is read once, when the request is built.
	Content io.Reader
}

var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"", "\r", "", "\n", "")

func (m *Multipart) encode() ([]byte, string, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, f := range m.Fields {
		if err := w.WriteField(f.Name, f.Value); err != nil {
			return nil, "", err
		}
	}
	for _, f := range m.Files {
		if f.Content == nil {
			return nil, "", Invalid(f.Field, "file %q has no content", f.Filename)
		}
		h := make(textproto.MIMEHeader)
		h.Set("Content-Disposition", `form-data; name="`+quoteEscaper.Replace(f.Field)+`"; filename="`+quoteEscaper.Replace(f.Filename)+`"`)
		ct := f.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		h.Set("Content-Type", ct)
		part, err := w.CreatePart(h)
		if err != nil {
			return nil, "", err
		}
		if _, err := io.Copy(part, f.Content); err != nil {
			return nil, "", Invalid(f.Field, "reading file %q: %v", f.Filename, err)
		}
	}
	if err := w.Close(); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), w.FormDataContentType(), nil
}
