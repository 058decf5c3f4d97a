package ecomkit

// Ptr returns a pointer to v, for optional request fields:
// Update{Title: ecomkit.Ptr("Mug")}.
func Ptr[T any](v T) *T { return &v }
