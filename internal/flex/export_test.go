package flex

// EcomkitGeneric lets the external tests check that the engine recognises
// the root package's List and Map.
var EcomkitGeneric = ecomkitGeneric
