package ecomkit_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/ecomkit/ecomkit-go"
)

func TestCheckpointComparesTimeThenID(t *testing.T) {
	t0 := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	at := func(sec int, id int64) ecomkit.Checkpoint {
		return ecomkit.Checkpoint{Time: t0.Add(time.Duration(sec) * time.Second), ID: id}
	}
	from := at(5, 10)
	assert.True(t, at(6, 1).After(from))
	assert.True(t, at(5, 11).After(from))
	assert.False(t, at(5, 10).After(from))
	assert.False(t, at(5, 9).After(from))
	assert.False(t, at(4, 99).After(from))
	// From the zero checkpoint, a record without an update time counts.
	assert.True(t, ecomkit.Checkpoint{ID: 1}.After(ecomkit.Checkpoint{}))
	assert.Equal(t, -1, at(5, 9).Compare(from))
	assert.Equal(t, 0, from.Compare(from))
	assert.Equal(t, 1, at(6, 0).Compare(from))
	// The same instant in another zone is the same time.
	assert.Equal(t, 0, ecomkit.Checkpoint{Time: from.Time.In(time.FixedZone("MSK", 3*3600)), ID: 10}.Compare(from))
}
