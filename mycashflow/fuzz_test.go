package mycashflow

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// decodeTarget decodes b into a new T as the client would (flex.Unmarshal,
// which coerces stray scalars) and as plain encoding/json would, inside and
// outside the "data" envelope; whatever decodes must encode again.
type decodeTarget func(t *testing.T, b []byte)

func roundTrip[T any](name string) decodeTarget {
	return func(t *testing.T, b []byte) {
		check := func(how string, v any, err error) {
			if err != nil {
				return
			}
			if _, err := json.Marshal(v); err != nil {
				t.Fatalf("%s decoded by %s does not encode: %v", name, how, err)
			}
		}
		var plain T
		check("json.Unmarshal", &plain, json.Unmarshal(b, &plain))
		var tolerant T
		check("flex.Unmarshal", &tolerant, flex.Unmarshal(b, &tolerant))
		var env struct {
			Data T `json:"data"`
		}
		check("json.Unmarshal of the data envelope", &env, json.Unmarshal(b, &env))
	}
}

// decodeTargets are every model and response type of the package: each
// answer a method decodes (models, list envelopes, the campaign price rows,
// the visibility list) and the nested models and request bodies, which a
// caller may decode from stored JSON.
var decodeTargets = []decodeTarget{
	roundTrip[BannerGroup]("BannerGroup"),
	roundTrip[BannerGroupTranslation]("BannerGroupTranslation"),
	roundTrip[BannerGroupCreate]("BannerGroupCreate"),
	roundTrip[BannerGroupUpdate]("BannerGroupUpdate"),
	roundTrip[listBody[BannerGroup]]("list of BannerGroup"),
	roundTrip[Banner]("Banner"),
	roundTrip[BannerTranslation]("BannerTranslation"),
	roundTrip[BannerCreate]("BannerCreate"),
	roundTrip[BannerUpdate]("BannerUpdate"),
	roundTrip[listBody[Banner]]("list of Banner"),
	roundTrip[Brand]("Brand"),
	roundTrip[BrandTranslation]("BrandTranslation"),
	roundTrip[BrandCreate]("BrandCreate"),
	roundTrip[BrandUpdate]("BrandUpdate"),
	roundTrip[listBody[Brand]]("list of Brand"),
	roundTrip[Campaign]("Campaign"),
	roundTrip[CampaignConditions]("CampaignConditions"),
	roundTrip[CampaignTimeCondition]("CampaignTimeCondition"),
	roundTrip[CampaignCustomerCondition]("CampaignCustomerCondition"),
	roundTrip[CampaignDiscounts]("CampaignDiscounts"),
	roundTrip[CampaignProductDiscount]("CampaignProductDiscount"),
	roundTrip[CampaignToggle]("CampaignToggle"),
	roundTrip[CampaignPage]("CampaignPage"),
	roundTrip[CampaignTranslation]("CampaignTranslation"),
	roundTrip[CampaignPrice]("CampaignPrice"),
	roundTrip[CampaignPriceKey]("CampaignPriceKey"),
	roundTrip[CampaignUpdate]("CampaignUpdate"),
	roundTrip[campaignPriceRows]("campaign price rows"),
	roundTrip[listBody[Campaign]]("list of Campaign"),
	roundTrip[Category]("Category"),
	roundTrip[CategoryTranslation]("CategoryTranslation"),
	roundTrip[CategoryProductLink]("CategoryProductLink"),
	roundTrip[CategoryCreate]("CategoryCreate"),
	roundTrip[CategoryUpdate]("CategoryUpdate"),
	roundTrip[Visibility]("Visibility"),
	roundTrip[List[Visibility]]("visibility list"),
	roundTrip[listBody[Category]]("list of Category"),
	roundTrip[listBody[CategoryProductLink]]("list of CategoryProductLink"),
	roundTrip[listBody[Visibility]]("list of Visibility"),
	roundTrip[CustomerGroup]("CustomerGroup"),
	roundTrip[CustomerGroupLink]("CustomerGroupLink"),
	roundTrip[CustomerGroupCreate]("CustomerGroupCreate"),
	roundTrip[CustomerGroupUpdate]("CustomerGroupUpdate"),
	roundTrip[listBody[CustomerGroup]]("list of CustomerGroup"),
	roundTrip[listBody[CustomerGroupLink]]("list of CustomerGroupLink"),
	roundTrip[Customer]("Customer"),
	roundTrip[EInvoiceAddress]("EInvoiceAddress"),
	roundTrip[CustomerAddress]("CustomerAddress"),
	roundTrip[CustomerCreate]("CustomerCreate"),
	roundTrip[CustomerUpdate]("CustomerUpdate"),
	roundTrip[listBody[Customer]]("list of Customer"),
	roundTrip[listBody[CustomerAddress]]("list of CustomerAddress"),
	roundTrip[EmailSubscriber]("EmailSubscriber"),
	roundTrip[EmailSubscriberCreate]("EmailSubscriberCreate"),
	roundTrip[listBody[EmailSubscriber]]("list of EmailSubscriber"),
	roundTrip[GiftCard]("GiftCard"),
	roundTrip[GiftCardCreate]("GiftCardCreate"),
	roundTrip[GiftCardUpdate]("GiftCardUpdate"),
	roundTrip[listBody[GiftCard]]("list of GiftCard"),
	roundTrip[itemEnvelope[BannerGroup]]("answer of one BannerGroup"),
	roundTrip[itemEnvelope[Banner]]("answer of one Banner"),
	roundTrip[itemEnvelope[Brand]]("answer of one Brand"),
	roundTrip[itemEnvelope[Campaign]]("answer of one Campaign"),
	roundTrip[itemEnvelope[Category]]("answer of one Category"),
	roundTrip[itemEnvelope[CustomerGroup]]("answer of one CustomerGroup"),
	roundTrip[itemEnvelope[CustomerGroupLink]]("answer of one CustomerGroupLink"),
	roundTrip[itemEnvelope[Customer]]("answer of one Customer"),
	roundTrip[itemEnvelope[EmailSubscriber]]("answer of one EmailSubscriber"),
	roundTrip[itemEnvelope[GiftCard]]("answer of one GiftCard"),
	roundTrip[rowsBody[List[elem[Visibility]]]]("answer of visibility rows"),
	roundTrip[rowsBody[campaignPriceRows]]("answer of price rows"),
}

// FuzzDecode feeds arbitrary bytes, seeded with every fixture of
// testdata/ (and each fixture's "data" alone), to every model and response
// type: decoding must never panic and what decodes must encode again.
func FuzzDecode(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no fixtures in testdata: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		var env struct {
			Data json.RawMessage `json:"data"`
		}
		if json.Unmarshal(b, &env) == nil && len(env.Data) > 0 {
			f.Add([]byte(env.Data))
		}
	}
	for _, s := range []string{`null`, `[]`, `{}`, `{"data":null}`, `{"data":{"0":{"id":"7"}}}`, `[[{"product_id":"4","price":"1.5"}]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, decode := range decodeTargets {
			decode(t, b)
		}
	})
}
