package insales_test

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

func fileAttachmentExample(t *testing.T) ([]byte, string) {
	var req struct {
		File struct {
			Attachment string `json:"attachment"`
			Filename   string `json:"filename"`
		} `json:"file"`
	}
	require.NoError(t, json.Unmarshal(fixture(t, "files.create_from_attachment.request.json"), &req))
	b, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(req.File.Attachment, "\n", ""))
	require.NoError(t, err)
	return b, req.File.Filename
}

func TestFileAndJSTagEndpoints(t *testing.T) {
	runEndpoints(t, []ep13{
		{id: "files.list", status: 200, method: "GET", path: "/admin/files.json",
			call:  func(c *insales.Client) (any, error) { return c.Files.List(ctx) },
			check: func(t *testing.T, got any) { assert.Equal(t, 2009, got.([]insales.File)[0].CreatedAt.Year()) }},
		{id: "files.get", status: 200, method: "GET", path: "/admin/files/1.json",
			call: func(c *insales.Client) (any, error) { return c.Files.Get(ctx, 1) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, "https://static-internal.insales.ru/files/1/original/thumb_prayerbeads.jpg", got.(*insales.File).AbsoluteURL)
			}},
		// The example wraps its base64 in lines, which the server ignores:
		// the bytes sent must decode to the example's bytes.
		{id: "files.create_from_attachment", status: 201, method: "POST", path: "/admin/files.json", request: "-",
			call: func(c *insales.Client) (any, error) {
				b, name := fileAttachmentExample(t)
				return c.Files.CreateFromAttachment(ctx, &insales.FileAttachment{Attachment: b, Filename: name})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(5), got.(*insales.File).ID) }},
		{id: "files.create_from_url", status: 201, method: "POST", path: "/admin/files.json", request: "files.create_from_url.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Files.CreateFromURL(ctx, &insales.FileFromURL{Src: "https://assets3.insales.ru/assets/1/161/647329/v_1467875760/build/slide4.jpg"})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(3), got.(*insales.File).ID) }},
		{id: "files.delete", status: 200, method: "DELETE", path: "/admin/files/1.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Files.Delete(ctx, 1) }},
		{id: "js_tags.list", status: 200, method: "GET", path: "/admin/js_tags.json",
			call:  func(c *insales.Client) (any, error) { return c.JSTags.List(ctx) },
			check: func(t *testing.T, got any) { assert.Equal(t, insales.JSTagFile, got.([]insales.JSTag)[0].Type) }},
		{id: "js_tags.get", status: 200, method: "GET", path: "/admin/js_tags/4.json",
			call:  func(c *insales.Client) (any, error) { return c.JSTags.Get(ctx, 4) },
			check: func(t *testing.T, got any) { assert.Equal(t, "jquery1.9.1", got.(*insales.JSTag).Name) }},
		{id: "js_tags.create_from_code", status: 201, method: "POST", path: "/admin/js_tags.json", request: "js_tags.create_from_code.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.JSTags.CreateFromCode(ctx, &insales.JSTagCode{Code: "alert('test');", Name: "alert test"})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, insales.JSTagText, got.(*insales.JSTag).Type) }},
		{id: "js_tags.create_from_url", status: 201, method: "POST", path: "/admin/js_tags.json", request: "js_tags.create_from_url.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.JSTags.CreateFromURL(ctx, &insales.JSTagURL{URL: "http://code.jquery.com/jquery-1.9.1.min.js", Name: "jquery-1.9.1.min"})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, insales.JSTagFile, got.(*insales.JSTag).Type) }},
		{id: "js_tags.update", status: 200, method: "PUT", path: "/admin/js_tags/4.json", request: "js_tags.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.JSTags.Update(ctx, 4, &insales.JSTagUpdate{Content: insales.Ptr("http://code.jquery.com/jquery-2.2.4.min.js"), Name: insales.Ptr("jquery-2.2.4")})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "jquery-2.2.4", got.(*insales.JSTag).Name) }},
		{id: "js_tags.delete", status: 200, method: "DELETE", path: "/admin/js_tags/4.json",
			call: func(c *insales.Client) (any, error) { return nil, c.JSTags.Delete(ctx, 4) }},
	})
}

func TestFileAttachmentSendsTheExampleBytes(t *testing.T) {
	c, rec := serve(t, 201, fixture(t, "files.create_from_attachment.response.json"))
	b, name := fileAttachmentExample(t)
	_, err := c.Files.CreateFromAttachment(ctx, &insales.FileAttachment{Attachment: b, Filename: name})
	require.NoError(t, err)
	var sent struct {
		File map[string]string `json:"file"`
	}
	require.NoError(t, json.Unmarshal(rec.last(t).Body, &sent))
	assert.Equal(t, base64.StdEncoding.EncodeToString(b), sent.File["attachment"])
	assert.Equal(t, "some file", sent.File["filename"])
	assert.Len(t, sent.File, 2)
}

func TestAppEndpoints(t *testing.T) {
	runEndpoints(t, []ep13{
		{id: "application_charges.list", status: 200, method: "GET", path: "/admin/application_charges.json",
			call: func(c *insales.Client) (any, error) { return c.ApplicationCharges.List(ctx) },
			check: func(t *testing.T, got any) {
				ch := got.([]insales.ApplicationCharge)[0]
				assert.Equal(t, insales.ChargePending, ch.Status)
				assert.Equal(t, "180.0", ch.Price.String())
				assert.Nil(t, ch.Test)
			}},
		{id: "application_charges.get", status: 200, method: "GET", path: "/admin/application_charges/4.json",
			call: func(c *insales.Client) (any, error) { return c.ApplicationCharges.Get(ctx, 4) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, "http://quentin.mylocalhost.localdomain:3000/admin/invoices/4", got.(*insales.ApplicationCharge).ConfirmationURL)
			}},
		{id: "application_charges.create", status: 201, method: "POST", path: "/admin/application_charges.json", request: "application_charges.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.ApplicationCharges.Create(ctx, &insales.ApplicationChargeCreate{Name: "Payment for premium", Price: insales.MustDecimal("300"),
					ReturnURL: "http://app.my/check_payment_url/%id_in_my_application%", Test: insales.Ptr(true)})
			},
			check: func(t *testing.T, got any) {
				ch := got.(*insales.ApplicationCharge)
				assert.Equal(t, "300.0", ch.Price.String(), "sent as a number, answered as a decimal string")
				assert.Equal(t, true, *ch.Test)
			}},
		{id: "application_charges.decline", status: 200, method: "POST", path: "/admin/application_charges/10/decline.json",
			call: func(c *insales.Client) (any, error) { return c.ApplicationCharges.Decline(ctx, 10) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, insales.ChargeDeclined, got.(*insales.ApplicationCharge).Status)
			}},
		{id: "recurring_application_charge.get", status: 200, method: "GET", path: "/admin/recurring_application_charge.json",
			call: func(c *insales.Client) (any, error) { return c.RecurringApplicationCharge.Get(ctx) },
			check: func(t *testing.T, got any) {
				r := got.(*insales.RecurringApplicationCharge)
				assert.Equal(t, "1190.0", r.Monthly.String())
				assert.Equal(t, "2017-01-08", r.PaidTill.Format("2006-01-02"))
				assert.Equal(t, "2017-01-08", r.TrialExpiredAt.Format("2006-01-02"))
				assert.False(t, r.Blocked)
			}},
		{id: "recurring_application_charge.create", status: 201, method: "POST", path: "/admin/recurring_application_charge.json", request: "recurring_application_charge.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.RecurringApplicationCharge.Create(ctx, &insales.RecurringChargeInput{Monthly: insales.MustDecimal("200")})
			},
			check: func(t *testing.T, got any) {
				assert.Equal(t, "200.0", got.(*insales.RecurringApplicationCharge).Monthly.String())
			}},
		{id: "recurring_application_charge.update", status: 200, method: "PUT", path: "/admin/recurring_application_charge.json", request: "recurring_application_charge.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.RecurringApplicationCharge.Update(ctx, &insales.RecurringChargeInput{Monthly: insales.MustDecimal("300")})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(6), got.(*insales.RecurringApplicationCharge).ID) }},
		{id: "recurring_application_charge.delete", status: 200, method: "DELETE", path: "/admin/recurring_application_charge.json",
			call: func(c *insales.Client) (any, error) { return nil, c.RecurringApplicationCharge.Delete(ctx) }},
		{id: "application_widgets.list", status: 200, method: "GET", path: "/admin/application_widgets.json",
			call: func(c *insales.Client) (any, error) { return c.ApplicationWidgets.List(ctx) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, insales.WidgetOnProduct, got.([]insales.ApplicationWidget)[0].PageType)
			}},
		{id: "application_widgets.get", status: 200, method: "GET", path: "/admin/application_widgets/4.json",
			call:  func(c *insales.Client) (any, error) { return c.ApplicationWidgets.Get(ctx, 4) },
			check: func(t *testing.T, got any) { assert.Equal(t, int64(50), got.(*insales.ApplicationWidget).Height) }},
		{id: "application_widgets.create", status: 201, method: "POST", path: "/admin/application_widgets.json", request: "application_widgets.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.ApplicationWidgets.Create(ctx, &insales.ApplicationWidgetCreate{Code: "some html or javascript code", Height: 70, PageType: insales.WidgetOnOrder})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(8), got.(*insales.ApplicationWidget).ID) }},
		{id: "application_widgets.update", status: 200, method: "PUT", path: "/admin/application_widgets/4.json", request: "application_widgets.update.request.json",
			call: func(c *insales.Client) (any, error) {
				order := insales.WidgetOnOrder
				return c.ApplicationWidgets.Update(ctx, 4, &insales.ApplicationWidgetUpdate{Code: insales.Ptr("code changed"), Height: insales.Ptr(int64(80)), PageType: &order})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(80), got.(*insales.ApplicationWidget).Height) }},
		{id: "application_widgets.delete", status: 200, method: "DELETE", path: "/admin/application_widgets/4.json",
			call: func(c *insales.Client) (any, error) { return nil, c.ApplicationWidgets.Delete(ctx, 4) }},
		{id: "invited_accounts.list", status: 200, method: "GET", path: "/admin/invited_accounts.json",
			call: func(c *insales.Client) (any, error) { return c.InvitedAccounts.List(ctx) },
			check: func(t *testing.T, got any) {
				a := got.([]insales.InvitedAccount)[0]
				assert.Equal(t, "2009-03-02", a.PaidTill.Format("2006-01-02"))
				assert.Equal(t, "0.0", a.Royalties.String())
				assert.True(t, a.Alive)
			}},
		{id: "invited_accounts.get", status: 200, method: "GET", path: "/admin/invited_accounts/6.json",
			call:  func(c *insales.Client) (any, error) { return c.InvitedAccounts.Get(ctx, 6) },
			check: func(t *testing.T, got any) { assert.Equal(t, "Стартовый", got.(*insales.InvitedAccount).Plan) }},
		{id: "webhooks.list", status: 200, method: "GET", path: "/admin/webhooks.json",
			call: func(c *insales.Client) (any, error) { return c.Webhooks.List(ctx) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, insales.TopicOrdersCreate, got.([]insales.Webhook)[0].Topic)
			}},
		{id: "webhooks.get", status: 200, method: "GET", path: "/admin/webhooks/4.json",
			call: func(c *insales.Client) (any, error) { return c.Webhooks.Get(ctx, 4) },
			check: func(t *testing.T, got any) {
				w := got.(*insales.Webhook)
				assert.Equal(t, insales.WebhookXML, w.Format)
				assert.Nil(t, w.BatchSize)
			}},
		{id: "webhooks.create", status: 201, method: "POST", path: "/admin/webhooks.json", request: "webhooks.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: "http://application.com/orders/create", Topic: insales.TopicOrdersCreate})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, insales.WebhookJSON, got.(*insales.Webhook).Format) }},
		{id: "webhooks.update", status: 200, method: "PUT", path: "/admin/webhooks/4.json", request: "webhooks.update.request.json",
			call: func(c *insales.Client) (any, error) {
				xml := insales.WebhookXML
				return c.Webhooks.Update(ctx, 4, &insales.WebhookUpdate{Format: &xml})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, insales.WebhookXML, got.(*insales.Webhook).Format) }},
		{id: "webhooks.delete", status: 200, method: "DELETE", path: "/admin/webhooks/4.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Webhooks.Delete(ctx, 4) }},
	})
}

