// Package transport is the engine under every ecomkit-go platform package:
// request building, authentication, rate limiting, retries, error decoding,
// paging and logging. It holds nothing platform-specific; each platform
// package configures it through Settings and re-exports its public types
// (Option, APIError, Page, RateLimiter, ...) with type aliases, so those are
// one type across platforms.
package transport
