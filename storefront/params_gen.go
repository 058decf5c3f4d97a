// Code generated from the API catalogue by the storefront generator; edit with care.

package storefront

import (
	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// ContactForm holds the parameters of Forms.SubmitContact. Required ones are checked before sending.
type ContactForm struct {
	// Scenario: Scenario Name, 1 - default, 2 - ecommerce (used by default. Required. Sent as
	// scenario.
	Scenario ContactScenario `url:"scenario"`
	// Name: Customer Name. Required. Sent as name.
	Name string `url:"name"`
	// Email: Customer Email. Required. Sent as email.
	Email string `url:"email"`
	// Phone: Phone Email, required for Scenario 1. Required. Sent as phone.
	Phone string `url:"phone"`
	// Subject: Subjects, possible for use: 'Cancel order', 'Change my billing address', 'Change my
	// email address', 'Change my order', 'Change my privacy settings', 'Change my shipping
	// address', 'Change my shipping method', 'Damaged Item', 'Delivery options', 'Missing Item',
	// 'Not Satisfied', 'Problems at checkout', 'Question about an item', 'Technical Issues',
	// 'Track my order', 'Wrong Item', 'Other'. Required. Sent as subject.
	Subject string `url:"subject"`
	// Body: Content. Required. Sent as body.
	Body string `url:"body"`
	// Ordernumber: Order Number. Required. Sent as ordernumber.
	Ordernumber string `url:"ordernumber"`
	// Message: Message. Required. Sent as message.
	Message string `url:"message"`
	// ReCaptcha: Captcha token. Required. Sent as reCaptcha.
	ReCaptcha RecaptchaToken `url:"reCaptcha"`
}

func (p *ContactForm) validate() error {
	if p.Scenario != ScenarioDefault && p.Scenario != ScenarioEcommerce {
		return transport.Invalid("scenario", "must be one of 1, 2, got %d", p.Scenario)
	}
	if err := check.Required("name", string(p.Name)); err != nil {
		return err
	}
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	if err := check.Required("phone", string(p.Phone)); err != nil {
		return err
	}
	if err := check.Required("subject", string(p.Subject)); err != nil {
		return err
	}
	if err := check.Required("body", string(p.Body)); err != nil {
		return err
	}
	if err := check.Required("ordernumber", string(p.Ordernumber)); err != nil {
		return err
	}
	if err := check.Required("message", string(p.Message)); err != nil {
		return err
	}
	if err := check.Required("reCaptcha", string(p.ReCaptcha)); err != nil {
		return err
	}
	return nil
}

// SearchOptions holds the parameters of Search.Query. Required ones are checked before sending.
type SearchOptions struct {
	// Search: Search String. Required. Sent as search.
	Search string `url:"search"`
	// Page: Page Items. Required. Sent as page.
	Page int `url:"page,omitempty"`
	// Limit: Per Page Items. Required. Sent as per-page.
	Limit int `url:"per-page,omitempty"`
	// Type: One of ['pages', 'products', 'blogs']. If not set returned all types. Optional. Sent
	// as type.
	Type string `url:"type,omitempty"`
}

func (p *SearchOptions) validate() error {
	if err := check.Required("search", string(p.Search)); err != nil {
		return err
	}
	if p.Page < 1 {
		return transport.Invalid("page", "must be at least 1, got %d", p.Page)
	}
	if p.Limit < 1 {
		return transport.Invalid("per-page", "must be at least 1, got %d", p.Limit)
	}
	return nil
}

// InfluencerForm holds the parameters of Forms.SubmitInfluencerStep. Required ones are checked before sending.
type InfluencerForm struct {
	// Name: Influencer name. Required. Sent as name.
	Name string `url:"name"`
	// Location: Influencer location. Required. Sent as location.
	Location string `url:"location"`
	// Age: Influencer age. Required. Sent as age.
	Age int `url:"age"`
	// Phone: Influencer phone. Required. Sent as phone.
	Phone string `url:"phone"`
	// Email: Influencer email. Required. Sent as email.
	Email string `url:"email"`
	// WhyInterested: Influencer interest. Required. Sent as why_interested.
	WhyInterested string `url:"why_interested"`
	// HowRelate: how relate. Required. Sent as how_relate.
	HowRelate string `url:"how_relate"`
	// ContentStyle: content style. Required. Sent as content_style.
	ContentStyle string `url:"content_style"`
	// Personality: personality. Required. Sent as personality.
	Personality string `url:"personality"`
	// LocationOfAudience: location of audience. Required. Sent as location_of_audience.
	LocationOfAudience string `url:"location_of_audience"`
	// SocialReach: social reach. Required. Sent as social_reach.
	SocialReach string `url:"social_reach"`
	// SocialReachFile: social reach file. Required. Sent as social_reach_file[].
	SocialReachFile []File `url:"-" form:"social_reach_file[]"`
	// Instagram: Required. Sent as instagram.
	Instagram string `url:"instagram"`
	// Facebook: Required. Sent as facebook.
	Facebook string `url:"facebook"`
	// Youtube: youtube. Required. Sent as youtube.
	Youtube string `url:"youtube"`
	// Blog: blog. Required. Sent as blog.
	Blog string `url:"blog"`
	// Snapchat: snapchat. Required. Sent as snapchat.
	Snapchat string `url:"snapchat"`
	// Twitter: Required. Sent as twitter.
	Twitter string `url:"twitter"`
	// Tiktok: Required. Sent as tiktok.
	Tiktok string `url:"tiktok"`
	// Partnerships: partnerships. Required. Sent as partnerships.
	Partnerships string `url:"partnerships"`
	// Step: step must be: 1 or 2 or or 'submit', step 'submit' must be sent as last step and all
	// form data. Required. Sent as step.
	Step string `url:"step"`
}

func (p *InfluencerForm) validate() error {
	if err := check.Required("name", string(p.Name)); err != nil {
		return err
	}
	if err := check.Required("location", string(p.Location)); err != nil {
		return err
	}
	if err := check.Required("phone", string(p.Phone)); err != nil {
		return err
	}
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	if err := check.Required("why_interested", string(p.WhyInterested)); err != nil {
		return err
	}
	if err := check.Required("how_relate", string(p.HowRelate)); err != nil {
		return err
	}
	if err := check.Required("content_style", string(p.ContentStyle)); err != nil {
		return err
	}
	if err := check.Required("personality", string(p.Personality)); err != nil {
		return err
	}
	if err := check.Required("location_of_audience", string(p.LocationOfAudience)); err != nil {
		return err
	}
	if err := check.Required("social_reach", string(p.SocialReach)); err != nil {
		return err
	}
	if len(p.SocialReachFile) == 0 {
		return transport.Invalid("social_reach_file[]", "is required")
	}
	if err := check.Required("instagram", string(p.Instagram)); err != nil {
		return err
	}
	if err := check.Required("facebook", string(p.Facebook)); err != nil {
		return err
	}
	if err := check.Required("youtube", string(p.Youtube)); err != nil {
		return err
	}
	if err := check.Required("blog", string(p.Blog)); err != nil {
		return err
	}
	if err := check.Required("snapchat", string(p.Snapchat)); err != nil {
		return err
	}
	if err := check.Required("twitter", string(p.Twitter)); err != nil {
		return err
	}
	if err := check.Required("tiktok", string(p.Tiktok)); err != nil {
		return err
	}
	if err := check.Required("partnerships", string(p.Partnerships)); err != nil {
		return err
	}
	if err := check.Required("step", string(p.Step)); err != nil {
		return err
	}
	return nil
}

// CareerForm holds the parameters of Forms.SubmitCareerStep. Required ones are checked before sending.
type CareerForm struct {
	// Token: ID. Optional. Sent as token.
	Token *string `url:"token,omitempty"`
	// Name: Full Name. Optional. Sent as name.
	Name *string `url:"name,omitempty"`
	// Email: Optional. Sent as email.
	Email *string `url:"email,omitempty"`
	// Phone: Phone. Optional. Sent as phone.
	Phone *string `url:"phone,omitempty"`
	// Age: Age. Optional. Sent as age.
	Age *int `url:"age,omitempty"`
	// CV: CV. Optional. Sent as cv.
	CV *File `url:"-" form:"cv"`
	// Step: step must be: 1 or 2 ... or Last. Required. Sent as step.
	Step string `url:"step"`
	// Questions is sent as questions[...]. Optional.
	Questions *CareerQuestions `url:"questions,omitempty"`
}

func (p *CareerForm) validate() error {
	if p.Email != nil {
		if err := check.Email("email", *p.Email); err != nil {
			return err
		}
	}
	if err := check.Required("step", string(p.Step)); err != nil {
		return err
	}
	return nil
}

// PartnerApplicationForm holds the parameters of Forms.CreatePartnerApplication. Required ones are checked before sending.
type PartnerApplicationForm struct {
	// Name: Customer Name (220 Chars. Required. Sent as name.
	Name string `url:"name"`
	// Email: Customer Email (220 Chars. Required. Sent as email.
	Email string `url:"email"`
	// Phone: Customer Phone. Required. Sent as phone.
	Phone string `url:"phone"`
	// Website: Customer Website. Required. Sent as website.
	Website string `url:"website"`
	// Description: Description (1000 Chars. Required. Sent as description.
	Description string `url:"description"`
}

func (p *PartnerApplicationForm) validate() error {
	if err := check.Required("name", string(p.Name)); err != nil {
		return err
	}
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	if err := check.Required("phone", string(p.Phone)); err != nil {
		return err
	}
	if err := check.Required("website", string(p.Website)); err != nil {
		return err
	}
	if err := check.Required("description", string(p.Description)); err != nil {
		return err
	}
	return nil
}

// RouteSegments holds the parameters of Search.ResolveRoute. Required ones are checked before sending.
type RouteSegments struct {
	// First: Required. Sent as first.
	First string `url:"first"`
	// Second: Optional. Sent as second.
	Second string `url:"second,omitempty"`
	// Third: Optional. Sent as third.
	Third string `url:"third,omitempty"`
}

func (p *RouteSegments) validate() error {
	if err := check.Required("first", string(p.First)); err != nil {
		return err
	}
	return nil
}

// LoginParams holds the parameters of Customers.Login. Required ones are checked before sending.
type LoginParams struct {
	// Email: Customer Email. Required. Sent as email.
	Email string `url:"email"`
	// Password: Customer Password. Required. Sent as password.
	Password Credential `url:"password"`
	// IP: Customer Ip. Optional. Sent as ip.
	IP *string `url:"ip,omitempty"`
	// RememberMe: Remember customer after login, default TRUE. Optional. Sent as remember_me.
	RememberMe *bool `url:"remember_me,omitempty,int"`
	// SkipCartMerge: Mark as TRUE if need to do cart merge after login, default FALSE. Optional.
	// Sent as skip_cart_merge.
	SkipCartMerge *bool `url:"skip_cart_merge,omitempty,int"`
	// CheckoutToken: Checkout token, use for login on checkout page. Optional. Sent as
	// checkout_token.
	CheckoutToken CheckoutToken `url:"checkout_token,omitempty"`
}

func (p *LoginParams) validate() error {
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	if err := check.Required("password", string(p.Password)); err != nil {
		return err
	}
	return nil
}

// SignUpParams holds the parameters of Customers.SignUp. Required ones are checked before sending.
type SignUpParams struct {
	// Username: Customer User Name, ex John King. Required. Sent as username.
	Username string `url:"username"`
	// Email: Customer Email. Required. Sent as email.
	Email string `url:"email"`
	// Password: Customer Password, check if need submit this field by GET
	// /settings/customer-password if returns TRUE then password is not required and will be
	// generated automatically. Optional. Sent as password.
	Password Credential `url:"password,omitempty"`
	// Subscribe: 1- Subscribe, 0 - not, by default is 1 (True. Required. Sent as subscribe.
	Subscribe bool `url:"subscribe,int"`
	// TimeZone: Customer Time Zone, if submit wrong time zone then will be used App default time
	// zone. Optional. Sent as time_zone.
	TimeZone *string `url:"time_zone,omitempty"`
	// Country: Customer Detected Country. Optional. Sent as country.
	Country *string `url:"country,omitempty"`
	// SkipCartMerge: Mark as TRUE if need to do cart merge after sign up, default FALSE. Optional.
	// Sent as skip_cart_merge.
	SkipCartMerge *bool `url:"skip_cart_merge,omitempty,int"`
	// CheckoutToken: Checkout token, use for sign up on checkout page, if wrong checkout token
	// then it will be ignored. Optional. Sent as checkout_token.
	CheckoutToken CheckoutToken `url:"checkout_token,omitempty"`
	// Identity: Customer identity. Optional. Sent as identity.
	Identity *string `url:"identity,omitempty"`
	// InvitedByToken: Customer invited by token, if token is wrong then invitation will be
	// ignored. Optional. Sent as invited_by_token.
	InvitedByToken *string `url:"invited_by_token,omitempty"`
}

func (p *SignUpParams) validate() error {
	if err := check.Required("username", string(p.Username)); err != nil {
		return err
	}
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	return nil
}

// LoginByUUIDParams holds the parameters of Customers.LoginByUUID. Required ones are checked before sending.
type LoginByUUIDParams struct {
	// UUID: Customer Uuid. Required. Sent as uuid.
	UUID CustomerUUID `url:"uuid"`
}

func (p *LoginByUUIDParams) validate() error {
	if err := check.Required("uuid", string(p.UUID)); err != nil {
		return err
	}
	return nil
}

// LoginByResetTokenParams holds the parameters of Customers.LoginByResetToken. Required ones are checked before sending.
type LoginByResetTokenParams struct {
	// PasswordResetToken: Customer password reset token. Required. Sent as password_reset_token.
	PasswordResetToken PasswordResetToken `url:"password_reset_token"`
}

func (p *LoginByResetTokenParams) validate() error {
	if err := check.Required("password_reset_token", string(p.PasswordResetToken)); err != nil {
		return err
	}
	return nil
}

// FacebookLoginParams holds the parameters of Customers.FacebookLogin. Required ones are checked before sending.
type FacebookLoginParams struct {
	// Token: Facebook Token which you get by FB.js, for testing you can visit page FB Graph API
	// Explorer and grab your user token. Required. Sent as token.
	Token Credential `url:"token"`
	// Subscribe: 1- Subscribe, 0 - not, by default is 1 (True. Required. Sent as subscribe.
	Subscribe bool `url:"subscribe,int"`
	// TimeZone: Customer Time Zone, if submit wrong time zone then will be used App default time
	// zone. Optional. Sent as time_zone.
	TimeZone *string `url:"time_zone,omitempty"`
	// Country: Customer Detected Country. Optional. Sent as country.
	Country *string `url:"country,omitempty"`
	// SkipCartMerge: Mark as TRUE if need to do cart merge after sign up, default FALSE. Optional.
	// Sent as skip_cart_merge.
	SkipCartMerge *bool `url:"skip_cart_merge,omitempty,int"`
	// CheckoutToken: Checkout token, use for sign up on checkout page, if wrong checkout token
	// then it will show error. Optional. Sent as checkout_token.
	CheckoutToken CheckoutToken `url:"checkout_token,omitempty"`
	// Identity: Customer identity. Optional. Sent as identity.
	Identity *string `url:"identity,omitempty"`
	// InvitedByToken: Customer invited by token, if token is wrong then invitation will be
	// ignored. Optional. Sent as invited_by_token.
	InvitedByToken *string `url:"invited_by_token,omitempty"`
	// Email: Customer Email, in case when FB does not return email. Optional. Sent as email.
	Email *string `url:"email,omitempty"`
	// Password: Customer Password for provided email, in case when FB does not return email.
	// Optional. Sent as password.
	Password Credential `url:"password,omitempty"`
	// Name: Customer Username. Optional. Sent as name.
	Name *string `url:"name,omitempty"`
}

func (p *FacebookLoginParams) validate() error {
	if err := check.Required("token", string(p.Token)); err != nil {
		return err
	}
	if p.Email != nil {
		if err := check.Email("email", *p.Email); err != nil {
			return err
		}
	}
	return nil
}

// GoogleLoginParams holds the parameters of Customers.GoogleLogin. Required ones are checked before sending.
type GoogleLoginParams struct {
	// Token: Google Token which you get by FB.js, for testing you can visit page Google Login API
	// Explorer and grab your user token, see image. Required. Sent as token.
	Token Credential `url:"token"`
	// Subscribe: 1- Subscribe, 0 - not, by default is 1 (True. Required. Sent as subscribe.
	Subscribe bool `url:"subscribe,int"`
	// TimeZone: Customer Time Zone, if submit wrong time zone then will be used App default time
	// zone. Optional. Sent as time_zone.
	TimeZone *string `url:"time_zone,omitempty"`
	// Country: Customer Detected Country. Optional. Sent as country.
	Country *string `url:"country,omitempty"`
	// SkipCartMerge: Mark as TRUE if need to do cart merge after sign up, default FALSE. Optional.
	// Sent as skip_cart_merge.
	SkipCartMerge *bool `url:"skip_cart_merge,omitempty,int"`
	// CheckoutToken: Checkout token, use for sign up on checkout page, if wrong checkout token
	// then it will show error. Optional. Sent as checkout_token.
	CheckoutToken CheckoutToken `url:"checkout_token,omitempty"`
	// Identity: Customer identity. Optional. Sent as identity.
	Identity *string `url:"identity,omitempty"`
	// InvitedByToken: Customer invited by token, if token is wrong then invitation will be
	// ignored. Optional. Sent as invited_by_token.
	InvitedByToken *string `url:"invited_by_token,omitempty"`
}

func (p *GoogleLoginParams) validate() error {
	if err := check.Required("token", string(p.Token)); err != nil {
		return err
	}
	return nil
}

// ProfileUpdate holds the parameters of Customers.UpdateProfile. Required ones are checked before sending.
type ProfileUpdate struct {
	// Firstname: Customer First Name. Optional. Sent as firstname.
	Firstname *string `url:"firstname,omitempty"`
	// Lastname: Customer Last Name. Optional. Sent as lastname.
	Lastname *string `url:"lastname,omitempty"`
	// Email: Customer Email. Optional. Sent as email.
	Email *string `url:"email,omitempty"`
	// Relationship: Relationship: 'Single', 'Married', 'Engaged', 'In a relationship'. Optional.
	// Sent as relationship.
	Relationship *string `url:"relationship,omitempty"`
	// Birthday: Birthday format Y-m-d. Optional. Sent as birthday.
	Birthday *string `url:"birthday,omitempty"`
	// Gender: GenderL 'male', 'female', 'other'. Optional. Sent as gender.
	Gender *string `url:"gender,omitempty"`
	// Country: Country must be sent as name, ex: 'United States' or 'United Kingdom' etc.
	// Optional. Sent as country.
	Country *string `url:"country,omitempty"`
}

func (p *ProfileUpdate) validate() error {
	if p.Email != nil {
		if err := check.Email("email", *p.Email); err != nil {
			return err
		}
	}
	return nil
}

// ShippingAddressCreate holds the parameters of ShippingAddresses.Create. Required ones are checked before sending.
type ShippingAddressCreate struct {
	// FirstName: Shipping Address First Name. Required. Sent as first_name.
	FirstName string `url:"first_name"`
	// LastName: Shipping Address Last Name. Required. Sent as last_name.
	LastName string `url:"last_name"`
	// Company: Shipping Address Company. Optional. Sent as company.
	Company *string `url:"company,omitempty"`
	// AddressOne: Shipping Address Address One. Required. Sent as address_one.
	AddressOne string `url:"address_one"`
	// AddressTwo: Shipping Address Address Two. Optional. Sent as address_two.
	AddressTwo *string `url:"address_two,omitempty"`
	// ApartmentSuite: Shipping Address Apartment Suite. Optional. Sent as apartment_suite.
	ApartmentSuite *string `url:"apartment_suite,omitempty"`
	// City: Shipping Address City. Required. Sent as city.
	City string `url:"city"`
	// Zip: Shipping Address Zip. Required. Sent as zip.
	Zip string `url:"zip"`
	// Country: Shipping Address Country ex: 'United States' or 'United Kingdom' etc. Required.
	// Sent as country.
	Country string `url:"country"`
	// Region: Shipping Address Region. Optional. Sent as region.
	Region *string `url:"region,omitempty"`
	// Province: Shipping Address Province. Optional. Sent as province.
	Province *string `url:"province,omitempty"`
	// Phone: Shipping Address Phone. Required. Sent as phone.
	Phone string `url:"phone"`
	// IsDefault: Shipping Address Is Default: 1 for TRUE and 0 for FALSE. Optional. Sent as
	// is_default.
	IsDefault *bool `url:"is_default,omitempty,int"`
}

func (p *ShippingAddressCreate) validate() error {
	if err := check.Required("first_name", string(p.FirstName)); err != nil {
		return err
	}
	if err := check.Required("last_name", string(p.LastName)); err != nil {
		return err
	}
	if err := check.Required("address_one", string(p.AddressOne)); err != nil {
		return err
	}
	if err := check.Required("city", string(p.City)); err != nil {
		return err
	}
	if err := check.Required("zip", string(p.Zip)); err != nil {
		return err
	}
	if err := check.Required("country", string(p.Country)); err != nil {
		return err
	}
	if err := check.Required("phone", string(p.Phone)); err != nil {
		return err
	}
	return nil
}

// ShippingAddressUpdate holds the parameters of ShippingAddresses.Update. Required ones are checked before sending.
type ShippingAddressUpdate struct {
	// FirstName: Shipping Address First Name. Required. Sent as first_name.
	FirstName string `url:"first_name"`
	// LastName: Shipping Address Last Name. Required. Sent as last_name.
	LastName string `url:"last_name"`
	// Company: Shipping Address Company. Optional. Sent as company.
	Company *string `url:"company,omitempty"`
	// AddressOne: Shipping Address Address One. Required. Sent as address_one.
	AddressOne string `url:"address_one"`
	// AddressTwo: Shipping Address Address Two. Optional. Sent as address_two.
	AddressTwo *string `url:"address_two,omitempty"`
	// ApartmentSuite: Shipping Address Apartment Suite. Optional. Sent as apartment_suite.
	ApartmentSuite *string `url:"apartment_suite,omitempty"`
	// City: Shipping Address City. Required. Sent as city.
	City string `url:"city"`
	// Zip: Shipping Address Zip. Required. Sent as zip.
	Zip string `url:"zip"`
	// Country: Shipping Address Country ex: 'United States' or 'United Kingdom' etc. Required.
	// Sent as country.
	Country string `url:"country"`
	// Region: Shipping Address Region. Optional. Sent as region.
	Region *string `url:"region,omitempty"`
	// Province: Shipping Address Province. Optional. Sent as province.
	Province *string `url:"province,omitempty"`
	// Phone: Shipping Address Phone. Required. Sent as phone.
	Phone string `url:"phone"`
	// IsDefault: Shipping Address Is Default: 1 for TRUE and 0 for FALSE. Optional. Sent as
	// is_default.
	IsDefault *bool `url:"is_default,omitempty,int"`
}

func (p *ShippingAddressUpdate) validate() error {
	if err := check.Required("first_name", string(p.FirstName)); err != nil {
		return err
	}
	if err := check.Required("last_name", string(p.LastName)); err != nil {
		return err
	}
	if err := check.Required("address_one", string(p.AddressOne)); err != nil {
		return err
	}
	if err := check.Required("city", string(p.City)); err != nil {
		return err
	}
	if err := check.Required("zip", string(p.Zip)); err != nil {
		return err
	}
	if err := check.Required("country", string(p.Country)); err != nil {
		return err
	}
	if err := check.Required("phone", string(p.Phone)); err != nil {
		return err
	}
	return nil
}

// ForgotPasswordParams holds the parameters of Customers.ForgotPassword. Required ones are checked before sending.
type ForgotPasswordParams struct {
	// Email: Email of customer who forgot password. Required. Sent as email.
	Email string `url:"email"`
	// CheckoutToken: Current checkout token, use for forgot password on checkout page. Optional.
	// Sent as checkout_token.
	CheckoutToken CheckoutToken `url:"checkout_token,omitempty"`
}

func (p *ForgotPasswordParams) validate() error {
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	return nil
}

// ResetPasswordParams holds the parameters of Customers.ResetPassword. Required ones are checked before sending.
type ResetPasswordParams struct {
	// PasswordResetToken: Reset Password Hash is not required if sent current_password. Optional.
	// Sent as password_reset_token.
	PasswordResetToken PasswordResetToken `url:"password_reset_token,omitempty"`
	// CurrentPassword: Current password of user is not required if sent password_reset_token.
	// Optional. Sent as current_password.
	CurrentPassword Credential `url:"current_password,omitempty"`
	// Password: New Password. Required. Sent as password.
	Password Credential `url:"password"`
	// ConfirmPassword: Confirmed New Password. Required. Sent as confirm_password.
	ConfirmPassword Credential `url:"confirm_password"`
}

func (p *ResetPasswordParams) validate() error {
	if err := check.Required("password", string(p.Password)); err != nil {
		return err
	}
	if err := check.Required("confirm_password", string(p.ConfirmPassword)); err != nil {
		return err
	}
	return nil
}

// CheckResetTokenParams holds the parameters of Customers.CheckResetToken. Required ones are checked before sending.
type CheckResetTokenParams struct {
	// Token: Reset Password Hash. Optional. Sent as token.
	Token string `url:"token,omitempty"`
}

func (p *CheckResetTokenParams) validate() error {
	return nil
}

// SubscriptionCreate holds the parameters of Subscriptions.Create. Required ones are checked before sending.
type SubscriptionCreate struct {
	// Email: Subscription email. Required. Sent as email.
	Email string `url:"email"`
	// Identity: Customer identity. Optional. Sent as identity.
	Identity *string `url:"identity,omitempty"`
	// UTMs: Utms Params, EX: utms[country]=USA, utms[ip]=127.0.0.1. Optional. Sent as utms[<key>].
	UTMs FormMap `url:"utms,omitempty"`
	// Behaviour: Subscription behaviour. EX: roulette or hdresponse or cart or specific_club.
	// Optional. Sent as behaviour.
	Behaviour *string `url:"behaviour,omitempty"`
	// BehaviourParams: Additional params for subscription behaviour, EX:
	// behaviour_params[session]=some_info. Optional. Sent as behaviour_params[<key>].
	BehaviourParams FormMap `url:"behaviour_params,omitempty"`
}

func (p *SubscriptionCreate) validate() error {
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	return nil
}

// SubscriptionUpdate holds the parameters of Subscriptions.Update. Required ones are checked before sending.
type SubscriptionUpdate struct {
	// Name: Subscriber name. Required. Sent as name.
	Name string `url:"name"`
	// Day: Day of birthday. Required. Sent as day.
	Day int `url:"day"`
	// Month: Month of birthday. Required. Sent as month.
	Month int `url:"month"`
	// Year: Year of birthday. Required. Sent as year.
	Year int `url:"year"`
	// Gender: Gender: male, female, other. Required. Sent as gender.
	Gender string `url:"gender"`
}

func (p *SubscriptionUpdate) validate() error {
	if err := check.Required("name", string(p.Name)); err != nil {
		return err
	}
	if err := check.Required("gender", string(p.Gender)); err != nil {
		return err
	}
	return nil
}

// UnsubscribeParams holds the parameters of Subscriptions.Unsubscribe. Required ones are checked before sending.
type UnsubscribeParams struct {
	// UnsubscribeNote: Unsubscribe note. Required. Sent as unsubscribe_note.
	UnsubscribeNote string `url:"unsubscribe_note"`
}

func (p *UnsubscribeParams) validate() error {
	if err := check.Required("unsubscribe_note", string(p.UnsubscribeNote)); err != nil {
		return err
	}
	return nil
}

// AffiliateWithdrawalCreate holds the parameters of AffiliateWithdrawals.Create. Required ones are checked before sending.
type AffiliateWithdrawalCreate struct {
	// Amount: Withdraw request amount. Required. Sent as amount.
	Amount int64 `url:"amount"`
}

func (p *AffiliateWithdrawalCreate) validate() error {
	if p.Amount <= 0 {
		return transport.Invalid("amount", "is required")
	}
	return nil
}

// CheckoutCreate holds the parameters of Checkouts.Create. Required ones are checked before sending.
type CheckoutCreate struct {
	// CartUUID: Customer cart Uuid. Optional. Sent as cart_uuid.
	CartUUID CartUUID `url:"cart_uuid,omitempty"`
	// Identity: Customer Identity. Optional. Sent as identity.
	Identity *string `url:"identity,omitempty"`
	// Coupon: Coupon (Discount. Optional. Sent as coupon.
	Coupon *string `url:"coupon,omitempty"`
}

func (p *CheckoutCreate) validate() error {
	return nil
}

// CheckoutGetOptions holds the parameters of Checkouts.Get. Required ones are checked before sending.
type CheckoutGetOptions struct {
	// Funnel: Funnel 1, Not Funnel 0, by default is 0. Required. Sent as funnel.
	Funnel bool `url:"funnel,int"`
}

func (p *CheckoutGetOptions) validate() error {
	return nil
}

// CheckoutCustomerInfo holds the parameters of Checkouts.SetCustomerInfo. Required ones are checked before sending.
type CheckoutCustomerInfo struct {
	// Email: Customer Email. Required. Sent as email.
	Email string `url:"email"`
	// Password: Customer Password for provided Email. Optional. Sent as password.
	Password Credential `url:"password,omitempty"`
	// Subscribe: Do subscribe 1, Don't subscribe 0, by default is 1. Required. Sent as subscribe.
	Subscribe bool `url:"subscribe,int"`
	// TimeZone: Customer Time Zone, if submit wrong time zone then will be used App default time
	// zone. Optional. Sent as time_zone.
	TimeZone *string `url:"time_zone,omitempty"`
	// DetectedCountry: Customer Detected Country. Optional. Sent as detected_country.
	DetectedCountry *string `url:"detected_country,omitempty"`
	// SkipCartMerge: Mark as TRUE if need to do cart merge after sign up, default FALSE. Optional.
	// Sent as skip_cart_merge.
	SkipCartMerge *bool `url:"skip_cart_merge,omitempty,int"`
	// Identity: Customer identity. Optional. Sent as identity.
	Identity *string `url:"identity,omitempty"`
	// InvitedByToken: Customer invited by token, if token is wrong then invitation will be
	// ignored. Optional. Sent as invited_by_token.
	InvitedByToken *string `url:"invited_by_token,omitempty"`
	// BillingSameAsShipping: Use same address as Shipping: 1, Billing have to be other: 0.
	// Optional. Sent as billing_same_as_shipping.
	BillingSameAsShipping *bool `url:"billing_same_as_shipping,omitempty,int"`
	// ShippingAddress is sent as shipping_address[...]. Required.
	ShippingAddress *Address `url:"shipping_address,omitempty"`
	// BillingAddress is sent as billing_address[...]. Required.
	BillingAddress *Address `url:"billing_address,omitempty"`
}

func (p *CheckoutCustomerInfo) validate() error {
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	if p.ShippingAddress == nil {
		return transport.Invalid("shipping_address", "is required")
	}
	if err := check.Required("shipping_address[first_name]", p.ShippingAddress.FirstName); err != nil {
		return err
	}
	if err := check.Required("shipping_address[last_name]", p.ShippingAddress.LastName); err != nil {
		return err
	}
	if err := check.Required("shipping_address[phone]", p.ShippingAddress.Phone); err != nil {
		return err
	}
	if err := check.Required("shipping_address[address_one]", p.ShippingAddress.AddressOne); err != nil {
		return err
	}
	if err := check.Required("shipping_address[city]", p.ShippingAddress.City); err != nil {
		return err
	}
	if err := check.Required("shipping_address[zip]", p.ShippingAddress.Zip); err != nil {
		return err
	}
	if err := check.Required("shipping_address[country]", p.ShippingAddress.Country); err != nil {
		return err
	}
	if p.BillingAddress == nil {
		return transport.Invalid("billing_address", "is required")
	}
	if err := check.Required("billing_address[first_name]", p.BillingAddress.FirstName); err != nil {
		return err
	}
	if err := check.Required("billing_address[last_name]", p.BillingAddress.LastName); err != nil {
		return err
	}
	if err := check.Required("billing_address[phone]", p.BillingAddress.Phone); err != nil {
		return err
	}
	if err := check.Required("billing_address[address_one]", p.BillingAddress.AddressOne); err != nil {
		return err
	}
	if err := check.Required("billing_address[city]", p.BillingAddress.City); err != nil {
		return err
	}
	if err := check.Required("billing_address[zip]", p.BillingAddress.Zip); err != nil {
		return err
	}
	if err := check.Required("billing_address[country]", p.BillingAddress.Country); err != nil {
		return err
	}
	return nil
}

// ShippingOptionParams holds the parameters of Checkouts.SetShippingOption. Required ones are checked before sending.
type ShippingOptionParams struct {
	// ShippingOptionID: Shipping option id. Required. Sent as shipping_option_id.
	ShippingOptionID int64 `url:"shipping_option_id"`
}

func (p *ShippingOptionParams) validate() error {
	if err := check.ID("shipping_option_id", p.ShippingOptionID); err != nil {
		return err
	}
	return nil
}

// PayParams holds the parameters of Checkouts.Pay. Required ones are checked before sending.
type PayParams struct {
	// PaymentToken: Payment Token. Required. Sent as payment_token.
	PaymentToken Credential `url:"payment_token"`
	// Amount: Payment Amount. Required. Sent as amount.
	Amount int64 `url:"amount"`
	// PaymentType: Payment Type, name of payment service or 'free_payment' for free payments.
	// Required. Sent as payment_type.
	PaymentType string `url:"payment_type"`
	// Identity: Customer identity. Optional. Sent as identity.
	Identity *string `url:"identity,omitempty"`
	// OrderAdditionalFields: Have to be array if you want to set some additional data. Optional.
	// Sent as order_additional_fields[<key>].
	OrderAdditionalFields FormMap `url:"order_additional_fields,omitempty"`
}

func (p *PayParams) validate() error {
	if err := check.Required("payment_token", string(p.PaymentToken)); err != nil {
		return err
	}
	if p.Amount <= 0 {
		return transport.Invalid("amount", "is required")
	}
	if err := check.Required("payment_type", string(p.PaymentType)); err != nil {
		return err
	}
	return nil
}

// PaymentParams holds the parameters of Checkouts.CreatePayment, Checkouts.ConfirmPayment. Required ones are checked before sending.
type PaymentParams struct {
	// Service: Payment service, for example 'paypal'. Required. Sent as service.
	Service string `url:"service"`
	// Additional: Payment Additional fields. Optional. Sent as additional[].
	Additional []string `url:"additional[],omitempty"`
}

func (p *PaymentParams) validate() error {
	if err := check.Required("service", string(p.Service)); err != nil {
		return err
	}
	return nil
}

// CouponParams holds the parameters of Checkouts.ApplyCoupon. Required ones are checked before sending.
type CouponParams struct {
	// Coupon: Coupon code. Required. Sent as coupon.
	Coupon string `url:"coupon"`
}

func (p *CouponParams) validate() error {
	if err := check.Required("coupon", string(p.Coupon)); err != nil {
		return err
	}
	return nil
}

// OrderListOptions holds the parameters of Orders.List. Required ones are checked before sending.
type OrderListOptions struct {
	// Limit: Limit of how many items must be returned, default is 16. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
	// OrderBy: Order By id, paid_at, created_at, payment_status, total_price. Optional. Sent as
	// order_by.
	OrderBy string `url:"order_by,omitempty"`
	// OrderType: Order Type asc, desc. Optional. Sent as order_type.
	OrderType string `url:"order_type,omitempty"`
}

func (p *OrderListOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// OrderAnalytics holds the parameters of Orders.SubmitAnalytics. Required ones are checked before sending.
type OrderAnalytics struct {
	// Email: Email of Customer. Required. Sent as email.
	Email string `url:"email"`
	// HDProcessed: Hd Requests Processed. Required. Sent as hd_processed.
	HDProcessed int `url:"hd_processed"`
	// HDWaiting: Hd Requests Waiting. Required. Sent as hd_waiting.
	HDWaiting int `url:"hd_waiting"`
	// HDSkip: Hd Requests Skip. Required. Sent as hd_skip.
	HDSkip int `url:"hd_skip"`
	// SuccessChats: Has Success Chats. Required. Sent as success_chats.
	SuccessChats bool `url:"success_chats,int"`
	// SessionCount: Session Count. Required. Sent as session_count.
	SessionCount int `url:"session_count"`
	// VideoURL: video_url. Required. Sent as video_url.
	VideoURL string `url:"video_url"`
	// GCLID: gclid. Required. Sent as gclid.
	GCLID string `url:"gclid"`
	// CampaignSource: campaign_source. Required. Sent as campaign_source.
	CampaignSource string `url:"campaign_source"`
	// UTMSource: utm_source. Required. Sent as utm_source.
	UTMSource string `url:"utm_source"`
	// UTMCampaign: utm_campaign. Required. Sent as utm_campaign.
	UTMCampaign string `url:"utm_campaign"`
	// UTMMedium: utm_medium. Required. Sent as utm_medium.
	UTMMedium string `url:"utm_medium"`
	// UTMAdgroup: utm_adgroup. Required. Sent as utm_adgroup.
	UTMAdgroup string `url:"utm_adgroup"`
	// UTMKeyword: utm_keyword. Required. Sent as utm_keyword.
	UTMKeyword string `url:"utm_keyword"`
	// UTMAd: utm_ad. Required. Sent as utm_ad.
	UTMAd string `url:"utm_ad"`
	// UTMMatchtype: utm_matchtype. Required. Sent as utm_matchtype.
	UTMMatchtype string `url:"utm_matchtype"`
	// UTMAdid: utm_adid. Required. Sent as utm_adid.
	UTMAdid string `url:"utm_adid"`
	// UTMAdposition: utm_adposition. Required. Sent as utm_adposition.
	UTMAdposition string `url:"utm_adposition"`
	// UTMDevicemodel: utm_devicemodel. Required. Sent as utm_devicemodel.
	UTMDevicemodel string `url:"utm_devicemodel"`
	// UTMGeoid: utm_geoid. Required. Sent as utm_geoid.
	UTMGeoid string `url:"utm_geoid"`
	// UTMPlacement: utm_placement. Required. Sent as utm_placement.
	UTMPlacement string `url:"utm_placement"`
}

func (p *OrderAnalytics) validate() error {
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	if err := check.Required("video_url", string(p.VideoURL)); err != nil {
		return err
	}
	if err := check.Required("gclid", string(p.GCLID)); err != nil {
		return err
	}
	if err := check.Required("campaign_source", string(p.CampaignSource)); err != nil {
		return err
	}
	if err := check.Required("utm_source", string(p.UTMSource)); err != nil {
		return err
	}
	if err := check.Required("utm_campaign", string(p.UTMCampaign)); err != nil {
		return err
	}
	if err := check.Required("utm_medium", string(p.UTMMedium)); err != nil {
		return err
	}
	if err := check.Required("utm_adgroup", string(p.UTMAdgroup)); err != nil {
		return err
	}
	if err := check.Required("utm_keyword", string(p.UTMKeyword)); err != nil {
		return err
	}
	if err := check.Required("utm_ad", string(p.UTMAd)); err != nil {
		return err
	}
	if err := check.Required("utm_matchtype", string(p.UTMMatchtype)); err != nil {
		return err
	}
	if err := check.Required("utm_adid", string(p.UTMAdid)); err != nil {
		return err
	}
	if err := check.Required("utm_adposition", string(p.UTMAdposition)); err != nil {
		return err
	}
	if err := check.Required("utm_devicemodel", string(p.UTMDevicemodel)); err != nil {
		return err
	}
	if err := check.Required("utm_geoid", string(p.UTMGeoid)); err != nil {
		return err
	}
	if err := check.Required("utm_placement", string(p.UTMPlacement)); err != nil {
		return err
	}
	return nil
}

// TrackParams holds the parameters of Orders.Track. Required ones are checked before sending.
type TrackParams struct {
	// Order: Order number like #1342 OR order ID like 1342. Required. Sent as order.
	Order string `url:"order"`
	// Email: Customer email. Required. Sent as email.
	Email string `url:"email"`
}

func (p *TrackParams) validate() error {
	if err := check.Required("order", string(p.Order)); err != nil {
		return err
	}
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	return nil
}

// SendHistoryParams holds the parameters of Orders.SendHistory. Required ones are checked before sending.
type SendHistoryParams struct {
	// Email: Customer email. Required. Sent as email.
	Email string `url:"email"`
}

func (p *SendHistoryParams) validate() error {
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	return nil
}

// VerifyPaymentFiles holds the parameters of Orders.UploadVerifyPaymentFiles. Required ones are checked before sending.
type VerifyPaymentFiles struct {
	// VerifyPaymentFile: Documents for verifying order. Required. Sent as verify_payment_file[].
	VerifyPaymentFile []File `url:"-" form:"verify_payment_file[]"`
}

func (p *VerifyPaymentFiles) validate() error {
	if len(p.VerifyPaymentFile) == 0 {
		return transport.Invalid("verify_payment_file[]", "is required")
	}
	return nil
}

// OrderCancel holds the parameters of Orders.Cancel. Required ones are checked before sending.
type OrderCancel struct {
	// Note: Cancellation note. Required. Sent as note.
	Note string `url:"note"`
	// Reason: Cancellation reason, see reason list in 'GET /options' by key
	// 'order_cancellation_reasons'. Required. Sent as reason.
	Reason string `url:"reason"`
}

func (p *OrderCancel) validate() error {
	if err := check.Required("note", string(p.Note)); err != nil {
		return err
	}
	if err := check.Required("reason", string(p.Reason)); err != nil {
		return err
	}
	return nil
}

// OrderByUUIDOptions holds the parameters of Orders.GetByUUID. Required ones are checked before sending.
type OrderByUUIDOptions struct {
	// UUID: Customer Uuid, used for autologin. Required. Sent as uuid.
	UUID CustomerUUID `url:"uuid"`
}

func (p *OrderByUUIDOptions) validate() error {
	if err := check.Required("uuid", string(p.UUID)); err != nil {
		return err
	}
	return nil
}

// ProductListOptions holds the parameters of Products.List. Required ones are checked before sending.
type ProductListOptions struct {
	// Limit: Limit of how many items must be returned, default is 16. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
}

func (p *ProductListOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// ProductFilterOptions holds the parameters of Products.Filter. Required ones are checked before sending.
type ProductFilterOptions struct {
	// Limit: Limit of how many items have to be returned. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Request page number. Optional. Sent as page.
	Page int `url:"page,omitempty"`
	// Types: Product Type IDs, see response of GET /products/types. Optional. Sent as types[].
	Types []string `url:"types[],omitempty"`
	// OrderBy: Values: date, title, price, best_selling, search_match, review_rating. Optional.
	// Sent as order_by.
	OrderBy string `url:"order_by,omitempty"`
	// OrderType: Values: desc, asc. Optional. Sent as order_type.
	OrderType string `url:"order_type,omitempty"`
	// FilterBy: filter_by[option_key_name][]=option_value Example: filter_by[Buckle
	// Plating][]=Rose Gold. Optional. Sent as filter_by[<option name>][].
	FilterBy OptionFilters `url:"filter_by,omitempty"`
	// Search: Search by product title, etc. Use if need order by search_match for moving to the
	// top best matched items. Optional. Sent as search.
	Search string `url:"search,omitempty"`
}

func (p *ProductFilterOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// ProductSubscribeParams holds the parameters of Products.Subscribe. Required ones are checked before sending.
type ProductSubscribeParams struct {
	// Email: Subscription Email. Required. Sent as email.
	Email string `url:"email"`
	// ProductIDs: Ids of Product Variants. Required. Sent as product_ids[].
	ProductIDs []int64 `url:"product_ids[],omitempty"`
}

func (p *ProductSubscribeParams) validate() error {
	if err := check.Email("email", string(p.Email)); err != nil {
		return err
	}
	if len(p.ProductIDs) == 0 {
		return transport.Invalid("product_ids[]", "is required")
	}
	if err := check.IDs("product_ids[]", p.ProductIDs); err != nil {
		return err
	}
	return nil
}

// ProductByIDsOptions holds the parameters of Products.ByIDs. Required ones are checked before sending.
type ProductByIDsOptions struct {
	// ProductIDs: Product IDs array, Example: product_ids[]=1&product_ids[]=2. Optional. Sent as
	// product_ids[].
	ProductIDs []int64 `url:"product_ids[],omitempty"`
}

func (p *ProductByIDsOptions) validate() error {
	return nil
}

// ProductByColorsOptions holds the parameters of Products.ByColors. Required ones are checked before sending.
type ProductByColorsOptions struct {
	// Colors: Detect product by colors list, expected colors without # and 6 chars, like ffffff.
	// Required. Sent as colors[].
	Colors []string `url:"colors[],omitempty"`
}

func (p *ProductByColorsOptions) validate() error {
	if len(p.Colors) == 0 {
		return transport.Invalid("colors[]", "is required")
	}
	return nil
}

// ProductSearchOptions holds the parameters of Products.Search. Required ones are checked before sending.
type ProductSearchOptions struct {
	// Q: Query string. Required. Sent as q.
	Q string `url:"q"`
	// Limit: Limit of how many items must be returned, default is 16. Optional. Sent as limit.
	Limit int `url:"limit,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
}

func (p *ProductSearchOptions) validate() error {
	if err := check.Required("q", string(p.Q)); err != nil {
		return err
	}
	if p.Limit < 0 {
		return transport.Invalid("limit", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// ProductReviewCreate holds the parameters of ProductReviews.Create. Required ones are checked before sending.
type ProductReviewCreate struct {
	// Name: User Name if User not Logged. Optional. Sent as name.
	Name *string `url:"name,omitempty"`
	// Email: User Email if User not Logged. Optional. Sent as email.
	Email *string `url:"email,omitempty"`
	// Title: Review Title. Optional. Sent as title.
	Title *string `url:"title,omitempty"`
	// Description: Review Description. Optional. Sent as description.
	Description *string `url:"description,omitempty"`
	// Rating: Review Rating like 1 or 1.5 etc. Optional. Sent as rating.
	Rating *float64 `url:"rating,omitempty"`
	// Files: Review Files, up to 3 files png, jpg, jpeg. Optional. Sent as files[].
	Files []File `url:"-" form:"files[]"`
}

func (p *ProductReviewCreate) validate() error {
	if p.Email != nil {
		if err := check.Email("email", *p.Email); err != nil {
			return err
		}
	}
	return nil
}

// ProductQuestionCreate holds the parameters of ProductQuestions.Create. Required ones are checked before sending.
type ProductQuestionCreate struct {
	// Name: User Name if User not Logged. Optional. Sent as name.
	Name *string `url:"name,omitempty"`
	// Email: User Email if User not Logged. Optional. Sent as email.
	Email *string `url:"email,omitempty"`
	// Content: Question content. Optional. Sent as content.
	Content *string `url:"content,omitempty"`
}

func (p *ProductQuestionCreate) validate() error {
	if p.Email != nil {
		if err := check.Email("email", *p.Email); err != nil {
			return err
		}
	}
	return nil
}

// CartItemParams holds the parameters of Cart.AddItem, Cart.ChangeItem. Required ones are checked before sending.
type CartItemParams struct {
	// ProductID: Id of product. Required. Sent as product_id.
	ProductID int64 `url:"product_id"`
	// Quantity: Items quantity, how many have to be added to a cart. Required. Sent as quantity.
	Quantity int `url:"quantity"`
	// CartUUID: cart Uuid. Required. Sent as cart_uuid.
	CartUUID CartUUID `url:"cart_uuid"`
}

func (p *CartItemParams) validate() error {
	if err := check.ID("product_id", p.ProductID); err != nil {
		return err
	}
	if p.Quantity < 1 {
		return transport.Invalid("quantity", "must be at least 1, got %d", p.Quantity)
	}
	if err := check.Required("cart_uuid", string(p.CartUUID)); err != nil {
		return err
	}
	return nil
}

// CartGetOptions holds the parameters of Cart.Get. Required ones are checked before sending.
type CartGetOptions struct {
	// CartUUID: Cart Uuid. Optional. Sent as cart_uuid.
	CartUUID CartUUID `url:"cart_uuid,omitempty"`
}

func (p *CartGetOptions) validate() error {
	return nil
}

// CartRemoveParams holds the parameters of Cart.RemoveItem. Required ones are checked before sending.
type CartRemoveParams struct {
	// CartUUID: cart Uuid. Required. Sent as cart_uuid.
	CartUUID CartUUID `url:"cart_uuid"`
	// ProductID: product. Required. Sent as product_id.
	ProductID int64 `url:"product_id"`
}

func (p *CartRemoveParams) validate() error {
	if err := check.Required("cart_uuid", string(p.CartUUID)); err != nil {
		return err
	}
	if err := check.ID("product_id", p.ProductID); err != nil {
		return err
	}
	return nil
}

// CartMergeParams holds the parameters of Cart.Merge. Required ones are checked before sending.
type CartMergeParams struct {
	// CartUUID: Cart Uuid. Optional. Sent as cart_uuid.
	CartUUID CartUUID `url:"cart_uuid,omitempty"`
	// Merge: Do merge: 1, Don't do merge: 0. Optional. Sent as merge.
	Merge *string `url:"merge,omitempty"`
}

func (p *CartMergeParams) validate() error {
	return nil
}

// CartDiscountParams holds the parameters of Cart.ApplyDiscount. Required ones are checked before sending.
type CartDiscountParams struct {
	// CartUUID: Cart Uuid. Optional. Sent as cart_uuid.
	CartUUID CartUUID `url:"cart_uuid,omitempty"`
	// Code: Discount code. Optional. Sent as code.
	Code *string `url:"code,omitempty"`
}

func (p *CartDiscountParams) validate() error {
	return nil
}

// DiscountByPriceOptions holds the parameters of Discounts.ByPrice. Required ones are checked before sending.
type DiscountByPriceOptions struct {
	// Price: Integer of price in cents. Required. Sent as price.
	Price int64 `url:"price"`
}

func (p *DiscountByPriceOptions) validate() error {
	if p.Price <= 0 {
		return transport.Invalid("price", "is required")
	}
	return nil
}

// CollectionListOptions holds the parameters of Collections.List. Required ones are checked before sending.
type CollectionListOptions struct {
	// Limit: Limit of how many items must be returned, default is 16. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
}

func (p *CollectionListOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// CollectionProductsOptions holds the parameters of Collections.Products. Required ones are checked before sending.
type CollectionProductsOptions struct {
	// Limit: Limit of how many items must be returned, default is 16. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
	// OrderBy: Order Products by: date, title, price, best_selling, published_at. Optional. Sent
	// as order_by.
	OrderBy string `url:"order_by,omitempty"`
	// OrderType: Order type: asc, desc. Optional. Sent as order_type.
	OrderType string `url:"order_type,omitempty"`
	// FilterOptions: See possible filters list by GET /category/{handle}. Using Example:
	// hair-type[]=heat-friendly-synthetic-hair&hair-type[]=hf-synthetic-hair etc. Optional. Sent
	// as {option_key}[].
	FilterOptions Filters `url:"filter_options,omitempty"`
}

func (p *CollectionProductsOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// CategoryListOptions holds the parameters of Categories.List. Required ones are checked before sending.
type CategoryListOptions struct {
	// Limit: Limit of how many items must be returned, default is 16. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
}

func (p *CategoryListOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// CategoryProductsOptions holds the parameters of Categories.Products. Required ones are checked before sending.
type CategoryProductsOptions struct {
	// Limit: Limit of how many items must be returned, default is 16. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
	// OrderBy: Order Products by: date, title, price, best_selling, published_at. Optional. Sent
	// as order_by.
	OrderBy string `url:"order_by,omitempty"`
	// OrderType: Order type: asc, desc. Optional. Sent as order_type.
	OrderType string `url:"order_type,omitempty"`
	// FilterOptions: See possible filters list by GET /category/{handle}. Using Example:
	// hair-type[]=heat-friendly-synthetic-hair&hair-type[]=hf-synthetic-hair etc. Optional. Sent
	// as {option_key}[].
	FilterOptions Filters `url:"filter_options,omitempty"`
}

func (p *CategoryProductsOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// BlogCategoryListOptions holds the parameters of BlogCategories.List. Required ones are checked before sending.
type BlogCategoryListOptions struct {
	// Limit: Limit of how many items must be returned, default is 16. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
}

func (p *BlogCategoryListOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// BlogLatestOptions holds the parameters of BlogPosts.Latest. Required ones are checked before sending.
type BlogLatestOptions struct {
	// Limit: Limit how many items have to be returned. By default is 3. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
}

func (p *BlogLatestOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	return nil
}

// BlogPostListOptions holds the parameters of BlogPosts.ByCategory, BlogPosts.List, BlogPosts.TopStories. Required ones are checked before sending.
type BlogPostListOptions struct {
	// Limit: Limit of how many items must be returned, default is 6. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
}

func (p *BlogPostListOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// BlogPostFilterOptions holds the parameters of BlogPosts.Filter. Required ones are checked before sending.
type BlogPostFilterOptions struct {
	// IDs: Blog Post Ids. Optional. Sent as ids[].
	IDs []int64 `url:"ids[],omitempty"`
	// Tags: Search blog posts by tags. Optional. Sent as tags[].
	Tags []string `url:"tags[],omitempty"`
	// ExceptIDs: List ids which have to be ignored. Optional. Sent as except_ids[].
	ExceptIDs []int64 `url:"except_ids[],omitempty"`
	// Limit: Limit of how many items must be returned, default is 6. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
	// OrderType: Order type: 'asc', 'desc'. Optional. Sent as order_type.
	OrderType string `url:"order_type,omitempty"`
	// OrderBy: Order by: 'published_at', 'created_at', 'updated_at', 'title', 'excerpt',
	// 'ids_positions'. Optional. Sent as order_by.
	OrderBy string `url:"order_by,omitempty"`
}

func (p *BlogPostFilterOptions) validate() error {
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// CategoryTopStoriesOptions holds the parameters of BlogPosts.CategoryTopStories. Required ones are checked before sending.
type CategoryTopStoriesOptions struct {
	// CategoryID: Blog Post Category for which is looking for same top stories. Required. Sent as
	// category_id.
	CategoryID int64 `url:"category_id"`
	// Limit: Limit of how many items must be returned, default is 6. Optional. Sent as offset.
	Limit int `url:"offset,omitempty"`
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
}

func (p *CategoryTopStoriesOptions) validate() error {
	if err := check.ID("category_id", p.CategoryID); err != nil {
		return err
	}
	if p.Limit < 0 {
		return transport.Invalid("offset", "must not be negative, got %d", p.Limit)
	}
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	return nil
}

// ReportRange holds the parameters of Reports.EmailStats, Reports.Orders. Required ones are checked before sending.
type ReportRange struct {
	// DateFrom: TimeStamp Date Start. Required. Sent as date_from.
	DateFrom int64 `url:"date_from"`
	// DateTo: TimeStamp Date End. Required. Sent as date_to.
	DateTo int64 `url:"date_to"`
}

func (p *ReportRange) validate() error {
	if p.DateFrom <= 0 {
		return transport.Invalid("date_from", "is required")
	}
	if p.DateTo <= 0 {
		return transport.Invalid("date_to", "is required")
	}
	return nil
}

// RefundReportOptions holds the parameters of Reports.Refunds. Required ones are checked before sending.
type RefundReportOptions struct {
	// DateFrom: timestamp date start from. Required. Sent as date_from.
	DateFrom int64 `url:"date_from"`
	// DateTo: timestamp date ent to. Required. Sent as date_to.
	DateTo int64 `url:"date_to"`
	// Limit: count of records. Required. Sent as limit.
	Limit int `url:"limit,omitempty"`
}

func (p *RefundReportOptions) validate() error {
	if p.DateFrom <= 0 {
		return transport.Invalid("date_from", "is required")
	}
	if p.DateTo <= 0 {
		return transport.Invalid("date_to", "is required")
	}
	if p.Limit < 1 {
		return transport.Invalid("limit", "must be at least 1, got %d", p.Limit)
	}
	return nil
}

// EmailCampaignReportOptions holds the parameters of Reports.EmailCampaigns. Required ones are checked before sending.
type EmailCampaignReportOptions struct {
	// Page: Pagination page number, default is 1. Optional. Sent as page.
	Page int `url:"page,omitempty"`
	// Type: 1 - Total Report, 2 - Day report. Optional. Sent as type.
	Type int `url:"type,omitempty"`
	// DateFrom: TimeStamp Date Start. Required. Sent as date_from.
	DateFrom int64 `url:"date_from"`
	// DateTo: TimeStamp Date End. Required. Sent as date_to.
	DateTo int64 `url:"date_to"`
	// Campaigns: Campaigns IDs. Optional. Sent as campaigns[].
	Campaigns []string `url:"campaigns[],omitempty"`
	// Segments: Segments IDs. Optional. Sent as segments[].
	Segments []string `url:"segments[],omitempty"`
	// Templates: Templates IDs. Optional. Sent as templates[].
	Templates []string `url:"templates[],omitempty"`
	// UTMCampaigns: UTM Campaigns IDs. Optional. Sent as utm_campaigns[].
	UTMCampaigns []string `url:"utm_campaigns[],omitempty"`
	// UTMSources: UTM Sources IDs. Optional. Sent as utm_sources[].
	UTMSources []string `url:"utm_sources[],omitempty"`
	// UTMAdgroups: UTM Adgroups IDs. Optional. Sent as utm_adgroups[].
	UTMAdgroups []string `url:"utm_adgroups[],omitempty"`
	// UTMKeywords: UTM Keywords IDs. Optional. Sent as utm_keywords[].
	UTMKeywords []string `url:"utm_keywords[],omitempty"`
	// UTMAds: UTM ADS IDs. Optional. Sent as utm_ads[].
	UTMAds []string `url:"utm_ads[],omitempty"`
	// UTMAdids: UTM ADIDs IDs. Optional. Sent as utm_adids[].
	UTMAdids []string `url:"utm_adids[],omitempty"`
}

func (p *EmailCampaignReportOptions) validate() error {
	if p.Page < 0 {
		return transport.Invalid("page", "must not be negative, got %d", p.Page)
	}
	if p.Type < 0 {
		return transport.Invalid("type", "must not be negative, got %d", p.Type)
	}
	if p.DateFrom <= 0 {
		return transport.Invalid("date_from", "is required")
	}
	if p.DateTo <= 0 {
		return transport.Invalid("date_to", "is required")
	}
	return nil
}

// OrderItemReportOptions holds the parameters of Reports.OrderItems. Required ones are checked before sending.
type OrderItemReportOptions struct {
	// DateFrom: TimeStamp Date Start. Required. Sent as date_from.
	DateFrom int64 `url:"date_from"`
	// DateTo: TimeStamp Date End. Required. Sent as date_to.
	DateTo int64 `url:"date_to"`
	// Page: Page. Required. Sent as page.
	Page int `url:"page,omitempty"`
	// Limit: Page limit. Required. Sent as limit.
	Limit int `url:"limit,omitempty"`
	// Download: Download Action, 0 - not download, 1 - download. Optional. Sent as download.
	Download int `url:"download,omitempty"`
}

func (p *OrderItemReportOptions) validate() error {
	if p.DateFrom <= 0 {
		return transport.Invalid("date_from", "is required")
	}
	if p.DateTo <= 0 {
		return transport.Invalid("date_to", "is required")
	}
	if p.Page < 1 {
		return transport.Invalid("page", "must be at least 1, got %d", p.Page)
	}
	if p.Limit < 1 {
		return transport.Invalid("limit", "must be at least 1, got %d", p.Limit)
	}
	if p.Download < 0 {
		return transport.Invalid("download", "must not be negative, got %d", p.Download)
	}
	return nil
}

// CRMEntityCreate holds the parameters of CRM.CreateEntity. Required ones are checked before sending.
type CRMEntityCreate struct {
	// EntityType: Entity Type,'Leads'. Required. Sent as entity_type.
	EntityType string `url:"entity_type"`
	// CRM: CRM Name, 'vtiger'. Required. Sent as crm.
	CRM string `url:"crm"`
	// Data is sent as data[...]. Required.
	Data *CRMLeadData `url:"data,omitempty"`
}

func (p *CRMEntityCreate) validate() error {
	if err := check.Required("entity_type", string(p.EntityType)); err != nil {
		return err
	}
	if err := check.Required("crm", string(p.CRM)); err != nil {
		return err
	}
	if p.Data == nil {
		return transport.Invalid("data", "is required")
	}
	if err := check.Required("data[user_name]", p.Data.UserName); err != nil {
		return err
	}
	if err := check.Email("data[user_email]", p.Data.UserEmail); err != nil {
		return err
	}
	if err := check.Required("data[user_phone]", p.Data.UserPhone); err != nil {
		return err
	}
	if err := check.Required("data[country_of_residence]", p.Data.CountryOfResidence); err != nil {
		return err
	}
	if err := check.Required("data[country_of_birth]", p.Data.CountryOfBirth); err != nil {
		return err
	}
	if err := check.Required("data[source_campaign]", p.Data.SourceCampaign); err != nil {
		return err
	}
	if err := check.Required("data[year_of_birth]", p.Data.YearOfBirth); err != nil {
		return err
	}
	return nil
}

// CRMLeadAction holds the parameters of CRM.LeadAction. Required ones are checked before sending.
type CRMLeadAction struct {
	// Action: Entity Type,'Leads'. Required. Sent as action.
	Action string `url:"action"`
	// CRM: CRM Name, 'vtiger'. Required. Sent as crm.
	CRM string `url:"crm"`
	// Data is sent as data[...]. Required.
	Data *CRMLeadData `url:"data,omitempty"`
}

func (p *CRMLeadAction) validate() error {
	if err := check.Required("action", string(p.Action)); err != nil {
		return err
	}
	if err := check.Required("crm", string(p.CRM)); err != nil {
		return err
	}
	if p.Data == nil {
		return transport.Invalid("data", "is required")
	}
	if err := check.Required("data[user_name]", p.Data.UserName); err != nil {
		return err
	}
	if err := check.Email("data[user_email]", p.Data.UserEmail); err != nil {
		return err
	}
	return nil
}

// CareerQuestions is a nested form group, sent as name[member]=value.
type CareerQuestions struct {
	// Experience: Experience
	Experience string `url:"experience,omitempty"`
	// SalesExperience: Sales Experience
	SalesExperience string `url:"sales_experience,omitempty"`
	// TertiaryEducation: Tertiary Education
	TertiaryEducation string `url:"tertiary_education,omitempty"`
	// JobCareer: Job Career
	JobCareer string `url:"job_career,omitempty"`
}

// Address is a nested form group, sent as name[member]=value.
type Address struct {
	// FirstName: Shipping Address First Name
	FirstName string `url:"first_name,omitempty"`
	// LastName: Shipping Address Last Name
	LastName string `url:"last_name,omitempty"`
	// Phone: Shipping Address Phone
	Phone string `url:"phone,omitempty"`
	// AddressOne: Shipping Address Address One
	AddressOne string `url:"address_one,omitempty"`
	// City: Shipping Address City
	City string `url:"city,omitempty"`
	// Zip: Shipping Address Zip
	Zip string `url:"zip,omitempty"`
	// Country: Shipping Address Country
	Country string `url:"country,omitempty"`
	// Province: Shipping Address Province
	Province string `url:"province,omitempty"`
	// State: Shipping Address State
	State string `url:"state,omitempty"`
	// Region: Shipping Address Region
	Region string `url:"region,omitempty"`
	// ApartmentSuite: Shipping Address Apartment Suite
	ApartmentSuite string `url:"apartment_suite,omitempty"`
}

// CRMLeadData is a nested form group, sent as name[member]=value.
type CRMLeadData struct {
	// UserName: User Full Name
	UserName string `url:"user_name,omitempty"`
	// UserEmail: User Email
	UserEmail string `url:"user_email,omitempty"`
	// UserPhone: Phone Number
	UserPhone string `url:"user_phone,omitempty"`
	// CountryOfResidence: Country of residence
	CountryOfResidence string `url:"country_of_residence,omitempty"`
	// CountryOfBirth: Country of birth
	CountryOfBirth string `url:"country_of_birth,omitempty"`
	// SourceCampaign: CRM Campaign ID or Name
	SourceCampaign string `url:"source_campaign,omitempty"`
	// YearOfBirth: Year of birth
	YearOfBirth string `url:"year_of_birth,omitempty"`
}
