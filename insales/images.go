package insales

// Image is a product image. While InSales processes an upload,
// ImageProcessing is true and the URLs point at "/images/loading.gif".
type Image struct {
	ID        int64  `json:"id"`
	ProductID int64  `json:"product_id"`
	Position  int64  `json:"position"`
	Title     string `json:"title"`
	Filename  string `json:"filename"`
	// ImageProcessing is true while the upload is being processed.
	ImageProcessing bool   `json:"image_processing"`
	OriginalURL     string `json:"original_url"`
	URL             string `json:"url"`
	LargeURL        string `json:"large_url"`
	MediumURL       string `json:"medium_url"`
	CompactURL      string `json:"compact_url"`
	SmallURL        string `json:"small_url"`
	ThumbURL        string `json:"thumb_url"`
	CreatedAt       Time   `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an image, keeping undeclared fields in Extra.
func (i *Image) UnmarshalJSON(b []byte) error {
	type plain Image
	return decodeExtra(b, (*plain)(i), &i.Extra)
}
