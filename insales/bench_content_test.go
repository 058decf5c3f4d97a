package insales_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ecomkit/ecomkit-go/insales"
)

// BenchmarkFileAttachment8MiB measures what one 8 MiB upload allocates:
// the base64 text (4/3 of the file) must be the only large copy beyond
// what the encoder's buffer needs. Compare B/op with the file's size.
func BenchmarkFileAttachment8MiB(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(201)
		_, _ = w.Write([]byte(`{"id":5,"absolute_url":"https://x/f","created_at":"2017-01-01T03:00:00+03:00"}`))
	}))
	defer srv.Close()
	c, err := insales.NewClient("myshop", "k", "p", insales.WithBaseURL(srv.URL+"/admin"), insales.WithoutRateLimit(), insales.WithRetry(0))
	if err != nil {
		b.Fatal(err)
	}
	file := make([]byte, 8<<20)
	for i := range file {
		file[i] = byte(i * 7)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(file)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := c.Files.CreateFromAttachment(ctx, &insales.FileAttachment{Attachment: file, Filename: "f.bin"}); err != nil {
			b.Fatal(err)
		}
	}
}
