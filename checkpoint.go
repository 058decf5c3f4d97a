package ecomkit

import (
	"cmp"
	"time"
)

// Checkpoint is a position in an incremental sync: the last record read, by
// its update time and id. Store it after processing each record (or each
// batch) and pass it back to the platform's Changes method to resume after a
// crash without losing or repeating a record. The zero Checkpoint starts
// from the beginning.
type Checkpoint struct {
	// Time is the update time of the last record read.
	Time time.Time `json:"time"`
	// ID is the id of the last record read; records updated at exactly Time
	// with an id up to ID were read already.
	ID int64 `json:"id"`
}

// IsZero reports whether c is the start of a sync.
func (c Checkpoint) IsZero() bool { return c.Time.IsZero() && c.ID == 0 }

// Compare orders two positions in a change feed by update time, then id:
// -1 if c comes before d, 0 if they are the same, +1 if c comes after d.
func (c Checkpoint) Compare(d Checkpoint) int {
	if t := c.Time.Compare(d.Time); t != 0 {
		return t
	}
	return cmp.Compare(c.ID, d.ID)
}

// After reports whether c comes after d in a change feed (a later update
// time, or the same time and a higher id): a record at c is new to a sync
// that stopped at d.
func (c Checkpoint) After(d Checkpoint) bool { return c.Compare(d) > 0 }
