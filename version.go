package ecomkit

// Version is the SDK's version; it is sent in the User-Agent of every request.
const Version = "0.2.0"

// UserAgent is the SDK's product token, sent in every request's User-Agent
// after the caller's own (see WithUserAgent).
const UserAgent = "ecomkit-go/" + Version
