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

// TestAuditZeroCheckpointReadsRecordsWithoutTimeOrPositiveID: the zero
// Checkpoint starts from the beginning, so a walk from it reads every
// record the platform lists, including one without a readable update time
// and an id of 0 or below (a broken record is still a record; dropping it
// silently loses it).
func TestAuditZeroCheckpointReadsRecordsWithoutTimeOrPositiveID(t *testing.T) {
	var calls int
	items := []coreItem{{id: 0}, {id: -3}, coreAt(-5, 0), coreAt(-4, -1), coreAt(-3, 2)}
	feed := coreCandidates(&calls, nil, corePage{items: items})
	got, errs := coreCollect(t, settled(context.Background(), ecomkit.Checkpoint{}, coreClock(t, coreT0, false), feed), 0)
	assert.Empty(t, errs)
	assert.Equal(t, []coreItem{{id: -3}, {id: 0}, coreAt(-5, 0), coreAt(-4, -1), coreAt(-3, 2)}, got)

	seq := func(yield func(coreItem, error) bool) {
		for _, it := range items {
			if !yield(it, nil) {
				return
			}
		}
	}
	got, errs = coreCollect(t, ordered(ecomkit.Checkpoint{}, coreClock(t, coreT0, false), seq), 0)
	assert.Empty(t, errs)
	assert.Equal(t, items, got)
}
