package insales

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// contentFuzzTargets makes a new value of every model and request type of
// store content, settings, applications and webhooks.
var contentFuzzTargets = map[string]func() any{
	"Account": func() any { return new(Account) }, "AccountUpdate": func() any { return new(AccountUpdate) },
	"Blog": func() any { return new(Blog) }, "BlogCreate": func() any { return new(BlogCreate) }, "BlogUpdate": func() any { return new(BlogUpdate) },
	"Article": func() any { return new(Article) }, "ArticleCreate": func() any { return new(ArticleCreate) }, "ArticleUpdate": func() any { return new(ArticleUpdate) },
	"ContentPage": func() any { return new(ContentPage) }, "PageCreate": func() any { return new(PageCreate) }, "PageUpdate": func() any { return new(PageUpdate) },
	"File": func() any { return new(File) }, "FileAttachment": func() any { return new(FileAttachment) }, "FileFromURL": func() any { return new(FileFromURL) },
	"JSTag": func() any { return new(JSTag) }, "JSTagUpdate": func() any { return new(JSTagUpdate) },
	"Domain": func() any { return new(Domain) }, "DomainCreate": func() any { return new(DomainCreate) }, "DomainUpdate": func() any { return new(DomainUpdate) },
	"Redirect": func() any { return new(Redirect) }, "RedirectCreate": func() any { return new(RedirectCreate) },
	"Review": func() any { return new(Review) }, "ReviewCreate": func() any { return new(ReviewCreate) }, "ReviewUpdate": func() any { return new(ReviewUpdate) },
	"Webhook": func() any { return new(Webhook) }, "WebhookCreate": func() any { return new(WebhookCreate) }, "WebhookUpdate": func() any { return new(WebhookUpdate) },
	"ApplicationCharge": func() any { return new(ApplicationCharge) }, "ApplicationChargeCreate": func() any { return new(ApplicationChargeCreate) },
	"RecurringApplicationCharge": func() any { return new(RecurringApplicationCharge) }, "RecurringChargeInput": func() any { return new(RecurringChargeInput) },
	"ApplicationWidget": func() any { return new(ApplicationWidget) }, "ApplicationWidgetCreate": func() any { return new(ApplicationWidgetCreate) },
	"ApplicationWidgetUpdate": func() any { return new(ApplicationWidgetUpdate) }, "InvitedAccount": func() any { return new(InvitedAccount) },
	"CollectionField": func() any { return new(CollectionField) }, "CollectionFieldCreate": func() any { return new(CollectionFieldCreate) },
	"CollectionFieldUpdate": func() any { return new(CollectionFieldUpdate) }, "CollectionFieldValue": func() any { return new(CollectionFieldValue) },
	"CollectionFieldValueUpdate": func() any { return new(CollectionFieldValueUpdate) }, "CollectionFilter": func() any { return new(CollectionFilter) },
	"CollectionFilterCreate": func() any { return new(CollectionFilterCreate) }, "CollectionFilterUpdate": func() any { return new(CollectionFilterUpdate) },
	"Warehouse": func() any { return new(Warehouse) }, "list/Article": func() any { return new(List[Article]) },
	"list/CollectionFilter": func() any { return new(List[CollectionFilter]) },
}

// FuzzDecodeContent: nothing may panic, whatever decodes must validate
// without panicking and encode again, and what it encodes must decode; a
// delivery body must not panic DecodeWebhook for any topic.
func FuzzDecodeContent(f *testing.F) {
	for _, s := range []string{
		`{"id":"5000000000","price":"180.0","status":"pending","test":null,"created_at":"2017-01-01T03:00:00+03:00"}`,
		`{"monthly":"1190.0","paid_till":"2017-01-08","blocked":"false","trial_expired_at":""}`,
		`{"characteristis":{"0":{"id":"1","title":"Japan"}},"option_values":null,"collection_id":"1"}`,
		`{"tags":[{"title":"t"}],"related_products":[{"id":1,"price_min_cached":"10.0","vat":"-1"}],"image":null}`,
		`[{"id":1,"variants":[{"id":2,"price":"1"}]}]`, `{"royalties":1e400}`,
		`null`, `[]`, `""`, `{}`, `[{}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, topic := range Topics() {
			_, _ = DecodeWebhook(topic, data)
		}
		for name, mk := range contentFuzzTargets {
			for _, dec := range []func([]byte, any) error{json.Unmarshal, flex.Unmarshal} {
				v := mk()
				if dec(data, v) != nil {
					continue
				}
				if val, ok := v.(validator); ok {
					_ = val.validate()
				}
				b, err := json.Marshal(v)
				if err != nil {
					t.Errorf("%s from %q does not encode: %v", name, data, err)
					continue
				}
				if err := flex.Unmarshal(b, mk()); err != nil {
					t.Errorf("%s from %q encodes as %s, which does not decode: %v", name, data, b, err)
				}
			}
		}
	})
}

// TestContentDecodesTolerantly: numbers as strings, big ids, nulls, {"0":..}
// lists and undeclared fields, at every level.
func TestContentDecodesTolerantly(t *testing.T) {
	var ch ApplicationCharge
	require.NoError(t, flex.Unmarshal([]byte(`{"id":"5000000000","price":180,"status":"accepted","test":"1","paid_at":"2020-01-01"}`), &ch))
	assert.Equal(t, int64(5000000000), ch.ID)
	assert.Equal(t, "180", ch.Price.String())
	assert.Equal(t, ChargeAccepted, ch.Status)
	require.NotNil(t, ch.Test)
	assert.True(t, *ch.Test)
	assert.Contains(t, ch.Extra, "paid_at")

	var f CollectionFilter
	require.NoError(t, flex.Unmarshal([]byte(`{"id":1,"characteristis":{"0":{"id":"7","property_id":"2","extra":1}},"option_values":null}`), &f))
	require.Len(t, f.Characteristics, 1)
	assert.Equal(t, int64(7), f.Characteristics[0].ID)
	assert.Contains(t, f.Characteristics[0].Extra, "extra")

	var a Article
	require.NoError(t, flex.Unmarshal([]byte(`{"id":2,"related_products":[{"id":"1","price_min_cached":10.5,"vat":"-1","new_col":true}],"tags":{"0":{"title":"x"}}}`), &a))
	assert.Equal(t, "10.5", a.RelatedProducts[0].PriceMinCached.String())
	assert.Equal(t, int64(-1), a.RelatedProducts[0].VAT)
	assert.Contains(t, a.RelatedProducts[0].Extra, "new_col")
	assert.Equal(t, []Tag{{Title: "x"}}, a.Tags)

	var r RecurringApplicationCharge
	require.NoError(t, flex.Unmarshal([]byte(`{"monthly":"1190.0","paid_till":null,"blocked":"true"}`), &r))
	assert.True(t, r.PaidTill.IsZero())
	assert.True(t, r.Blocked)
}
