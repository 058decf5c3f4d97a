package check

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

func field(t *testing.T, err error) string {
	t.Helper()
	var fe *transport.FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("want a *FieldError, got %v", err)
	}
	assert.ErrorIs(t, err, transport.ErrInvalidInput)
	return fe.Field
}

func TestChecks(t *testing.T) {
	assert.NoError(t, Required("name", "x"))
	assert.Equal(t, "name", field(t, Required("name", " \t")))

	blank := " "
	ok := "Mugs"
	assert.NoError(t, NotBlank("title", nil))
	assert.NoError(t, NotBlank("title", &ok))
	assert.Equal(t, "title", field(t, NotBlank("title", &blank)))

	for _, good := range []string{"ann@example.org", "a.b+c@sub.example.fi", "j.o+tag@sub.doe.co.uk", "a@b.c"} {
		assert.NoError(t, Email("email", good), good)
	}
	for _, bad := range []string{"", "ann", "ann@", "@example.org", "Ann <ann@example.org>", " ann@example.org", "a b@example.org"} {
		assert.Equal(t, "email", field(t, Email("email", bad)), bad)
	}
	assert.NoError(t, OptionalEmail("email", ""))
	assert.Equal(t, "email", field(t, OptionalEmail("email", "nope")))

	assert.NoError(t, ID("id", 1))
	assert.Equal(t, "id", field(t, ID("id", 0)))
	assert.NoError(t, IDs("ids", []int64{1, 2}))
	assert.Equal(t, "ids[1]", field(t, IDs("ids", []int64{3, -1})))

	assert.NoError(t, OneOf("status", "", "a", "b"))
	assert.NoError(t, OneOf("status", "b", "a", "b"))
	assert.Equal(t, "status", field(t, OneOf("status", "c", "a", "b")))
	assert.ErrorContains(t, OneOf("status", "c", "a", "b"), `must be one of a, b, got "c"`)

	d1 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	d2 := d1.Add(time.Hour)
	assert.NoError(t, Ordered("from", d1, "to", d2))
	assert.NoError(t, Ordered("from", d1, "to", d1))
	assert.NoError(t, Ordered("from", time.Time{}, "to", d1))
	assert.Equal(t, "to", field(t, Ordered("from", d2, "to", d1)))
}
