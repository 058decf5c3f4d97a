package sitebuilder

import (
	"context"
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
	// From and To bound the submission time (inclusive).
	From time.Time `url:"from,unix,omitempty"`
	To   time.Time `url:"to,unix,omitempty"`
	ListOptions
}

func (o *FormSubmissionListOptions) validate() error { return timeRange("from", o.From, "to", o.To) }

// FormSubmissionsAPI is the form submissions service; FormSubmissionsService implements it.
type FormSubmissionsAPI interface {
	List(ctx context.Context, opts *FormSubmissionListOptions) (*Page[FormSubmission], error)
	All(ctx context.Context, opts *FormSubmissionListOptions) iter.Seq2[FormSubmission, error]
}

var _ FormSubmissionsAPI = (*FormSubmissionsService)(nil)

// FormSubmissionsService lists form submissions.
type FormSubmissionsService struct{ s service }

// List fetches one page of form submissions: GET /form-submissions.
func (s *FormSubmissionsService) List(ctx context.Context, opts *FormSubmissionListOptions) (*Page[FormSubmission], error) {
	o := orZero(opts)
	return listPage[FormSubmission](ctx, s.s, "/form-submissions", o.ListOptions, &o)
}

// All iterates over every form submission from opts on, page by page
// (GET /form-submissions).
func (s *FormSubmissionsService) All(ctx context.Context, opts *FormSubmissionListOptions) iter.Seq2[FormSubmission, error] {
	o := orZero(opts)
	return iterate(ctx, o.ListOptions, func(ctx context.Context, lo ListOptions) (*Page[FormSubmission], error) {
		o := o
		o.ListOptions = lo
		return s.List(ctx, &o)
	})
}
