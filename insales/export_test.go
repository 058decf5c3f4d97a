package insales

import "github.com/ecomkit/ecomkit-go/internal/flex"

// DecodeForBenchmark is the decoder List uses, for the benchmarks.
func DecodeForBenchmark(b []byte, v any) error { return flex.Unmarshal(b, v) }
