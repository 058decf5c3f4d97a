package commerce

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/ecomkit/ecomkit-go"
)

// TestAuditSettledDateHeaderInTheFutureHoldsBackTheCurrentSecond: a Date
// header far in the future (a broken proxy, a hostile server) must not
// release the records of the local clock's current second, nor records
// stamped in the future: their checkpoint would make every later walk skip
// the edits made until then.
func TestAuditSettledDateHeaderInTheFutureHoldsBackTheCurrentSecond(t *testing.T) {
	var calls int
	now := coreT0.Add(500 * time.Millisecond)
	feed := coreCandidates(&calls, nil, corePage{
		date:  coreDate(coreT0.AddDate(2, 0, 0)),
		items: []coreItem{coreAt(-10, 1), coreAt(0, 2), coreAt(86400, 3)},
	})
	got, errs := coreCollect(t, settled(context.Background(), ecomkit.Checkpoint{}, coreClock(t, now, false), feed), 0)
	assert.Empty(t, errs)
	assert.Equal(t, []coreItem{coreAt(-10, 1)}, got)
}
