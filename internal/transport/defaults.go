package transport

import (
	"net"
	"net/http"
	"time"
)

// sharedTransport is used by every client that is not given an *http.Client,
// so clients of one process share a connection pool.
var sharedTransport = &http.Transport{
	Proxy:                 http.ProxyFromEnvironment,
	DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
	ForceAttemptHTTP2:     true,
	MaxIdleConns:          100,
	MaxIdleConnsPerHost:   16,
	IdleConnTimeout:       90 * time.Second,
	TLSHandshakeTimeout:   10 * time.Second,
	ResponseHeaderTimeout: 45 * time.Second,
	ExpectContinueTimeout: time.Second,
}

func defaultHTTPClient() *http.Client { return &http.Client{Transport: sharedTransport} }
