package insales

import (
	"fmt"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// The services of store content, settings, applications and webhooks print
// as insales.XService{base URL} for every verb, of T and *T alike, never
// with the credentials their transport holds.

// Format prints the service without credentials, for every verb.
func (s AccountService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.AccountService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s BlogsService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.BlogsService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s ArticlesService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.ArticlesService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s PagesService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.PagesService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s FilesService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.FilesService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s JSTagsService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.JSTagsService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s DomainsService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.DomainsService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s RedirectsService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.RedirectsService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s ReviewsService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.ReviewsService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s WebhooksService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.WebhooksService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s ApplicationChargesService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.ApplicationChargesService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s ApplicationWidgetsService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.ApplicationWidgetsService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s RecurringApplicationChargeService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.RecurringApplicationChargeService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s InvitedAccountsService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.InvitedAccountsService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s CollectionFieldsService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.CollectionFieldsService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s CollectionFieldValuesService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.CollectionFieldValuesService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s CollectionFiltersService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.CollectionFiltersService", s.t)
}

// Format prints the service without credentials, for every verb.
func (s WarehousesService) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "insales.WarehousesService", s.t)
}
