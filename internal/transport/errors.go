package transport

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
)

// Invalid returns a *FieldError for field; problem may use fmt verbs.
func Invalid(field, problem string, args ...any) error {
	if len(args) > 0 {
		problem = fmt.Sprintf(problem, args...)
	}
	return &FieldError{Field: field, Problem: problem}
}

// parseErrorBody fills Message, Code and Fields from the error shapes the
// platforms use: {"message"}, {"error","description"}, {"success":false,
// "message"}, {"errors":{field:[msgs]}}, {"errors":[...]}, Yii-style
// [{"field","message"}] and {"name","message","code"}. Anything else is kept
// raw in Body only.
func parseErrorBody(e *APIError) {
	body := e.Body
	if len(body) == 0 {
		return
	}
	var arr []json.RawMessage
	if json.Unmarshal(body, &arr) == nil {
		addFieldList(e, arr)
		if e.Message == "" && len(e.Fields) > 0 {
			e.Message = "validation failed"
		}
		return
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(body, &m) != nil {
		return
	}
	msg := jsonString(m["message"])
	errText := ""
	if raw, ok := m["error"]; ok {
		errText = jsonString(raw)
		if errText == "" {
			// {"error": {"message": ..., "code": ...}}
			var inner map[string]json.RawMessage
			if json.Unmarshal(raw, &inner) == nil {
				errText = jsonString(inner["message"])
				if e.Code == "" {
					e.Code = jsonString(inner["code"])
				}
			}
		}
	}
	desc := jsonString(m["description"])
	if desc == "" {
		desc = jsonString(m["error_description"])
	}
	switch {
	case msg != "":
		e.Message = msg
	case errText != "" && desc != "":
		e.Message = errText + ": " + desc
	case errText != "":
		e.Message = errText
	case desc != "":
		e.Message = desc
	}
	if c := jsonString(m["code"]); c != "" && e.Code == "" {
		e.Code = c
	}
	if n := jsonString(m["name"]); n != "" && e.Code == "" {
		e.Code = n
	}
	if raw, ok := m["errors"]; ok {
		var fields map[string]json.RawMessage
		if json.Unmarshal(raw, &fields) == nil {
			for k, v := range fields {
				addField(e, k, v)
			}
		} else if json.Unmarshal(raw, &arr) == nil {
			addFieldList(e, arr)
		}
	}
	if e.Message == "" && len(e.Fields) > 0 {
		e.Message = "validation failed"
	}
}

// addField records one field's messages, whatever form they take.
func addField(e *APIError, field string, raw json.RawMessage) {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) == nil {
		for _, item := range list {
			if s := jsonString(item); s != "" {
				appendField(e, field, s)
			} else if item != nil {
				appendField(e, field, string(item))
			}
		}
		return
	}
	if s := jsonString(raw); s != "" {
		appendField(e, field, s)
		return
	}
	// Nested objects (e.g. address.errors) are kept as raw JSON text.
	appendField(e, field, string(raw))
}

// addFieldList reads [{"field","message"}] or ["message", ...].
func addFieldList(e *APIError, arr []json.RawMessage) {
	for _, item := range arr {
		if s := jsonString(item); s != "" {
			appendField(e, "", s)
			continue
		}
		var fm map[string]json.RawMessage
		if json.Unmarshal(item, &fm) != nil {
			continue
		}
		field := jsonString(fm["field"])
		if msg := jsonString(fm["message"]); msg != "" {
			appendField(e, field, msg)
		}
	}
}

func appendField(e *APIError, field, msg string) {
	if e.Fields == nil {
		e.Fields = map[string][]string{}
	}
	e.Fields[field] = append(e.Fields[field], msg)
}

// jsonString returns raw as a string when it is a JSON string or number.
func jsonString(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	if raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9') {
		return string(raw)
	}
	return ""
}

// sensitiveParams are query parameter names whose values never leave the
// process in an error or log line (compared case-insensitively).
var sensitiveParams = map[string]bool{
	"x-api-key": true, "api_key": true, "apikey": true, "api-key": true, "key": true,
	"token": true, "access-token": true, "access_token": true, "auth_key": true,
	"password": true, "secret": true, "signature": true, "client_secret": true,
	"password_reset_token": true, "checkout_token": true,
}

// RedactURLString is RedactURL for a URL given as text; text that does not
// parse is replaced whole, since it may hold anything.
func RedactURLString(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return RedactURL(u)
}

// RedactURL returns u without user info and with the values of sensitive
// query parameters replaced by "REDACTED".
func RedactURL(u *url.URL) string {
	if u == nil {
		return ""
	}
	c := *u
	c.User = nil
	if c.RawQuery != "" {
		q := c.Query()
		changed := false
		for k := range q {
			if sensitiveParams[strings.ToLower(k)] {
				q[k] = []string{"REDACTED"}
				changed = true
			}
		}
		if changed {
			c.RawQuery = q.Encode()
		}
	}
	return c.String()
}
