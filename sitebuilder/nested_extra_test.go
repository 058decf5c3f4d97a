package sitebuilder

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every nested model keeps a field the API documentation does not declare
// (a newer API adds some): nothing a server sends is lost.
func TestNestedModelsKeepUndeclaredFields(t *testing.T) {
	const x = `"zzNew": {"a": [1, "two"]}`
	decode := func(t *testing.T, body string, v any) {
		t.Helper()
		require.NoError(t, json.Unmarshal([]byte(body), v))
	}
	cases := map[string]func(t *testing.T) Extra{
		"Address": func(t *testing.T) Extra {
			var m Member
			decode(t, `{"id": 1, "billingAddress": {"city": "Oslo", `+x+`}}`, &m)
			assert.Equal(t, "Oslo", m.BillingAddress.City)
			return m.BillingAddress.Extra
		},
		"ContactProperty": func(t *testing.T) Extra {
			var c Contact
			decode(t, `{"id": 1, "properties": [{"name": "lead", "value": "hot", `+x+`}]}`, &c)
			return c.Properties[0].Extra
		},
		"Category": func(t *testing.T) Extra {
			var p Product
			decode(t, `{"id": 1, "categories": [{"id": 2, "parentCategory": 1, `+x+`}]}`, &p)
			assert.Equal(t, int64(1), p.Categories[0].ParentID)
			return p.Categories[0].Extra
		},
		"ProductOption": func(t *testing.T) Extra {
			var p Product
			decode(t, `{"id": 1, "options": [{"name": "Size", `+x+`}]}`, &p)
			return p.Options[0].Extra
		},
		"ProductVariant": func(t *testing.T) Extra {
			var p Product
			decode(t, `{"id": 1, "variants": [{"price": "9.90", `+x+`}]}`, &p)
			assert.Equal(t, "9.90", p.Variants[0].Price.String())
			return p.Variants[0].Extra
		},
		"Subscription": func(t *testing.T) Extra {
			var p Product
			decode(t, `{"id": 1, "subscription": {"periodUnit": "WEEKLY", `+x+`}}`, &p)
			return p.Subscription.Extra
		},
		"Tax": func(t *testing.T) Extra {
			var o Order
			decode(t, `{"id": 1, "taxes": [{"name": "VAT", `+x+`}]}`, &o)
			return o.Taxes[0].Extra
		},
		"OrderItem": func(t *testing.T) Extra {
			var o Order
			decode(t, `{"id": 1, "items": [{"id": 5, "priceWithTax": "12.00", `+x+`}]}`, &o)
			assert.JSONEq(t, `"12.00"`, string(o.Items[0].Extra["priceWithTax"]))
			return o.Items[0].Extra
		},
		"NameValue": func(t *testing.T) Extra {
			var o Order
			decode(t, `{"id": 1, "items": [{"id": 5, "variation": [{"name": "Size", "value": "L", `+x+`}]}]}`, &o)
			return o.Items[0].Variation[0].Extra
		},
		"FieldValue": func(t *testing.T) Extra {
			var o Order
			decode(t, `{"id": 1, "additionalFields": [{"field": "Gift", "value": "yes", `+x+`}]}`, &o)
			return o.AdditionalFields[0].Extra
		},
		"OrderNote": func(t *testing.T) Extra {
			var o Order
			decode(t, `{"id": 1, "notes": [{"time": 1, "value": "call", `+x+`}]}`, &o)
			return o.Notes[0].Extra
		},
		"EventDetails": func(t *testing.T) Extra {
			var b Booking
			decode(t, `{"id": 1, "eventData": {"name": "Yoga", `+x+`}}`, &b)
			return b.EventData.Extra
		},
		"Operator": func(t *testing.T) Extra {
			var b Booking
			decode(t, `{"id": 1, "operator": {"id": 3, `+x+`}}`, &b)
			return b.Operator.Extra
		},
		"Offering": func(t *testing.T) Extra {
			var b Booking
			decode(t, `{"id": 1, "service": {"id": 4, "name": "Class", `+x+`}}`, &b)
			assert.Equal(t, "Class", b.Service.Name)
			return b.Service.Extra
		},
		"WebsiteRef": func(t *testing.T) Extra {
			var f FormSubmittedPayload
			decode(t, `{"formName": "F", "website": {"id": 9, `+x+`}}`, &f)
			return f.Website.Extra
		},
	}
	for name, fn := range cases {
		t.Run(name, func(t *testing.T) {
			extra := fn(t)
			require.Contains(t, extra, "zzNew")
			assert.JSONEq(t, `{"a": [1, "two"]}`, string(extra["zzNew"]))
		})
	}
}

// A member session's token and access URL are credentials: no fmt verb and
// no slog handler prints them.
func TestMemberSessionTokenNeverPrinted(t *testing.T) {
	const token = "tok-9d1e7b"
	var s MemberSession
	require.NoError(t, json.Unmarshal([]byte(`{"token": "`+token+`", "accessUrl": "https://x.example/api/site/members/session/`+token+`", "createdAt": 1, "expiresAt": 901}`), &s))
	assert.Equal(t, token, string(s.Token), "the value stays usable")
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%t"} {
		for _, out := range []string{fmt.Sprintf(verb, s), fmt.Sprintf(verb, &s)} {
			assert.NotContains(t, out, token, verb)
			assert.NotContains(t, strings.ToLower(out), hex.EncodeToString([]byte(token)), verb)
		}
	}
	var buf strings.Builder
	for _, h := range []slog.Handler{slog.NewJSONHandler(&buf, nil), slog.NewTextHandler(&buf, nil)} {
		slog.New(h).Info("session", "token", s.Token, "url", s.AccessURL)
	}
	assert.NotContains(t, buf.String(), token)
	assert.Contains(t, buf.String(), "REDACTED")
	// Sent back as JSON, the wire value is kept.
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"token":"`+token+`"`)
}

// Models holding credentials log them redacted through every slog handler,
// the JSON one included (it encodes structs with encoding/json).
func TestModelsWithSecretsLogRedacted(t *testing.T) {
	session := MemberSession{Token: "tok-4f1a", AccessURL: "https://x.example/api/site/members/session/tok-4f1a"}
	hook := Webhook{ID: "rh_1", Target: "https://h.example/in?token=tgt-77c2", Secret: "whsec-9b3e", Events: List[EventType]{EventOrderCreated}}
	create := WebhookCreate{Target: "https://h.example/in?token=tgt-77c2", Secret: "whsec-9b3e", Events: []EventType{EventOrderCreated}}
	member := MemberCreate{Name: "Bo", Email: "bo@example.org", Password: "pw-5d6c"}
	var buf strings.Builder
	for _, h := range []slog.Handler{slog.NewJSONHandler(&buf, nil), slog.NewTextHandler(&buf, nil)} {
		slog.New(h).Info("models", "session", session, "sessionPtr", &session, "hook", hook, "hookPtr", &hook,
			"create", create, "member", member, "memberPtr", &member)
	}
	out := buf.String()
	for _, secret := range []string{"tok-4f1a", "whsec-9b3e", "pw-5d6c", "tgt-77c2"} {
		assert.NotContains(t, out, secret)
	}
	assert.Contains(t, out, "rh_1")
	assert.Contains(t, out, "bo@example.org")
}
