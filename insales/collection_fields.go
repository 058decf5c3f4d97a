package insales

import (
	"context"
	"net/http"
	"strconv"
)

// CollectionFieldType is the kind of an additional collection field.
type CollectionFieldType string

// The kinds of additional collection fields the API documentation shows;
// an unknown kind decodes as itself.
const (
	CollectionFieldTextField CollectionFieldType = "CollectionField::TextField"
	CollectionFieldTextArea  CollectionFieldType = "CollectionField::TextArea"
)

// CollectionField is an additional collection field: a named slot every
// collection may fill (its values are CollectionFieldValues), addressed by
// id or handle.
type CollectionField struct {
	ID int64 `json:"id"`
	// ApplicationID is the application that created the field, nil for a
	// field created in the back office.
	ApplicationID *int64              `json:"application_id"`
	Handle        string              `json:"handle"` // The name in Liquid templates.
	Type          CollectionFieldType `json:"type"`
	Title         string              `json:"title"`
	IsHidden      *bool               `json:"is_hidden"` // nil when never set.
	Position      int64               `json:"position"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a collection field, keeping undeclared fields in Extra.
func (f *CollectionField) UnmarshalJSON(b []byte) error {
	type plain CollectionField
	return decodeExtra(b, (*plain)(f), &f.Extra)
}

// CollectionFieldCreate is the body of CollectionFields.Create.
type CollectionFieldCreate struct {
	Title string `json:"title"` // Required.
	// Handle is required, and not all digits (the routes read that as an id).
	Handle   string              `json:"handle"`
	Type     CollectionFieldType `json:"type"` // Required: one of the constants.
	Position *int64              `json:"position,omitempty"`
	IsHidden *bool               `json:"is_hidden,omitempty"`
}

func (f *CollectionFieldCreate) validate() error {
	if err := checkText("title", f.Title); err != nil {
		return err
	}
	if err := checkHandle("handle", f.Handle); err != nil {
		return err
	}
	switch f.Type {
	case CollectionFieldTextField, CollectionFieldTextArea:
		return checkPosition(f.Position)
	}
	return invalidf("type", "must be one of %s, %s", CollectionFieldTextField, CollectionFieldTextArea)
}

// CollectionFieldUpdate is the body of CollectionFields.Update and
// UpdateByHandle; nil fields are left as they are, and an update that sets
// nothing is refused. Handle renames the handle.
type CollectionFieldUpdate struct {
	Title    *string `json:"title,omitempty"`
	Handle   *string `json:"handle,omitempty"`
	Position *int64  `json:"position,omitempty"`
	IsHidden *bool   `json:"is_hidden,omitempty"`
}

func (f *CollectionFieldUpdate) validate() error {
	if *f == (CollectionFieldUpdate{}) {
		return errNothingToUpdate
	}
	if err := checkOptText("title", f.Title); err != nil {
		return err
	}
	if f.Handle != nil {
		if err := checkHandle("handle", *f.Handle); err != nil {
			return err
		}
	}
	return checkPosition(f.Position)
}

// CollectionFieldsAPI is the interface CollectionFieldsService satisfies, for mocks.
type CollectionFieldsAPI interface {
	List(ctx context.Context) ([]CollectionField, error)
	Get(ctx context.Context, id int64) (*CollectionField, error)
	GetByHandle(ctx context.Context, handle string) (*CollectionField, error)
	Create(ctx context.Context, f *CollectionFieldCreate) (*CollectionField, error)
	Update(ctx context.Context, id int64, f *CollectionFieldUpdate) error
	UpdateByHandle(ctx context.Context, handle string, f *CollectionFieldUpdate) error
	Delete(ctx context.Context, id int64) error
	DeleteByHandle(ctx context.Context, handle string) error
}

var _ CollectionFieldsAPI = (*CollectionFieldsService)(nil)

// CollectionFieldsService manages additional collection fields:
// /admin/collection_fields. Every call by id has a twin by handle on the
// same route; a handle of digits only is refused, as the API would read it
// as an id.
type CollectionFieldsService service

// List fetches every collection field: GET /admin/collection_fields.json.
func (s *CollectionFieldsService) List(ctx context.Context) ([]CollectionField, error) {
	return listAll[CollectionField](ctx, (*service)(s), "/collection_fields.json", nil)
}

// Get fetches a collection field: GET /admin/collection_fields/{id}.json.
func (s *CollectionFieldsService) Get(ctx context.Context, id int64) (*CollectionField, error) {
	p, err := path("/collection_fields/{collection_field_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[CollectionField](ctx, (*service)(s), p)
}

// GetByHandle fetches a collection field by handle: GET
// /admin/collection_fields/{handle}.json.
func (s *CollectionFieldsService) GetByHandle(ctx context.Context, handle string) (*CollectionField, error) {
	p, err := handlePath("/collection_fields/{collection_field_handle}.json", handle)
	if err != nil {
		return nil, err
	}
	return getOne[CollectionField](ctx, (*service)(s), p)
}

// Create creates a collection field: POST /admin/collection_fields.json.
func (s *CollectionFieldsService) Create(ctx context.Context, f *CollectionFieldCreate) (*CollectionField, error) {
	return send[CollectionField](ctx, (*service)(s), http.MethodPost, "/collection_fields.json", "collection_field", f)
}

// Update changes a collection field: PUT /admin/collection_fields/{id}.json.
// The API answers {"status": "ok"}, not the field, so only an error is returned.
func (s *CollectionFieldsService) Update(ctx context.Context, id int64, f *CollectionFieldUpdate) error {
	p, err := path("/collection_fields/{collection_field_id}.json", id)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPut, p, "collection_field", f)
}

// UpdateByHandle changes the collection field with handle: PUT
// /admin/collection_fields/{handle}.json; f.Handle renames the handle. The
// API answers {"status": "ok"}, so only an error is returned.
func (s *CollectionFieldsService) UpdateByHandle(ctx context.Context, handle string, f *CollectionFieldUpdate) error {
	p, err := handlePath("/collection_fields/{collection_field_handle}.json", handle)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPut, p, "collection_field", f)
}

// Delete deletes a collection field: DELETE /admin/collection_fields/{id}.json.
func (s *CollectionFieldsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/collection_fields/{collection_field_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// DeleteByHandle deletes the collection field with handle: DELETE
// /admin/collection_fields/{handle}.json.
func (s *CollectionFieldsService) DeleteByHandle(ctx context.Context, handle string) error {
	p, err := handlePath("/collection_fields/{collection_field_handle}.json", handle)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// CollectionFieldValue is a collection's value of an additional field.
type CollectionFieldValue struct {
	ID                int64 `json:"id"`
	CollectionFieldID int64 `json:"collection_field_id"`
	// Value is the value as text (a number sent by the API is read as text).
	Value String `json:"value"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a field value, keeping undeclared fields in Extra.
func (v *CollectionFieldValue) UnmarshalJSON(b []byte) error {
	type plain CollectionFieldValue
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// CollectionFieldValueUpdate is the body of CollectionFieldValues.Update
// and UpdateByHandle.
type CollectionFieldValueUpdate struct {
	// Value is the new value; "" clears it.
	Value *string `json:"value,omitempty"`
}

func (v *CollectionFieldValueUpdate) validate() error {
	if v.Value == nil {
		return errNothingToUpdate
	}
	return nil
}

// CollectionFieldValuesAPI is the interface CollectionFieldValuesService satisfies, for mocks.
type CollectionFieldValuesAPI interface {
	List(ctx context.Context, collectionID int64) ([]CollectionFieldValue, error)
	Get(ctx context.Context, collectionID, fieldID int64) (*CollectionFieldValue, error)
	GetByHandle(ctx context.Context, collectionID int64, fieldHandle string) (*CollectionFieldValue, error)
	Update(ctx context.Context, collectionID, fieldID int64, v *CollectionFieldValueUpdate) error
	UpdateByHandle(ctx context.Context, collectionID int64, fieldHandle string, v *CollectionFieldValueUpdate) error
}

var _ CollectionFieldValuesAPI = (*CollectionFieldValuesService)(nil)

// CollectionFieldValuesService reads and writes collections' field values:
// /admin/collections/{collection_id}/collection_field_values. The value is
// addressed by its field: the field's id (as the API documentation's table
// names it, field_id) or its handle.
type CollectionFieldValuesService service

// List fetches a collection's field values: GET
// /admin/collections/{collection_id}/collection_field_values.json.
func (s *CollectionFieldValuesService) List(ctx context.Context, collectionID int64) ([]CollectionFieldValue, error) {
	p, err := path("/collections/{collection_id}/collection_field_values.json", collectionID)
	if err != nil {
		return nil, err
	}
	return listAll[CollectionFieldValue](ctx, (*service)(s), p, nil)
}

// Get fetches a collection's value of the field fieldID: GET
// /admin/collections/{collection_id}/collection_field_values/{field_id}.json.
func (s *CollectionFieldValuesService) Get(ctx context.Context, collectionID, fieldID int64) (*CollectionFieldValue, error) {
	p, err := path("/collections/{collection_id}/collection_field_values/{field_id}.json", collectionID, fieldID)
	if err != nil {
		return nil, err
	}
	return getOne[CollectionFieldValue](ctx, (*service)(s), p)
}

// GetByHandle fetches a collection's value of the field with fieldHandle:
// GET /admin/collections/{collection_id}/collection_field_values/{field_handle}.json.
func (s *CollectionFieldValuesService) GetByHandle(ctx context.Context, collectionID int64, fieldHandle string) (*CollectionFieldValue, error) {
	p, err := handlePath("/collections/{collection_id}/collection_field_values/{field_handle}.json", fieldHandle, collectionID)
	if err != nil {
		return nil, err
	}
	return getOne[CollectionFieldValue](ctx, (*service)(s), p)
}

// Update writes a collection's value of the field fieldID: PUT
// /admin/collections/{collection_id}/collection_field_values/{field_id}.json.
// The API answers {"status": "ok"}, so only an error is returned.
func (s *CollectionFieldValuesService) Update(ctx context.Context, collectionID, fieldID int64, v *CollectionFieldValueUpdate) error {
	p, err := path("/collections/{collection_id}/collection_field_values/{field_id}.json", collectionID, fieldID)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPut, p, "collection_field_value", v)
}

// UpdateByHandle writes a collection's value of the field with fieldHandle:
// PUT /admin/collections/{collection_id}/collection_field_values/{field_handle}.json.
// The API answers {"status": "ok"}, so only an error is returned.
func (s *CollectionFieldValuesService) UpdateByHandle(ctx context.Context, collectionID int64, fieldHandle string, v *CollectionFieldValueUpdate) error {
	p, err := handlePath("/collections/{collection_id}/collection_field_values/{field_handle}.json", fieldHandle, collectionID)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPut, p, "collection_field_value", v)
}

