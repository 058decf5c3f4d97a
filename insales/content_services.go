package insales

// wireContent sets the services of store content, settings, applications
// and webhooks (client.go declares them).
func (c *Client) wireContent(s *service) {
	c.Account = (*AccountService)(s)
	c.Blogs = (*BlogsService)(s)
	c.Articles = (*ArticlesService)(s)
	c.Pages = (*PagesService)(s)
	c.Files = (*FilesService)(s)
	c.JSTags = (*JSTagsService)(s)
	c.Domains = (*DomainsService)(s)
	c.Redirects = (*RedirectsService)(s)
	c.Reviews = (*ReviewsService)(s)
	c.Webhooks = (*WebhooksService)(s)
	c.ApplicationCharges = (*ApplicationChargesService)(s)
	c.ApplicationWidgets = (*ApplicationWidgetsService)(s)
	c.RecurringApplicationCharge = (*RecurringApplicationChargeService)(s)
	c.InvitedAccounts = (*InvitedAccountsService)(s)
	c.CollectionFields = (*CollectionFieldsService)(s)
	c.CollectionFieldValues = (*CollectionFieldValuesService)(s)
	c.CollectionFilters = (*CollectionFiltersService)(s)
	c.Warehouses = (*WarehousesService)(s)
}