func TestCollectionFieldAndFilterEndpoints(t *testing.T) {
	fv := []insales.FilterValue{{Title: "first property", Value: "first prop value"}, {Title: "second property", Value: "second property value"}}
	ov := []insales.FilterValue{{Title: "first option", Value: "first option value"}, {Title: "second option", Value: "second option value"}}
	fields := []insales.FieldValueAttributes{{Handle: "handle", Value: insales.NumberValue(12345)}}
	runEndpoints(t, []ep13{
		{id: "collection_fields.list", status: 200, method: "GET", path: "/admin/collection_fields.json",
			call: func(c *insales.Client) (any, error) { return c.CollectionFields.List(ctx) },
			check: func(t *testing.T, got any) {
				fs := got.([]insales.CollectionField)
				assert.Nil(t, fs[0].ApplicationID)
				assert.Equal(t, insales.CollectionFieldTextArea, fs[1].Type)
			}},
		{id: "collection_fields.get", status: 200, method: "GET", path: "/admin/collection_fields/2.json",
			call:  func(c *insales.Client) (any, error) { return c.CollectionFields.Get(ctx, 2) },
			check: func(t *testing.T, got any) { assert.Equal(t, int64(1), *got.(*insales.CollectionField).ApplicationID) }},
		{id: "collection_fields.get_by_handle", status: 200, method: "GET", path: "/admin/collection_fields/handle2.json",
			call:  func(c *insales.Client) (any, error) { return c.CollectionFields.GetByHandle(ctx, "handle2") },
			check: func(t *testing.T, got any) { assert.Equal(t, "handle2", got.(*insales.CollectionField).Handle) }},
		{id: "collection_fields.create", status: 201, method: "POST", path: "/admin/collection_fields.json", request: "collection_fields.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.CollectionFields.Create(ctx, &insales.CollectionFieldCreate{Title: "Size", Handle: "size", Type: insales.CollectionFieldTextArea})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "size", got.(*insales.CollectionField).Handle) }},
		{id: "collection_fields.update", status: 200, method: "PUT", path: "/admin/collection_fields/2.json", request: "collection_fields.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return nil, c.CollectionFields.Update(ctx, 2, &insales.CollectionFieldUpdate{Title: insales.Ptr("Volume"), Handle: insales.Ptr("volume"), Position: insales.Ptr(int64(2))})
			}},
		{id: "collection_fields.update_by_handle", status: 200, method: "PUT", path: "/admin/collection_fields/handle2.json", request: "collection_fields.update_by_handle.request.json",
			call: func(c *insales.Client) (any, error) {
				return nil, c.CollectionFields.UpdateByHandle(ctx, "handle2", &insales.CollectionFieldUpdate{Title: insales.Ptr("Volume"), Position: insales.Ptr(int64(2))})
			}},
		{id: "collection_fields.delete", status: 200, method: "DELETE", path: "/admin/collection_fields/2.json",
			call: func(c *insales.Client) (any, error) { return nil, c.CollectionFields.Delete(ctx, 2) }},
		{id: "collection_fields.delete_by_handle", status: 200, method: "DELETE", path: "/admin/collection_fields/handle2.json",
			call: func(c *insales.Client) (any, error) { return nil, c.CollectionFields.DeleteByHandle(ctx, "handle2") }},
		{id: "collection_field_values.list", status: 200, method: "GET", path: "/admin/collections/1/collection_field_values.json",
			call: func(c *insales.Client) (any, error) { return c.CollectionFieldValues.List(ctx, 1) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, int64(2), got.([]insales.CollectionFieldValue)[1].CollectionFieldID)
			}},
		{id: "collection_field_values.get", status: 200, method: "GET", path: "/admin/collections/1/collection_field_values/2.json",
			call: func(c *insales.Client) (any, error) { return c.CollectionFieldValues.Get(ctx, 1, 2) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, insales.String("some collection field value"), got.(*insales.CollectionFieldValue).Value)
			}},
		{id: "collection_field_values.get_by_handle", status: 200, method: "GET", path: "/admin/collections/1/collection_field_values/handle2.json",
			call:  func(c *insales.Client) (any, error) { return c.CollectionFieldValues.GetByHandle(ctx, 1, "handle2") },
			check: func(t *testing.T, got any) { assert.Equal(t, int64(2), got.(*insales.CollectionFieldValue).ID) }},
		{id: "collection_field_values.update", status: 200, method: "PUT", path: "/admin/collections/1/collection_field_values/2.json", request: "collection_field_values.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return nil, c.CollectionFieldValues.Update(ctx, 1, 2, &insales.CollectionFieldValueUpdate{Value: insales.Ptr("new test value of field")})
			}},
		{id: "collection_field_values.update_by_handle", status: 200, method: "PUT", path: "/admin/collections/1/collection_field_values/handle2.json", request: "collection_field_values.update_by_handle.request.json",
			call: func(c *insales.Client) (any, error) {
				return nil, c.CollectionFieldValues.UpdateByHandle(ctx, 1, "handle2", &insales.CollectionFieldValueUpdate{Value: insales.Ptr("new test value of field")})
			}},
		{id: "collection_filters.list", status: 200, method: "GET", path: "/admin/collection_filters.json", query: "collection_id=1",
			call: func(c *insales.Client) (any, error) {
				return c.CollectionFilters.List(ctx, &insales.CollectionFilterListOptions{CollectionID: 1})
			},
			check: func(t *testing.T, got any) {
				f := got.([]insales.CollectionFilter)[0]
				require.Len(t, f.Characteristics, 2, "read from the misspelt key characteristis")
				assert.Equal(t, "germany", f.Characteristics[1].Permalink)
			}},
		{id: "collection_filters.get", status: 200, method: "GET", path: "/admin/collection_filters/1.json",
			call:  func(c *insales.Client) (any, error) { return c.CollectionFilters.Get(ctx, 1) },
			check: func(t *testing.T, got any) { assert.Equal(t, "foobar", got.(*insales.CollectionFilter).Permalink) }},
		{id: "collection_filters.create", status: 201, method: "POST", path: "/admin/collection_filters.json", request: "collection_filters.create.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.CollectionFilters.Create(ctx, &insales.CollectionFilterCreate{Title: "new filter", CollectionID: 1, Properties: fv, Options: ov, FieldValues: fields})
			},
			check: func(t *testing.T, got any) {
				f := got.(*insales.CollectionFilter)
				assert.Equal(t, []insales.FilterOptionValue{{ID: 175, OptionNameID: 20, Position: 1, Title: "first option value"},
					{ID: 176, OptionNameID: 21, Position: 1, Title: "second option value"}}, f.OptionValues)
			}},
		{id: "collection_filters.update", status: 200, method: "PUT", path: "/admin/collection_filters/1.json", request: "collection_filters.update.request.json",
			call: func(c *insales.Client) (any, error) {
				return c.CollectionFilters.Update(ctx, 1, &insales.CollectionFilterUpdate{Title: insales.Ptr("new-seo-filter"), Permalink: insales.Ptr("new-seo-filter"),
					Properties: fv, Options: ov, FieldValues: fields})
			},
			check: func(t *testing.T, got any) {
				assert.Equal(t, "new-seo-filter", got.(*insales.CollectionFilter).Permalink)
			}},
		// The documentation shows a blank answer to this DELETE.
		{id: "collection_filters.delete", method: "DELETE", path: "/admin/collection_filters/1.json",
			call: func(c *insales.Client) (any, error) { return nil, c.CollectionFilters.Delete(ctx, 1) }},
	})
}
