package sitebuilder

import ecomkit "github.com/ecomkit/ecomkit-go"

// The webhook names of package ecomkit, re-exported here until the
// generated exports.go carries them (delete this file then, keeping the
// docs that say what they do here).

// ErrUnknownEvent is matched (errors.Is) by the error for a delivery whose
// event is missing or not documented; the Event returned beside it keeps
// the raw Body.
var ErrUnknownEvent = ecomkit.ErrUnknownEvent

// WebhookOption configures ParseWebhook and WebhookHandler (see
// ecomkit.WebhookOption).
type WebhookOption = ecomkit.WebhookOption

// WithWebhookSecret is refused by ParseWebhook and WebhookHandler: the API
// documentation publishes no signing scheme (no header, no algorithm), so a
// delivery cannot be verified and no caller should believe it is. It exists
// so that code shared across platforms compiles; see Webhook for what to do
// instead.
func WithWebhookSecret(secret string) WebhookOption { return ecomkit.WithWebhookSecret(secret) }

// WithoutWebhookVerification states that deliveries are accepted without a
// signature check, which is always the case here (the API documentation
// publishes no signing scheme).
func WithoutWebhookVerification() WebhookOption { return ecomkit.WithoutWebhookVerification() }

// WithWebhookMaxBytes bounds the body ParseWebhook reads (default 5 MiB);
// a larger delivery is refused.
func WithWebhookMaxBytes(n int64) WebhookOption { return ecomkit.WithWebhookMaxBytes(n) }

// ErrWebhookSignature is never returned by this package: the website's
// deliveries carry no signature it could check (see Webhook). It is here so
// that code shared across platforms compiles.
var ErrWebhookSignature = ecomkit.ErrWebhookSignature
