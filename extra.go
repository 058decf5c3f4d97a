package ecomkit

import "encoding/json"

// Extra holds the JSON fields of an object that its Go model does not
// declare, so that nothing a server sends is lost. Keys are JSON names;
// values are the raw JSON as received.
type Extra map[string]json.RawMessage
