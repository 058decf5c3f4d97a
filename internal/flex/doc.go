// Package flex holds the tolerant JSON types shared by every platform package.
//
// Real e-commerce APIs send the same field as a number in one response and a
// string in the next, null where the docs show a value, a PHP empty map as [],
// and lists as objects keyed "0", "1", ... These types decode every such form
// without losing what arrived, and encode back to the documented form.
// Platform packages re-export them with type aliases.
package flex
