package ecomkit

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// ErrUnknownEvent is matched (errors.Is) by the error a webhook parser
// returns for an event type the SDK does not know. The Event returned beside
// it still carries the raw body.
var ErrUnknownEvent = errors.New("unknown webhook event")

// ErrWebhookSignature is matched by the error a webhook parser returns for a
// delivery whose signature is missing or wrong.
var ErrWebhookSignature = errors.New("webhook signature missing or invalid")

// DefaultWebhookMaxBytes bounds a webhook body read by ParseWebhook (5 MiB).
const DefaultWebhookMaxBytes = 5 << 20

// WebhookConfig is what WebhookOptions set; platform packages read it.
type WebhookConfig struct {
	// Secret verifies signed deliveries; empty means none was given.
	Secret Secret
	// Unverified accepts deliveries without checking a signature.
	Unverified bool
	// MaxBytes bounds the body read from a request.
	MaxBytes int64
}

// WebhookOption configures a platform's ParseWebhook and WebhookHandler.
type WebhookOption func(*WebhookConfig)

// WithWebhookSecret verifies every delivery with secret (the key the
// platform signs with). A platform that does not sign its deliveries refuses
// this option, so that no caller believes they are verified.
func WithWebhookSecret(secret string) WebhookOption {
	return func(c *WebhookConfig) { c.Secret = Secret(secret) }
}

// WithoutWebhookVerification accepts deliveries without checking their
// signature. Use it only behind another check (a secret URL, an allow list).
func WithoutWebhookVerification() WebhookOption {
	return func(c *WebhookConfig) { c.Unverified = true }
}

// WithWebhookMaxBytes bounds the body read from a delivery (default 5 MiB).
func WithWebhookMaxBytes(n int64) WebhookOption {
	return func(c *WebhookConfig) {
		if n > 0 {
			c.MaxBytes = n
		}
	}
}

// NewWebhookConfig applies opts over the defaults.
func NewWebhookConfig(opts ...WebhookOption) WebhookConfig {
	c := WebhookConfig{MaxBytes: DefaultWebhookMaxBytes}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// ValidHMACSHA256 reports whether signature is the hex HMAC-SHA256 of body
// keyed with secret, comparing in constant time. Case and surrounding space
// in signature are ignored; an empty secret or signature is never valid.
func ValidHMACSHA256(body []byte, secret, signature string) bool {
	if secret == "" || signature == "" {
		return false
	}
	got, err := hex.DecodeString(strings.ToLower(strings.TrimSpace(signature)))
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hmac.Equal(got, m.Sum(nil))
}
