package registry

import (
	"context"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

// DefaultBaseURL is the API's address.
const DefaultBaseURL = "https://clinicaltrials.gov/api/v2"

// BaseURLEnv names the environment variable that overrides DefaultBaseURL,
// for tests and hospital mirrors.
const BaseURLEnv = "TRIALCOMPARE_CTGOV_URL"

// The client's limits.
const (
	// ConnectTimeout bounds opening a connection.
	ConnectTimeout = 10 * time.Second
	// RequestTimeout bounds a whole request, body included.
	RequestTimeout = 30 * time.Second
	// MaxParallel is the most requests under way at once.
	MaxParallel = 4
	// maxRetries is how often a 429 or 503 answer is retried.
	maxRetries = 3
	// maxRetryWait is the longest wait before a retry.
	maxRetryWait = time.Minute
)

// Options configure a Client. The zero value of each field takes the
// default.
type Options struct {
	// BaseURL is the API's address; empty takes TRIALCOMPARE_CTGOV_URL,
	// then DefaultBaseURL.
	BaseURL string
	// CacheDir holds fetched records; empty takes DefaultCacheDir.
	CacheDir string
	// Offline forbids every request: only cached copies are used.
	Offline bool
	// Version is TrialCompare's version, named in the User-Agent.
	Version string
	// Transport replaces the default transport (proxies from the
	// environment, ConnectTimeout to connect).
	Transport http.RoundTripper
	// RequestTimeout replaces RequestTimeout.
	RequestTimeout time.Duration
	// Rate replaces the default rate limit, DefaultRate.
	Rate *Rate
	// Now replaces time.Now.
	Now func() time.Time
}

// Client fetches studies and search pages, one instance per app or command.
// It is safe for concurrent use.
type Client struct {
	baseURL   string
	userAgent string
	offline   bool
	http      *http.Client
	cache     *Cache
	limiter   *limiter
	slots     chan struct{}
	now       func() time.Time
}

// New makes a client. It opens no connection.
func New(opts Options) (*Client, error) {
	base := opts.BaseURL
	if base == "" {
		base = os.Getenv(BaseURLEnv)
	}
	if base == "" {
		base = DefaultBaseURL
	}
	dir := opts.CacheDir
	if dir == "" {
		var err error
		if dir, err = DefaultCacheDir(); err != nil {
			return nil, err
		}
	}
	transport := opts.Transport
	if transport == nil {
		transport = defaultTransport()
	}
	timeout := opts.RequestTimeout
	if timeout == 0 {
		timeout = RequestTimeout
	}
	rate := DefaultRate
	if opts.Rate != nil {
		rate = *opts.Rate
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	version := opts.Version
	if version == "" {
		version = "dev"
	}
	return &Client{
		baseURL:   strings.TrimRight(base, "/"),
		userAgent: "TrialCompare/" + version + " (clinical trial comparison for tumor boards)",
		offline:   opts.Offline,
		http:      &http.Client{Transport: transport, Timeout: timeout},
		cache:     &Cache{dir: dir},
		limiter:   newLimiter(rate),
		slots:     make(chan struct{}, MaxParallel),
		now:       now,
	}, nil
}

// defaultTransport is Go's default transport, which takes proxies from the
// environment, with ConnectTimeout to connect.
func defaultTransport() http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = (&net.Dialer{Timeout: ConnectTimeout, KeepAlive: 30 * time.Second}).DialContext
	t.TLSHandshakeTimeout = ConnectTimeout
	return t
}

// BaseURL returns the API address the client uses.
func (c *Client) BaseURL() string { return c.baseURL }

// Offline reports whether the client may only use its cache.
func (c *Client) Offline() bool { return c.offline }

// Cache returns the client's cache.
func (c *Client) Cache() *Cache { return c.cache }

// acquire takes one of the MaxParallel request slots, or gives up with
// the context.
func (c *Client) acquire(ctx context.Context) error {
	select {
	case c.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *Client) release() { <-c.slots }
