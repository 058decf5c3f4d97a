package shopkit

import ecomkit "github.com/ecomkit/ecomkit-go"

// The webhook names of package ecomkit, re-exported here until the
// generated exports.go carries them (delete this file then).

// WebhookOption configures ParseWebhook and WebhookHandler: see
// WithWebhookSecret, WithoutWebhookVerification and WithWebhookMaxBytes.
type WebhookOption = ecomkit.WebhookOption

var (
	// ErrUnknownEvent is matched by the error for an event this package
	// does not know; the Event returned beside it keeps the body.
	ErrUnknownEvent = ecomkit.ErrUnknownEvent
	// ErrWebhookSignature is matched by the error for a delivery whose
	// X-Webhook-Signature is missing or wrong.
	ErrWebhookSignature = ecomkit.ErrWebhookSignature
)

// WithWebhookSecret verifies every delivery with the app's client_secret,
// the key Shopkit signs X-Webhook-Signature with.
func WithWebhookSecret(secret string) WebhookOption { return ecomkit.WithWebhookSecret(secret) }

// WithoutWebhookVerification accepts deliveries without checking their
// signature. Use it only behind another check (a secret URL, an allow list).
func WithoutWebhookVerification() WebhookOption { return ecomkit.WithoutWebhookVerification() }

// WithWebhookMaxBytes bounds the body read from a delivery (default 5 MiB).
func WithWebhookMaxBytes(n int64) WebhookOption { return ecomkit.WithWebhookMaxBytes(n) }
