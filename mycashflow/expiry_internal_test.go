package mycashflow

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestCheckExpiryComparesCalendarDays(t *testing.T) {
	now := time.Date(2030, 3, 10, 15, 0, 0, 0, time.UTC)
	west := time.FixedZone("UTC-5", -5*3600)
	east := time.FixedZone("UTC+3", 3*3600)
	cases := []struct {
		day time.Time
		ok  bool
	}{
		{time.Date(2030, 3, 10, 0, 0, 0, 0, west), false}, // today, though 05:00 UTC
		{time.Date(2030, 3, 10, 0, 0, 0, 0, east), false},
		{time.Date(2030, 3, 9, 0, 0, 0, 0, time.UTC), false},
		{time.Date(2030, 3, 11, 0, 0, 0, 0, east), true}, // tomorrow, though 21:00 UTC today
		{time.Date(2030, 3, 11, 0, 0, 0, 0, time.UTC), true},
	}
	for _, tc := range cases {
		err := checkExpiry(&Date{Time: tc.day}, now)
		if tc.ok {
			assert.NoError(t, err, tc.day)
		} else {
			assert.Error(t, err, tc.day)
		}
	}
	assert.NoError(t, checkExpiry(nil, now))
}
