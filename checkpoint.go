package ecomkit

import "time"

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
