package registry

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
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
	// DefaultMaxAge is how long a cached record's status and dates are
	// taken as current: an older copy is fetched again when online.
	DefaultMaxAge = 7 * 24 * time.Hour
	// DefaultBackoff is the first wait before asking again after an
	// answer that states none; each retry doubles it.
	DefaultBackoff = time.Second
	// maxRetries is how often a retry-able answer is asked again.
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
	// MaxAge replaces DefaultMaxAge; a negative one never refreshes a
	// cached copy unless asked.
	MaxAge time.Duration
	// Backoff replaces DefaultBackoff.
	Backoff time.Duration
}

// Client fetches studies and search pages, one instance per app or command.
// It is safe for concurrent use.
type Client struct {
	baseURL   string
	userAgent string
	offline   bool
	maxAge    time.Duration
	backoff   time.Duration
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
	base = strings.TrimRight(base, "/")
	parsed, err := url.Parse(base)
	if err != nil || parsed.Host == "" || (parsed.Scheme != "https" && parsed.Scheme != "http") {
		return nil, fmt.Errorf("the ClinicalTrials.gov address %q is not usable: it must read https://host/path; check %s", base, BaseURLEnv)
	}
	return &Client{
		baseURL:   base,
		userAgent: "TrialCompare/" + version + " (clinical trial comparison for tumor boards)",
		offline:   opts.Offline,
		maxAge:    orDefault(opts.MaxAge, DefaultMaxAge),
		backoff:   orDefault(opts.Backoff, DefaultBackoff),
		http:      &http.Client{Transport: transport, Timeout: timeout, CheckRedirect: redirectPolicy(parsed)},
		cache:     &Cache{dir: dir},
		limiter:   newLimiter(rate),
		slots:     make(chan struct{}, MaxParallel),
		now:       now,
	}, nil
}

// orDefault returns d, or def when d is 0.
func orDefault(d, def time.Duration) time.Duration {
	if d == 0 {
		return def
	}
	return d
}

// BaseURL returns the API address the client uses.
func (c *Client) BaseURL() string { return c.baseURL }

// Offline reports whether the client may only use its cache.
func (c *Client) Offline() bool { return c.offline }

// MaxAge returns how long a cached record is taken as current.
func (c *Client) MaxAge() time.Duration { return c.maxAge }

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
