package sitebuilder

import "log/slog"

// The models below hold credentials. fmt and slog's text handler print
// their Secret fields as REDACTED, but slog's JSON handler encodes a struct
// with encoding/json, which sends a Secret as its value: LogValue gives
// every handler the redacted form.

// LogValue logs the session without its token or access URL.
func (m MemberSession) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("token", m.Token.String()),
		slog.String("accessUrl", m.AccessURL.String()),
		slog.Time("createdAt", m.CreatedAt.Time),
		slog.Time("expiresAt", m.ExpiresAt.Time),
	)
}

// LogValue logs the webhook without its secret.
func (w Webhook) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", w.ID),
		slog.String("target", redactedURL(w.Target)),
		slog.String("secret", w.Secret.String()),
		slog.Any("events", []EventType(w.Events)),
	)
}

// LogValue logs the webhook to create without its secret.
func (w WebhookCreate) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("target", redactedURL(w.Target)),
		slog.String("secret", w.Secret.String()),
		slog.Any("events", w.Events),
	)
}

// LogValue logs the member to create without the password.
func (m MemberCreate) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", m.Name),
		slog.String("email", m.Email),
		slog.String("password", m.Password.String()),
		slog.Any("groups", m.GroupIDs),
	)
}
