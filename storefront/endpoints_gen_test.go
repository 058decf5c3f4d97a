// Code generated from the API catalogue by the storefront generator; edit with care.

package storefront

import (
	"context"
	"strings"
)

var _ = strings.NewReader

// endpointCases holds one case per endpoint: a call with every parameter set, the request it must put on the wire, and (in testdata/examples.json) the documentation example it answers.
var endpointCases = []endpointCase{
	{
		id: "contact.submit", auth: "public", method: "POST", path: "/contact", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Forms.SubmitContact(ctx, &ContactForm{Scenario: ContactScenario(2), Name: "v-name", Email: "shopper@example.com", Phone: "v-phone", Subject: "v-subject", Body: "v-body", Ordernumber: "v-ordernumber", Message: "v-message", ReCaptcha: RecaptchaToken("v-reCaptcha")})
		},
		wire:  [][2]string{{"scenario", "2"}, {"name", "v-name"}, {"email", "shopper@example.com"}, {"phone", "v-phone"}, {"subject", "v-subject"}, {"body", "v-body"}, {"ordernumber", "v-ordernumber"}, {"message", "v-message"}, {"reCaptcha", "v-reCaptcha"}},
		files: [][3]string{},
	},
	{
		id: "search.query", auth: "public", method: "GET", path: "/search", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Search.Query(ctx, &SearchOptions{Search: "v-search", Page: int(2), Limit: int(5), Type: "v-type"})
		},
		wire:  [][2]string{{"search", "v-search"}, {"page", "2"}, {"per-page", "5"}, {"type", "v-type"}},
		files: [][3]string{},
	},
	{
		id: "influencers.submit_step", auth: "public", method: "POST", path: "/influencers", inQuery: false, multipart: true,
		kind: "empty", status: 204,
		call: func(ctx context.Context, c *Client) (any, error) {
			return nil, c.Forms.SubmitInfluencerStep(ctx, &InfluencerForm{Name: "v-name", Location: "v-location", Age: int(3), Phone: "v-phone", Email: "shopper@example.com", WhyInterested: "v-why_interested", HowRelate: "v-how_relate", ContentStyle: "v-content_style", Personality: "v-personality", LocationOfAudience: "v-location_of_audience", SocialReach: "v-social_reach", SocialReachFile: []File{{Filename: "a.png", Content: strings.NewReader("bytes-a")}, {Filename: "b.png", Content: strings.NewReader("bytes-b")}}, Instagram: "v-instagram", Facebook: "v-facebook", Youtube: "v-youtube", Blog: "v-blog", Snapchat: "v-snapchat", Twitter: "v-twitter", Tiktok: "v-tiktok", Partnerships: "v-partnerships", Step: "v-step"})
		},
		wire:  [][2]string{{"name", "v-name"}, {"location", "v-location"}, {"age", "3"}, {"phone", "v-phone"}, {"email", "shopper@example.com"}, {"why_interested", "v-why_interested"}, {"how_relate", "v-how_relate"}, {"content_style", "v-content_style"}, {"personality", "v-personality"}, {"location_of_audience", "v-location_of_audience"}, {"social_reach", "v-social_reach"}, {"instagram", "v-instagram"}, {"facebook", "v-facebook"}, {"youtube", "v-youtube"}, {"blog", "v-blog"}, {"snapchat", "v-snapchat"}, {"twitter", "v-twitter"}, {"tiktok", "v-tiktok"}, {"partnerships", "v-partnerships"}, {"step", "v-step"}},
		files: [][3]string{{"social_reach_file[]", "a.png", "bytes-a"}, {"social_reach_file[]", "b.png", "bytes-b"}},
	},
	{
		id: "careers.submit_step", auth: "public", method: "POST", path: "/careers", inQuery: false, multipart: true,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Forms.SubmitCareerStep(ctx, &CareerForm{Token: Ptr("v-token"), Name: Ptr("v-name"), Email: Ptr("shopper@example.com"), Phone: Ptr("v-phone"), Age: Ptr(int(3)), CV: &File{Filename: "cv.pdf", ContentType: "application/pdf", Content: strings.NewReader("bytes-of-cv")}, Step: "v-step", Questions: &CareerQuestions{Experience: "v-experience", SalesExperience: "v-sales_experience", TertiaryEducation: "v-tertiary_education", JobCareer: "v-job_career"}})
		},
		wire:  [][2]string{{"token", "v-token"}, {"name", "v-name"}, {"email", "shopper@example.com"}, {"phone", "v-phone"}, {"age", "3"}, {"step", "v-step"}, {"questions[experience]", "v-experience"}, {"questions[sales_experience]", "v-sales_experience"}, {"questions[tertiary_education]", "v-tertiary_education"}, {"questions[job_career]", "v-job_career"}},
		files: [][3]string{{"cv", "cv.pdf", "bytes-of-cv"}},
	},
	{
		id: "partner_applications.create", auth: "public", method: "POST", path: "/partner-applications", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Forms.CreatePartnerApplication(ctx, &PartnerApplicationForm{Name: "v-name", Email: "shopper@example.com", Phone: "v-phone", Website: "v-website", Description: "v-description"})
		},
		wire:  [][2]string{{"name", "v-name"}, {"email", "shopper@example.com"}, {"phone", "v-phone"}, {"website", "v-website"}, {"description", "v-description"}},
		files: [][3]string{},
	},
	{
		id: "routes.resolve", auth: "public", method: "GET", path: "/routes/resolve", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Search.ResolveRoute(ctx, &RouteSegments{First: "v-first", Second: "v-second", Third: "v-third"})
		},
		wire:  [][2]string{{"first", "v-first"}, {"second", "v-second"}, {"third", "v-third"}},
		files: [][3]string{},
	},
	{
		id: "customers.login", auth: "public", method: "POST", path: "/customers/login", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.Login(ctx, &LoginParams{Email: "shopper@example.com", Password: Credential("v-password"), IP: Ptr("v-ip"), RememberMe: Ptr(true), SkipCartMerge: Ptr(true), CheckoutToken: CheckoutToken("v-checkout_token")})
		},
		wire:  [][2]string{{"email", "shopper@example.com"}, {"password", "v-password"}, {"ip", "v-ip"}, {"remember_me", "1"}, {"skip_cart_merge", "1"}, {"checkout_token", "v-checkout_token"}},
		files: [][3]string{},
	},
	{
		id: "customers.logout", auth: "customer", method: "POST", path: "/customers/logout", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Customers.Logout(ctx) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "customers.sign_up", auth: "public", method: "POST", path: "/customers/sign-up", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.SignUp(ctx, &SignUpParams{Username: "v-username", Email: "shopper@example.com", Password: Credential("v-password"), Subscribe: true, TimeZone: Ptr("v-time_zone"), Country: Ptr("v-country"), SkipCartMerge: Ptr(true), CheckoutToken: CheckoutToken("v-checkout_token"), Identity: Ptr("v-identity"), InvitedByToken: Ptr("v-invited_by_token")})
		},
		wire:  [][2]string{{"username", "v-username"}, {"email", "shopper@example.com"}, {"password", "v-password"}, {"subscribe", "1"}, {"time_zone", "v-time_zone"}, {"country", "v-country"}, {"skip_cart_merge", "1"}, {"checkout_token", "v-checkout_token"}, {"identity", "v-identity"}, {"invited_by_token", "v-invited_by_token"}},
		files: [][3]string{},
	},
	{
		id: "customers.login_by_uuid", auth: "public", method: "POST", path: "/customers/login-by-uuid", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.LoginByUUID(ctx, &LoginByUUIDParams{UUID: CustomerUUID("v-uuid")})
		},
		wire:  [][2]string{{"uuid", "v-uuid"}},
		files: [][3]string{},
	},
	{
		id: "customers.login_by_reset_token", auth: "public", method: "POST", path: "/customers/login-by-reset-token", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.LoginByResetToken(ctx, &LoginByResetTokenParams{PasswordResetToken: PasswordResetToken("v-password_reset_token")})
		},
		wire:  [][2]string{{"password_reset_token", "v-password_reset_token"}},
		files: [][3]string{},
	},
	{
		id: "customers.facebook_login", auth: "public", method: "POST", path: "/customers/facebook-login", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.FacebookLogin(ctx, &FacebookLoginParams{Token: Credential("v-token"), Subscribe: true, TimeZone: Ptr("v-time_zone"), Country: Ptr("v-country"), SkipCartMerge: Ptr(true), CheckoutToken: CheckoutToken("v-checkout_token"), Identity: Ptr("v-identity"), InvitedByToken: Ptr("v-invited_by_token"), Email: Ptr("shopper@example.com"), Password: Credential("v-password"), Name: Ptr("v-name")})
		},
		wire:  [][2]string{{"token", "v-token"}, {"subscribe", "1"}, {"time_zone", "v-time_zone"}, {"country", "v-country"}, {"skip_cart_merge", "1"}, {"checkout_token", "v-checkout_token"}, {"identity", "v-identity"}, {"invited_by_token", "v-invited_by_token"}, {"email", "shopper@example.com"}, {"password", "v-password"}, {"name", "v-name"}},
		files: [][3]string{},
	},
	{
		id: "customers.google_login", auth: "public", method: "POST", path: "/customers/google-login", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.GoogleLogin(ctx, &GoogleLoginParams{Token: Credential("v-token"), Subscribe: true, TimeZone: Ptr("v-time_zone"), Country: Ptr("v-country"), SkipCartMerge: Ptr(true), CheckoutToken: CheckoutToken("v-checkout_token"), Identity: Ptr("v-identity"), InvitedByToken: Ptr("v-invited_by_token")})
		},
		wire:  [][2]string{{"token", "v-token"}, {"subscribe", "1"}, {"time_zone", "v-time_zone"}, {"country", "v-country"}, {"skip_cart_merge", "1"}, {"checkout_token", "v-checkout_token"}, {"identity", "v-identity"}, {"invited_by_token", "v-invited_by_token"}},
		files: [][3]string{},
	},
	{
		id: "customers.headers", auth: "unknown", method: "GET", path: "/customers/headers", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Customers.Headers(ctx) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "customers.get_profile", auth: "customer", method: "GET", path: "/customers/profile", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Customers.GetProfile(ctx) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "customers.update_profile", auth: "customer", method: "PUT", path: "/customers/profile", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.UpdateProfile(ctx, &ProfileUpdate{Firstname: Ptr("v-firstname"), Lastname: Ptr("v-lastname"), Email: Ptr("shopper@example.com"), Relationship: Ptr("v-relationship"), Birthday: Ptr("v-birthday"), Gender: Ptr("v-gender"), Country: Ptr("v-country")})
		},
		wire:  [][2]string{{"firstname", "v-firstname"}, {"lastname", "v-lastname"}, {"email", "shopper@example.com"}, {"relationship", "v-relationship"}, {"birthday", "v-birthday"}, {"gender", "v-gender"}, {"country", "v-country"}},
		files: [][3]string{},
	},
	{
		id: "customer_shipping_addresses.create", auth: "customer", method: "POST", path: "/customers/shipping-addresses", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.ShippingAddresses.Create(ctx, &ShippingAddressCreate{FirstName: "v-first_name", LastName: "v-last_name", Company: Ptr("v-company"), AddressOne: "v-address_one", AddressTwo: Ptr("v-address_two"), ApartmentSuite: Ptr("v-apartment_suite"), City: "v-city", Zip: "v-zip", Country: "v-country", Region: Ptr("v-region"), Province: Ptr("v-province"), Phone: "v-phone", IsDefault: Ptr(true)})
		},
		wire:  [][2]string{{"first_name", "v-first_name"}, {"last_name", "v-last_name"}, {"company", "v-company"}, {"address_one", "v-address_one"}, {"address_two", "v-address_two"}, {"apartment_suite", "v-apartment_suite"}, {"city", "v-city"}, {"zip", "v-zip"}, {"country", "v-country"}, {"region", "v-region"}, {"province", "v-province"}, {"phone", "v-phone"}, {"is_default", "1"}},
		files: [][3]string{},
	},
	{
		id: "customer_shipping_addresses.update", auth: "customer", method: "PUT", path: "/customers/shipping-addresses/42", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.ShippingAddresses.Update(ctx, 42, &ShippingAddressUpdate{FirstName: "v-first_name", LastName: "v-last_name", Company: Ptr("v-company"), AddressOne: "v-address_one", AddressTwo: Ptr("v-address_two"), ApartmentSuite: Ptr("v-apartment_suite"), City: "v-city", Zip: "v-zip", Country: "v-country", Region: Ptr("v-region"), Province: Ptr("v-province"), Phone: "v-phone", IsDefault: Ptr(true)})
		},
		wire:  [][2]string{{"first_name", "v-first_name"}, {"last_name", "v-last_name"}, {"company", "v-company"}, {"address_one", "v-address_one"}, {"address_two", "v-address_two"}, {"apartment_suite", "v-apartment_suite"}, {"city", "v-city"}, {"zip", "v-zip"}, {"country", "v-country"}, {"region", "v-region"}, {"province", "v-province"}, {"phone", "v-phone"}, {"is_default", "1"}},
		files: [][3]string{},
	},
	{
		id: "customers.forgot_password", auth: "public", method: "POST", path: "/customers/forgot-password", inQuery: false, multipart: false,
		kind: "empty", status: 204,
		call: func(ctx context.Context, c *Client) (any, error) {
			return nil, c.Customers.ForgotPassword(ctx, &ForgotPasswordParams{Email: "shopper@example.com", CheckoutToken: CheckoutToken("v-checkout_token")})
		},
		wire:  [][2]string{{"email", "shopper@example.com"}, {"checkout_token", "v-checkout_token"}},
		files: [][3]string{},
	},
	{
		id: "customers.reset_password", auth: "optional_customer", method: "POST", path: "/customers/reset-password", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.ResetPassword(ctx, &ResetPasswordParams{PasswordResetToken: PasswordResetToken("v-password_reset_token"), CurrentPassword: Credential("v-current_password"), Password: Credential("v-password"), ConfirmPassword: Credential("v-confirm_password")})
		},
		wire:  [][2]string{{"password_reset_token", "v-password_reset_token"}, {"current_password", "v-current_password"}, {"password", "v-password"}, {"confirm_password", "v-confirm_password"}},
		files: [][3]string{},
	},
	{
		id: "customers.check_reset_token", auth: "public", method: "GET", path: "/customers/check-reset-token", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Customers.CheckResetToken(ctx, &CheckResetTokenParams{Token: "v-token"})
		},
		wire:  [][2]string{{"token", "v-token"}},
		files: [][3]string{},
	},
	{
		id: "subscriptions.get", auth: "public", method: "GET", path: "/subscriptions/sub-uuid-1", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Subscriptions.Get(ctx, "sub-uuid-1") },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "subscriptions.create", auth: "public", method: "POST", path: "/subscriptions", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Subscriptions.Create(ctx, &SubscriptionCreate{Email: "shopper@example.com", Identity: Ptr("v-identity"), UTMs: FormMap{"country": "USA"}, Behaviour: Ptr("v-behaviour"), BehaviourParams: FormMap{"country": "USA"}})
		},
		wire:  [][2]string{{"email", "shopper@example.com"}, {"identity", "v-identity"}, {"utms[country]", "USA"}, {"behaviour", "v-behaviour"}, {"behaviour_params[country]", "USA"}},
		files: [][3]string{},
	},
	{
		id: "subscriptions.update", auth: "public", method: "PUT", path: "/subscriptions/sub-uuid-1", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Subscriptions.Update(ctx, "sub-uuid-1", &SubscriptionUpdate{Name: "v-name", Day: int(3), Month: int(3), Year: int(3), Gender: "v-gender"})
		},
		wire:  [][2]string{{"name", "v-name"}, {"day", "3"}, {"month", "3"}, {"year", "3"}, {"gender", "v-gender"}},
		files: [][3]string{},
	},
	{
		id: "subscriptions.unsubscribe", auth: "public", method: "POST", path: "/subscriptions/sub-uuid-1/unsubscribe", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Subscriptions.Unsubscribe(ctx, "sub-uuid-1", &UnsubscribeParams{UnsubscribeNote: "v-unsubscribe_note"})
		},
		wire:  [][2]string{{"unsubscribe_note", "v-unsubscribe_note"}},
		files: [][3]string{},
	},
	{
		id: "affiliate_withdrawals.create", auth: "customer", method: "POST", path: "/affiliates/withdraw-requests", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.AffiliateWithdrawals.Create(ctx, &AffiliateWithdrawalCreate{Amount: int64(3)})
		},
		wire:  [][2]string{{"amount", "3"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.create", auth: "optional_customer", method: "POST", path: "/checkouts", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Checkouts.Create(ctx, &CheckoutCreate{CartUUID: CartUUID("v-cart_uuid"), Identity: Ptr("v-identity"), Coupon: Ptr("v-coupon")})
		},
		wire:  [][2]string{{"cart_uuid", "v-cart_uuid"}, {"identity", "v-identity"}, {"coupon", "v-coupon"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.get", auth: "optional_customer", method: "GET", path: "/checkouts/chk-token-1", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Checkouts.Get(ctx, "chk-token-1", &CheckoutGetOptions{Funnel: true})
		},
		wire:  [][2]string{{"funnel", "1"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.set_customer_info", auth: "optional_customer", method: "POST", path: "/checkouts/chk-token-1/customer-info", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Checkouts.SetCustomerInfo(ctx, "chk-token-1", &CheckoutCustomerInfo{Email: "shopper@example.com", Password: Credential("v-password"), Subscribe: true, TimeZone: Ptr("v-time_zone"), DetectedCountry: Ptr("v-detected_country"), SkipCartMerge: Ptr(true), Identity: Ptr("v-identity"), InvitedByToken: Ptr("v-invited_by_token"), BillingSameAsShipping: Ptr(true), ShippingAddress: &Address{FirstName: "v-first_name", LastName: "v-last_name", Phone: "v-phone", AddressOne: "v-address_one", City: "v-city", Zip: "v-zip", Country: "v-country", Province: "v-province", State: "v-state", Region: "v-region", ApartmentSuite: "v-apartment_suite"}, BillingAddress: &Address{FirstName: "v-first_name", LastName: "v-last_name", Phone: "v-phone", AddressOne: "v-address_one", City: "v-city", Zip: "v-zip", Country: "v-country", Province: "v-province", State: "v-state", Region: "v-region", ApartmentSuite: "v-apartment_suite"}})
		},
		wire:  [][2]string{{"email", "shopper@example.com"}, {"password", "v-password"}, {"subscribe", "1"}, {"time_zone", "v-time_zone"}, {"detected_country", "v-detected_country"}, {"skip_cart_merge", "1"}, {"identity", "v-identity"}, {"invited_by_token", "v-invited_by_token"}, {"billing_same_as_shipping", "1"}, {"shipping_address[first_name]", "v-first_name"}, {"shipping_address[last_name]", "v-last_name"}, {"shipping_address[phone]", "v-phone"}, {"shipping_address[address_one]", "v-address_one"}, {"shipping_address[city]", "v-city"}, {"shipping_address[zip]", "v-zip"}, {"shipping_address[country]", "v-country"}, {"shipping_address[province]", "v-province"}, {"shipping_address[state]", "v-state"}, {"shipping_address[region]", "v-region"}, {"shipping_address[apartment_suite]", "v-apartment_suite"}, {"billing_address[first_name]", "v-first_name"}, {"billing_address[last_name]", "v-last_name"}, {"billing_address[phone]", "v-phone"}, {"billing_address[address_one]", "v-address_one"}, {"billing_address[city]", "v-city"}, {"billing_address[zip]", "v-zip"}, {"billing_address[country]", "v-country"}, {"billing_address[province]", "v-province"}, {"billing_address[state]", "v-state"}, {"billing_address[region]", "v-region"}, {"billing_address[apartment_suite]", "v-apartment_suite"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.set_shipping_option", auth: "optional_customer", method: "POST", path: "/checkouts/chk-token-1/shipping-option", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Checkouts.SetShippingOption(ctx, "chk-token-1", &ShippingOptionParams{ShippingOptionID: int64(42)})
		},
		wire:  [][2]string{{"shipping_option_id", "42"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.pay", auth: "optional_customer", method: "POST", path: "/checkouts/chk-token-1/pay", inQuery: false, multipart: false,
		kind: "empty", status: 204,
		call: func(ctx context.Context, c *Client) (any, error) {
			return nil, c.Checkouts.Pay(ctx, "chk-token-1", &PayParams{PaymentToken: Credential("v-payment_token"), Amount: int64(3), PaymentType: "v-payment_type", Identity: Ptr("v-identity"), OrderAdditionalFields: FormMap{"country": "USA"}})
		},
		wire:  [][2]string{{"payment_token", "v-payment_token"}, {"amount", "3"}, {"payment_type", "v-payment_type"}, {"identity", "v-identity"}, {"order_additional_fields[country]", "USA"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.create_payment", auth: "optional_customer", method: "POST", path: "/checkouts/chk-token-1/payments", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Checkouts.CreatePayment(ctx, "chk-token-1", &PaymentParams{Service: "v-service", Additional: []string{"a", "b"}})
		},
		wire:  [][2]string{{"service", "v-service"}, {"additional[]", "a"}, {"additional[]", "b"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.confirm_payment", auth: "optional_customer", method: "POST", path: "/checkouts/chk-token-1/payments/confirm", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Checkouts.ConfirmPayment(ctx, "chk-token-1", &PaymentParams{Service: "v-service", Additional: []string{"a", "b"}})
		},
		wire:  [][2]string{{"service", "v-service"}, {"additional[]", "a"}, {"additional[]", "b"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.apply_coupon", auth: "optional_customer", method: "POST", path: "/checkouts/chk-token-1/coupon", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Checkouts.ApplyCoupon(ctx, "chk-token-1", &CouponParams{Coupon: "v-coupon"})
		},
		wire:  [][2]string{{"coupon", "v-coupon"}},
		files: [][3]string{},
	},
	{
		id: "checkouts.remove_coupon", auth: "optional_customer", method: "DELETE", path: "/checkouts/chk-token-1/coupon", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Checkouts.RemoveCoupon(ctx, "chk-token-1") },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "orders.list", auth: "customer", method: "GET", path: "/orders", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Orders.List(ctx, &OrderListOptions{Limit: int(5), Page: int(2), OrderBy: "v-order_by", OrderType: "v-order_type"})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}, {"order_by", "v-order_by"}, {"order_type", "v-order_type"}},
		files: [][3]string{},
	},
	{
		id: "orders.get", auth: "customer", method: "GET", path: "/orders/42", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Orders.Get(ctx, 42) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "orders.submit_analytics", auth: "unknown", method: "POST", path: "/orders/42/analytics", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Orders.SubmitAnalytics(ctx, 42, &OrderAnalytics{Email: "shopper@example.com", HDProcessed: int(3), HDWaiting: int(3), HDSkip: int(3), SuccessChats: true, SessionCount: int(3), VideoURL: "v-video_url", GCLID: "v-gclid", CampaignSource: "v-campaign_source", UTMSource: "v-utm_source", UTMCampaign: "v-utm_campaign", UTMMedium: "v-utm_medium", UTMAdgroup: "v-utm_adgroup", UTMKeyword: "v-utm_keyword", UTMAd: "v-utm_ad", UTMMatchtype: "v-utm_matchtype", UTMAdid: "v-utm_adid", UTMAdposition: "v-utm_adposition", UTMDevicemodel: "v-utm_devicemodel", UTMGeoid: "v-utm_geoid", UTMPlacement: "v-utm_placement"})
		},
		wire:  [][2]string{{"email", "shopper@example.com"}, {"hd_processed", "3"}, {"hd_waiting", "3"}, {"hd_skip", "3"}, {"success_chats", "1"}, {"session_count", "3"}, {"video_url", "v-video_url"}, {"gclid", "v-gclid"}, {"campaign_source", "v-campaign_source"}, {"utm_source", "v-utm_source"}, {"utm_campaign", "v-utm_campaign"}, {"utm_medium", "v-utm_medium"}, {"utm_adgroup", "v-utm_adgroup"}, {"utm_keyword", "v-utm_keyword"}, {"utm_ad", "v-utm_ad"}, {"utm_matchtype", "v-utm_matchtype"}, {"utm_adid", "v-utm_adid"}, {"utm_adposition", "v-utm_adposition"}, {"utm_devicemodel", "v-utm_devicemodel"}, {"utm_geoid", "v-utm_geoid"}, {"utm_placement", "v-utm_placement"}},
		files: [][3]string{},
	},
	{
		id: "orders.track", auth: "public", method: "POST", path: "/orders/track", inQuery: false, multipart: false,
		kind: "empty", status: 204,
		call: func(ctx context.Context, c *Client) (any, error) {
			return nil, c.Orders.Track(ctx, &TrackParams{Order: "v-order", Email: "shopper@example.com"})
		},
		wire:  [][2]string{{"order", "v-order"}, {"email", "shopper@example.com"}},
		files: [][3]string{},
	},
	{
		id: "orders.send_history", auth: "public", method: "POST", path: "/orders/send-history", inQuery: false, multipart: false,
		kind: "empty", status: 204,
		call: func(ctx context.Context, c *Client) (any, error) {
			return nil, c.Orders.SendHistory(ctx, &SendHistoryParams{Email: "shopper@example.com"})
		},
		wire:  [][2]string{{"email", "shopper@example.com"}},
		files: [][3]string{},
	},
	{
		id: "orders.upload_verify_payment_files", auth: "customer", method: "POST", path: "/orders/42/verify-payment-files", inQuery: false, multipart: true,
		kind: "empty", status: 204,
		call: func(ctx context.Context, c *Client) (any, error) {
			return nil, c.Orders.UploadVerifyPaymentFiles(ctx, 42, &VerifyPaymentFiles{VerifyPaymentFile: []File{{Filename: "a.png", Content: strings.NewReader("bytes-a")}, {Filename: "b.png", Content: strings.NewReader("bytes-b")}}})
		},
		wire:  [][2]string{},
		files: [][3]string{{"verify_payment_file[]", "a.png", "bytes-a"}, {"verify_payment_file[]", "b.png", "bytes-b"}},
	},
	{
		id: "orders.cancel", auth: "customer", method: "POST", path: "/orders/42/cancel", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Orders.Cancel(ctx, 42, &OrderCancel{Note: "v-note", Reason: "v-reason"})
		},
		wire:  [][2]string{{"note", "v-note"}, {"reason", "v-reason"}},
		files: [][3]string{},
	},
	{
		id: "orders.unidentified_l835", auth: "customer", method: "POST", path: "/orders/42/unidentified-l835", inQuery: false, multipart: false,
		kind: "empty", status: 204,
		call:  func(ctx context.Context, c *Client) (any, error) { return nil, c.Orders.UnidentifiedL835(ctx, 42) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "orders.unidentified_l839", auth: "customer", method: "GET", path: "/orders/42/unidentified-l839", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Orders.UnidentifiedL839(ctx, 42) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "orders.get_by_uuid", auth: "public", method: "GET", path: "/orders/42/by-uuid", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Orders.GetByUUID(ctx, 42, &OrderByUUIDOptions{UUID: CustomerUUID("v-uuid")})
		},
		wire:  [][2]string{{"uuid", "v-uuid"}},
		files: [][3]string{},
	},
	{
		id: "products.list", auth: "public", method: "GET", path: "/products", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Products.List(ctx, &ProductListOptions{Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "products.filter", auth: "public", method: "GET", path: "/products/filter", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Products.Filter(ctx, &ProductFilterOptions{Limit: int(5), Page: int(2), Types: []string{"a", "b"}, OrderBy: "v-order_by", OrderType: "v-order_type", FilterBy: OptionFilters{"Color": {"Red", "Blue"}}, Search: "v-search"})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}, {"types[]", "a"}, {"types[]", "b"}, {"order_by", "v-order_by"}, {"order_type", "v-order_type"}, {"filter_by[Color][]", "Red"}, {"filter_by[Color][]", "Blue"}, {"search", "v-search"}},
		files: [][3]string{},
	},
	{
		id: "products.subscribe", auth: "public", method: "POST", path: "/products/subscribe", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Products.Subscribe(ctx, &ProductSubscribeParams{Email: "shopper@example.com", ProductIDs: []int64{7, 8}})
		},
		wire:  [][2]string{{"email", "shopper@example.com"}, {"product_ids[]", "7"}, {"product_ids[]", "8"}},
		files: [][3]string{},
	},
	{
		id: "products.types", auth: "public", method: "GET", path: "/products/types", inQuery: false, multipart: false,
		kind: "list", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Products.Types(ctx) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "products.by_ids", auth: "public", method: "GET", path: "/products/by-ids", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Products.ByIDs(ctx, &ProductByIDsOptions{ProductIDs: []int64{7, 8}})
		},
		wire:  [][2]string{{"product_ids[]", "7"}, {"product_ids[]", "8"}},
		files: [][3]string{},
	},
	{
		id: "products.offers", auth: "public", method: "GET", path: "/products/offers", inQuery: false, multipart: false,
		kind: "list", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Products.Offers(ctx) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "products.by_colors", auth: "public", method: "GET", path: "/products/by-colors", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Products.ByColors(ctx, &ProductByColorsOptions{Colors: []string{"a", "b"}})
		},
		wire:  [][2]string{{"colors[]", "a"}, {"colors[]", "b"}},
		files: [][3]string{},
	},
	{
		id: "products.search", auth: "public", method: "GET", path: "/products/search", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Products.Search(ctx, &ProductSearchOptions{Q: "v-q", Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"q", "v-q"}, {"limit", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "products.get", auth: "public", method: "GET", path: "/products/42", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Products.Get(ctx, 42) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "product_reviews.create", auth: "optional_customer", method: "POST", path: "/products/42/reviews", inQuery: false, multipart: true,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.ProductReviews.Create(ctx, 42, &ProductReviewCreate{Name: Ptr("v-name"), Email: Ptr("shopper@example.com"), Title: Ptr("v-title"), Description: Ptr("v-description"), Rating: Ptr(float64(3)), Files: []File{{Filename: "a.png", Content: strings.NewReader("bytes-a")}, {Filename: "b.png", Content: strings.NewReader("bytes-b")}}})
		},
		wire:  [][2]string{{"name", "v-name"}, {"email", "shopper@example.com"}, {"title", "v-title"}, {"description", "v-description"}, {"rating", "3"}},
		files: [][3]string{{"files[]", "a.png", "bytes-a"}, {"files[]", "b.png", "bytes-b"}},
	},
	{
		id: "product_questions.create", auth: "optional_customer", method: "POST", path: "/products/42/questions", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.ProductQuestions.Create(ctx, 42, &ProductQuestionCreate{Name: Ptr("v-name"), Email: Ptr("shopper@example.com"), Content: Ptr("v-content")})
		},
		wire:  [][2]string{{"name", "v-name"}, {"email", "shopper@example.com"}, {"content", "v-content"}},
		files: [][3]string{},
	},
	{
		id: "cart.add_item", auth: "optional_customer", method: "POST", path: "/cart/add", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Cart.AddItem(ctx, &CartItemParams{ProductID: int64(42), Quantity: int(3), CartUUID: CartUUID("v-cart_uuid")})
		},
		wire:  [][2]string{{"product_id", "42"}, {"quantity", "3"}, {"cart_uuid", "v-cart_uuid"}},
		files: [][3]string{},
	},
	{
		id: "cart.get", auth: "optional_customer", method: "GET", path: "/cart", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Cart.Get(ctx, &CartGetOptions{CartUUID: CartUUID("v-cart_uuid")})
		},
		wire:  [][2]string{{"cart_uuid", "v-cart_uuid"}},
		files: [][3]string{},
	},
	{
		id: "cart.change_item", auth: "optional_customer", method: "POST", path: "/cart/change", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Cart.ChangeItem(ctx, &CartItemParams{ProductID: int64(42), Quantity: int(3), CartUUID: CartUUID("v-cart_uuid")})
		},
		wire:  [][2]string{{"product_id", "42"}, {"quantity", "3"}, {"cart_uuid", "v-cart_uuid"}},
		files: [][3]string{},
	},
	{
		id: "cart.remove_item", auth: "optional_customer", method: "POST", path: "/cart/remove", inQuery: false, multipart: false,
		kind: "empty", status: 204,
		call: func(ctx context.Context, c *Client) (any, error) {
			return nil, c.Cart.RemoveItem(ctx, &CartRemoveParams{CartUUID: CartUUID("v-cart_uuid"), ProductID: int64(42)})
		},
		wire:  [][2]string{{"cart_uuid", "v-cart_uuid"}, {"product_id", "42"}},
		files: [][3]string{},
	},
	{
		id: "cart.merge", auth: "customer", method: "POST", path: "/cart/merge", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Cart.Merge(ctx, &CartMergeParams{CartUUID: CartUUID("v-cart_uuid"), Merge: Ptr("v-merge")})
		},
		wire:  [][2]string{{"cart_uuid", "v-cart_uuid"}, {"merge", "v-merge"}},
		files: [][3]string{},
	},
	{
		id: "cart.apply_discount", auth: "optional_customer", method: "POST", path: "/cart/discount", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Cart.ApplyDiscount(ctx, &CartDiscountParams{CartUUID: CartUUID("v-cart_uuid"), Code: Ptr("v-code")})
		},
		wire:  [][2]string{{"cart_uuid", "v-cart_uuid"}, {"code", "v-code"}},
		files: [][3]string{},
	},
	{
		id: "discounts.by_price", auth: "public", method: "GET", path: "/discounts/by-price", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Discounts.ByPrice(ctx, &DiscountByPriceOptions{Price: int64(3)})
		},
		wire:  [][2]string{{"price", "3"}},
		files: [][3]string{},
	},
	{
		id: "settings.customer_password", auth: "public", method: "GET", path: "/settings/customer-password", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Settings.CustomerPassword(ctx) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "options.list", auth: "public", method: "GET", path: "/options", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Settings.StoreOptions(ctx) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "collections.list", auth: "public", method: "GET", path: "/collections", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Collections.List(ctx, &CollectionListOptions{Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "collections.get", auth: "public", method: "GET", path: "/collection/summer-wigs", inQuery: false, multipart: false,
		kind: "envelope", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Collections.Get(ctx, "summer-wigs") },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "collections.products", auth: "public", method: "GET", path: "/collection/summer-wigs/products", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Collections.Products(ctx, "summer-wigs", &CollectionProductsOptions{Limit: int(5), Page: int(2), OrderBy: "v-order_by", OrderType: "v-order_type", FilterOptions: Filters{"color": {"red"}}})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}, {"order_by", "v-order_by"}, {"order_type", "v-order_type"}, {"color[]", "red"}},
		files: [][3]string{},
	},
	{
		id: "categories.list", auth: "public", method: "GET", path: "/categories", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Categories.List(ctx, &CategoryListOptions{Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "categories.get", auth: "public", method: "GET", path: "/category/summer-wigs", inQuery: false, multipart: false,
		kind: "envelope", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Categories.Get(ctx, "summer-wigs") },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "categories.products", auth: "public", method: "GET", path: "/category/summer-wigs/products", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Categories.Products(ctx, "summer-wigs", &CategoryProductsOptions{Limit: int(5), Page: int(2), OrderBy: "v-order_by", OrderType: "v-order_type", FilterOptions: Filters{"color": {"red"}}})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}, {"order_by", "v-order_by"}, {"order_type", "v-order_type"}, {"color[]", "red"}},
		files: [][3]string{},
	},
	{
		id: "blog_categories.list", auth: "public", method: "GET", path: "/blog-categories", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.BlogCategories.List(ctx, &BlogCategoryListOptions{Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "blog_posts.latest", auth: "public", method: "GET", path: "/blog-posts/latest", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.BlogPosts.Latest(ctx, &BlogLatestOptions{Limit: int(5)})
		},
		wire:  [][2]string{{"offset", "5"}},
		files: [][3]string{},
	},
	{
		id: "blog_posts.by_category", auth: "public", method: "GET", path: "/blog-categories/42/posts", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.BlogPosts.ByCategory(ctx, 42, &BlogPostListOptions{Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "blog_posts.list", auth: "public", method: "GET", path: "/blog-posts", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.BlogPosts.List(ctx, &BlogPostListOptions{Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "blog_posts.filter", auth: "public", method: "GET", path: "/blog-posts/filter", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.BlogPosts.Filter(ctx, &BlogPostFilterOptions{IDs: []int64{7, 8}, Tags: []string{"a", "b"}, ExceptIDs: []int64{7, 8}, Limit: int(5), Page: int(2), OrderType: "v-order_type", OrderBy: "v-order_by"})
		},
		wire:  [][2]string{{"ids[]", "7"}, {"ids[]", "8"}, {"tags[]", "a"}, {"tags[]", "b"}, {"except_ids[]", "7"}, {"except_ids[]", "8"}, {"offset", "5"}, {"page", "2"}, {"order_type", "v-order_type"}, {"order_by", "v-order_by"}},
		files: [][3]string{},
	},
	{
		id: "blog_posts.category_top_stories", auth: "public", method: "GET", path: "/blog-posts/42/category-top-stories", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.BlogPosts.CategoryTopStories(ctx, 42, &CategoryTopStoriesOptions{CategoryID: int64(42), Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"category_id", "42"}, {"offset", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "blog_posts.top_stories", auth: "public", method: "GET", path: "/blog-posts/42/top-stories", inQuery: true, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.BlogPosts.TopStories(ctx, 42, &BlogPostListOptions{Limit: int(5), Page: int(2)})
		},
		wire:  [][2]string{{"offset", "5"}, {"page", "2"}},
		files: [][3]string{},
	},
	{
		id: "reports.email_stats", auth: "unknown", method: "GET", path: "/reports/email-stats", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Reports.EmailStats(ctx, &ReportRange{DateFrom: int64(1700000000), DateTo: int64(1700000001)})
		},
		wire:  [][2]string{{"date_from", "1700000000"}, {"date_to", "1700000001"}},
		files: [][3]string{},
	},
	{
		id: "reports.refunds", auth: "unknown", method: "GET", path: "/reports/refunds", inQuery: true, multipart: false,
		kind: "list", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Reports.Refunds(ctx, &RefundReportOptions{DateFrom: int64(1700000000), DateTo: int64(1700000001), Limit: int(5)})
		},
		wire:  [][2]string{{"date_from", "1700000000"}, {"date_to", "1700000001"}, {"limit", "5"}},
		files: [][3]string{},
	},
	{
		id: "reports.email_campaigns", auth: "unknown", method: "GET", path: "/reports/email-campaigns", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Reports.EmailCampaigns(ctx, &EmailCampaignReportOptions{Page: int(2), Type: int(3), DateFrom: int64(1700000000), DateTo: int64(1700000001), Campaigns: []string{"a", "b"}, Segments: []string{"a", "b"}, Templates: []string{"a", "b"}, UTMCampaigns: []string{"a", "b"}, UTMSources: []string{"a", "b"}, UTMAdgroups: []string{"a", "b"}, UTMKeywords: []string{"a", "b"}, UTMAds: []string{"a", "b"}, UTMAdids: []string{"a", "b"}})
		},
		wire:  [][2]string{{"page", "2"}, {"type", "3"}, {"date_from", "1700000000"}, {"date_to", "1700000001"}, {"campaigns[]", "a"}, {"campaigns[]", "b"}, {"segments[]", "a"}, {"segments[]", "b"}, {"templates[]", "a"}, {"templates[]", "b"}, {"utm_campaigns[]", "a"}, {"utm_campaigns[]", "b"}, {"utm_sources[]", "a"}, {"utm_sources[]", "b"}, {"utm_adgroups[]", "a"}, {"utm_adgroups[]", "b"}, {"utm_keywords[]", "a"}, {"utm_keywords[]", "b"}, {"utm_ads[]", "a"}, {"utm_ads[]", "b"}, {"utm_adids[]", "a"}, {"utm_adids[]", "b"}},
		files: [][3]string{},
	},
	{
		id: "reports.orders", auth: "unknown", method: "GET", path: "/reports/orders", inQuery: true, multipart: false,
		kind: "list", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Reports.Orders(ctx, &ReportRange{DateFrom: int64(1700000000), DateTo: int64(1700000001)})
		},
		wire:  [][2]string{{"date_from", "1700000000"}, {"date_to", "1700000001"}},
		files: [][3]string{},
	},
	{
		id: "reports.inventory", auth: "unknown", method: "GET", path: "/reports/inventory", inQuery: false, multipart: false,
		kind: "list", status: 200,
		call:  func(ctx context.Context, c *Client) (any, error) { return c.Reports.Inventory(ctx) },
		wire:  [][2]string{},
		files: [][3]string{},
	},
	{
		id: "reports.order_items", auth: "unknown", method: "GET", path: "/reports/order-items", inQuery: true, multipart: false,
		kind: "envelope", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.Reports.OrderItems(ctx, &OrderItemReportOptions{DateFrom: int64(1700000000), DateTo: int64(1700000001), Page: int(2), Limit: int(5), Download: int(3)})
		},
		wire:  [][2]string{{"date_from", "1700000000"}, {"date_to", "1700000001"}, {"page", "2"}, {"limit", "5"}, {"download", "3"}},
		files: [][3]string{},
	},
	{
		id: "crm.create_entity", auth: "unknown", method: "POST", path: "/crm/entities", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.CRM.CreateEntity(ctx, &CRMEntityCreate{EntityType: "v-entity_type", CRM: "v-crm", Data: &CRMLeadData{UserName: "v-user_name", UserEmail: "shopper@example.com", UserPhone: "v-user_phone", CountryOfResidence: "v-country_of_residence", CountryOfBirth: "v-country_of_birth", SourceCampaign: "v-source_campaign", YearOfBirth: "v-year_of_birth"}})
		},
		wire:  [][2]string{{"entity_type", "v-entity_type"}, {"crm", "v-crm"}, {"data[user_name]", "v-user_name"}, {"data[user_email]", "shopper@example.com"}, {"data[user_phone]", "v-user_phone"}, {"data[country_of_residence]", "v-country_of_residence"}, {"data[country_of_birth]", "v-country_of_birth"}, {"data[source_campaign]", "v-source_campaign"}, {"data[year_of_birth]", "v-year_of_birth"}},
		files: [][3]string{},
	},
	{
		id: "crm.lead_action", auth: "unknown", method: "POST", path: "/crm/action", inQuery: false, multipart: false,
		kind: "object", status: 200,
		call: func(ctx context.Context, c *Client) (any, error) {
			return c.CRM.LeadAction(ctx, &CRMLeadAction{Action: "v-action", CRM: "v-crm", Data: &CRMLeadData{UserName: "v-user_name", UserEmail: "shopper@example.com"}})
		},
		wire:  [][2]string{{"action", "v-action"}, {"crm", "v-crm"}, {"data[user_name]", "v-user_name"}, {"data[user_email]", "shopper@example.com"}},
		files: [][3]string{},
	},
}
