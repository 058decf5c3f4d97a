package storefronttest_test

import (
	"encoding/json"
	"strconv"
)

func jsonInt(raw json.RawMessage, out *int64) error {
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return err
	}
	v, err := strconv.ParseInt(n.String(), 10, 64)
	*out = v
	return err
}
