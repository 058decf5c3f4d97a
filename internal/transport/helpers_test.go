package transport_test

import (
	"bytes"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Credentials planted in every test client; no error string or log line may
// contain them.
const (
	secretKey  = "sk_live_PLANTED_SECRET_9f8e7d"
	secretUser = "api-user@example.test"
)

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newFake starts a fake server that requires the planted header key.
func newFake(t *testing.T) *fakeapi.Server {
	t.Helper()
	s := fakeapi.New(fakeapi.Config{Auth: fakeapi.CheckHeader("X-API-KEY", secretKey)})
	t.Cleanup(s.Close)
	return s
}

// newClient builds a client for s with fast retries and a debug logger
// writing to the returned buffer.
func newClient(t *testing.T, s *fakeapi.Server, opts ...transport.Option) (*transport.Client, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	base := []transport.Option{
		transport.WithRetryWait(time.Millisecond, 4*time.Millisecond),
		transport.WithLogger(slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))),
	}
	c, err := transport.New(transport.Settings{
		Platform: "testapi",
		BaseURL:  s.URL + "/v1",
		Auth:     transport.HeaderKeyAuth("X-API-KEY", secretKey),
	}, append(base, opts...)...)
	require.NoError(t, err)
	return c, logs
}
