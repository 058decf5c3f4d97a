package sitebuilder

import (
	"context"
	"fmt"
	"iter"
	"time"
)

// FormSubmission is a message sent through one of the website's forms.
// The API gives submissions no id.
type FormSubmission struct {
	// Name is the form's name.
	Name string `json:"name"`
	// Received is when the form was submitted (Unix seconds on the wire).
	Received UnixTime `json:"received"`
	// Fields are the submitted fields.
	Fields List[NameValue] `json:"fields"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a submission, keeping undeclared fields in Extra.
func (f *FormSubmission) UnmarshalJSON(b []byte) error {
	type plain FormSubmission
	return decodeExtra(b, (*plain)(f), &f.Extra)
}

// FormSubmissionListOptions filters FormSubmissions.List.
type FormSubmissionListOptions struct {
	// CreatedFrom and CreatedTo bound the submission time (inclusive; sent
	// as Unix seconds in from and to; zero means not sent).
	CreatedFrom time.Time `url:"from,unix,omitempty"`
	CreatedTo   time.Time `url:"to,unix,omitempty"`
	ListOptions
}

func (o *FormSubmissionListOptions) validate() error {
	return timeRange("from", o.CreatedFrom, "to", o.CreatedTo)
}

// FormSubmissionsAPI is the form submissions service; FormSubmissionsService implements it.
type FormSubmissionsAPI interface {
	List(ctx context.Context, opts *FormSubmissionListOptions) (*Page[FormSubmission], error)
	All(ctx context.Context, opts *FormSubmissionListOptions) iter.Seq2[FormSubmission, error]
}

var _ FormSubmissionsAPI = (*FormSubmissionsService)(nil)

// FormSubmissionsService lists form submissions.
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
type FormSubmissionsService service

// String describes the service by its base URL, never its credentials.
func (s FormSubmissionsService) String() string {
	return (*service)(&s).String("FormSubmissionsService")
}

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s FormSubmissionsService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// List fetches one page of form submissions: GET /form-submissions.
func (s *FormSubmissionsService) List(ctx context.Context, opts *FormSubmissionListOptions) (*Page[FormSubmission], error) {
	o := orZero(opts)
	return listPage[FormSubmission](ctx, (*service)(s), "/form-submissions", o.ListOptions, &o)
}

// All iterates over every form submission from opts on, page by page
// (GET /form-submissions).
func (s *FormSubmissionsService) All(ctx context.Context, opts *FormSubmissionListOptions) iter.Seq2[FormSubmission, error] {
	o := orZero(opts)
	return iterate(ctx, (*service)(s), o.ListOptions, func(ctx context.Context, lo ListOptions) (*Page[FormSubmission], error) {
		o := o
		o.ListOptions = lo
		return s.List(ctx, &o)
	})
}

// identified: submissions have no id; one with nothing in it is not one.
func (f *FormSubmission) identified() bool {
	return f.Name != "" || !f.Received.IsZero() || len(f.Fields) > 0 || len(f.Extra) > 0
}