// CollectionFilter is an SEO filter page: a collection narrowed to products
// with given property values (Characteristics) and option values, with its
// own permalink and meta tags.
type CollectionFilter struct {
	ID              int64  `json:"id"`
	CollectionID    int64  `json:"collection_id"`
	Title           string `json:"title"`
	Description     string `json:"description"`
	Permalink       string `json:"permalink"`
	HTMLTitle       string `json:"html_title"`
	MetaKeywords    string `json:"meta_keywords"`
	MetaDescription string `json:"meta_description"`
	// Characteristics are the property values filtered on; the API sends
	// them under the misspelt key "characteristis", which is what is read.
	Characteristics []FilterCharacteristic `json:"characteristis"`
	// OptionValues are the option values filtered on.
	OptionValues []FilterOptionValue `json:"option_values"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a filter, keeping undeclared fields in Extra.
func (f *CollectionFilter) UnmarshalJSON(b []byte) error {
	type plain CollectionFilter
	return decodeExtra(b, (*plain)(f), &f.Extra)
}

// FilterCharacteristic is a property value a collection filter selects.
type FilterCharacteristic struct {
	ID         int64  `json:"id"`
	PropertyID int64  `json:"property_id"`
	Position   int64  `json:"position"`
	Title      string `json:"title"`
	Permalink  string `json:"permalink"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a characteristic, keeping undeclared fields in Extra.
func (c *FilterCharacteristic) UnmarshalJSON(b []byte) error {
	type plain FilterCharacteristic
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// FilterOptionValue is an option value a collection filter selects.
type FilterOptionValue struct {
	ID           int64  `json:"id"`
	OptionNameID int64  `json:"option_name_id"`
	Position     int64  `json:"position"`
	Title        string `json:"title"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an option value, keeping undeclared fields in Extra.
func (o *FilterOptionValue) UnmarshalJSON(b []byte) error {
	type plain FilterOptionValue
	return decodeExtra(b, (*plain)(o), &o.Extra)
}

// FilterValue names a property or option by title and one of its values;
// the API creates either when missing.
type FilterValue struct {
	Title string `json:"title"` // The property's or option's name.
	Value string `json:"value"`
}

// CollectionFilterCreate is the body of CollectionFilters.Create.
type CollectionFilterCreate struct {
	Title           string `json:"title"`         // Required.
	CollectionID    int64  `json:"collection_id"` // Required.
	Description     string `json:"description,omitempty"`
	Permalink       string `json:"permalink,omitempty"`
	HTMLTitle       string `json:"html_title,omitempty"`
	MetaKeywords    string `json:"meta_keywords,omitempty"`
	MetaDescription string `json:"meta_description,omitempty"`
	// Properties come back as Characteristics.
	Properties []FilterValue `json:"properties_attributes,omitempty"`
	// Options come back as OptionValues.
	Options []FilterValue `json:"options_attributes,omitempty"`
	// FieldValues set additional fields by handle (not echoed in the answer).
	FieldValues []FieldValueAttributes `json:"field_values_attributes,omitempty"`
}

func (f *CollectionFilterCreate) validate() error {
	if err := checkText("title", f.Title); err != nil {
		return err
	}
	if err := checkID("collection_id", f.CollectionID); err != nil {
		return err
	}
	return checkFilterValues(f.Properties, f.Options, f.FieldValues)
}

func checkFilterValues(props, opts []FilterValue, fields []FieldValueAttributes) error {
	for name, list := range map[string][]FilterValue{"properties_attributes": props, "options_attributes": opts} {
		for i, v := range list {
			if err := checkText(name+"["+strconv.Itoa(i)+"].title", v.Title); err != nil {
				return err
			}
			if err := checkText(name+"["+strconv.Itoa(i)+"].value", v.Value); err != nil {
				return err
			}
		}
	}
	return checkFieldValues("field_values_attributes", fields)
}

// CollectionFilterUpdate is the body of CollectionFilters.Update; unset
// fields are left as they are, and an update that sets nothing is refused.
type CollectionFilterUpdate struct {
	Title           *string                `json:"title,omitempty"`
	CollectionID    *int64                 `json:"collection_id,omitempty"`
	Description     *string                `json:"description,omitempty"`
	Permalink       *string                `json:"permalink,omitempty"`
	HTMLTitle       *string                `json:"html_title,omitempty"`
	MetaKeywords    *string                `json:"meta_keywords,omitempty"`
	MetaDescription *string                `json:"meta_description,omitempty"`
	Properties      []FilterValue          `json:"properties_attributes,omitempty"`
	Options         []FilterValue          `json:"options_attributes,omitempty"`
	FieldValues     []FieldValueAttributes `json:"field_values_attributes,omitempty"`
}

func (f *CollectionFilterUpdate) validate() error {
	if f.Title == nil && f.CollectionID == nil && f.Description == nil && f.Permalink == nil && f.HTMLTitle == nil &&
		f.MetaKeywords == nil && f.MetaDescription == nil && f.Properties == nil && f.Options == nil && f.FieldValues == nil {
		return errNothingToUpdate
	}
	if err := checkOptText("title", f.Title); err != nil {
		return err
	}
	if f.CollectionID != nil {
		if err := checkID("collection_id", *f.CollectionID); err != nil {
			return err
		}
	}
	return checkFilterValues(f.Properties, f.Options, f.FieldValues)
}

// CollectionFilterListOptions filters CollectionFilters.List.
type CollectionFilterListOptions struct {
	// CollectionID lists only the filters of a collection.
	CollectionID int64 `url:"collection_id,omitempty"`
}

func (o *CollectionFilterListOptions) validate() error {
	if o.CollectionID < 0 {
		return invalidf("collection_id", "must be a positive id")
	}
	return nil
}

// CollectionFiltersAPI is the interface CollectionFiltersService satisfies, for mocks.
type CollectionFiltersAPI interface {
	List(ctx context.Context, opts *CollectionFilterListOptions) ([]CollectionFilter, error)
	Get(ctx context.Context, id int64) (*CollectionFilter, error)
	Create(ctx context.Context, f *CollectionFilterCreate) (*CollectionFilter, error)
	Update(ctx context.Context, id int64, f *CollectionFilterUpdate) (*CollectionFilter, error)
	Delete(ctx context.Context, id int64) error
}

var _ CollectionFiltersAPI = (*CollectionFiltersService)(nil)

// CollectionFiltersService manages SEO filter pages of collections:
// /admin/collection_filters. Bodies travel under the key "filter".
type CollectionFiltersService service

// List fetches the filters, of one collection when opts.CollectionID is
// set: GET /admin/collection_filters.json?collection_id=.
func (s *CollectionFiltersService) List(ctx context.Context, opts *CollectionFilterListOptions) ([]CollectionFilter, error) {
	if err := checkOpts(opts); err != nil {
		return nil, err
	}
	q, err := queryOf(opts)
	if err != nil {
		return nil, err
	}
	return listAll[CollectionFilter](ctx, (*service)(s), "/collection_filters.json", q)
}

// Get fetches a filter: GET /admin/collection_filters/{id}.json.
func (s *CollectionFiltersService) Get(ctx context.Context, id int64) (*CollectionFilter, error) {
	p, err := path("/collection_filters/{filter_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[CollectionFilter](ctx, (*service)(s), p)
}

// Create creates a filter: POST /admin/collection_filters.json.
func (s *CollectionFiltersService) Create(ctx context.Context, f *CollectionFilterCreate) (*CollectionFilter, error) {
	return send[CollectionFilter](ctx, (*service)(s), http.MethodPost, "/collection_filters.json", "filter", f)
}

// Update changes a filter: PUT /admin/collection_filters/{id}.json.
func (s *CollectionFiltersService) Update(ctx context.Context, id int64, f *CollectionFilterUpdate) (*CollectionFilter, error) {
	p, err := path("/collection_filters/{filter_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[CollectionFilter](ctx, (*service)(s), http.MethodPut, p, "filter", f)
}

// Delete deletes a filter: DELETE /admin/collection_filters/{id}.json. The
// API documentation shows a blank answer; any 2xx is success.
func (s *CollectionFiltersService) Delete(ctx context.Context, id int64) error {
	p, err := path("/collection_filters/{filter_id}.json", id)
	if err != nil {
		return err
	}
	return deleteBlank(ctx, (*service)(s), p)
}
