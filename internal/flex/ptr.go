package flex

// Ptr returns a pointer to v, for optional request fields:
// Update{Title: flex.Ptr("Mug")}.
func Ptr[T any](v T) *T { return &v }
