package transport

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/textproto"
	"strings"
)

var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"", "\r", "", "\n", "")

func encodeMultipart(m *Multipart) ([]byte, string, error) {
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
