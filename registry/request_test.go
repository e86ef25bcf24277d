package registry

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// goWords are pieces of Go's own wording that no message shows.
var goWords = []string{"dial tcp", `Get "`, "json: cannot", "invalid character", "x509:", "tls:", "Client.Timeout", "EOF", "read tcp"}

func noGoWords(t *testing.T, err error) {
	t.Helper()
	for _, w := range goWords {
		if err != nil && strings.Contains(err.Error(), w) {
			t.Errorf("the message shows Go's own wording %q: %v", w, err)
		}
	}
}

// resetConnection closes the connection under a request without an
// answer, as a network that drops it does.
func resetConnection(t *testing.T, w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		t.Error(err)
		return
	}
	if tcp, ok := conn.(*net.TCPConn); ok {
		_ = tcp.SetLinger(0)
	}
	conn.Close()
}

func TestStudyRetriesServerErrorsAndResets(t *testing.T) {
	for name, fail := range map[string]func(*testing.T, http.ResponseWriter){
		"500":   func(_ *testing.T, w http.ResponseWriter) { http.Error(w, "boom", http.StatusInternalServerError) },
		"502":   func(_ *testing.T, w http.ResponseWriter) { http.Error(w, "bad gateway", http.StatusBadGateway) },
		"504":   func(_ *testing.T, w http.ResponseWriter) { http.Error(w, "timeout", http.StatusGatewayTimeout) },
		"reset": resetConnection,
	} {
		t.Run(name, func(t *testing.T) {
			srv := newServer(t)
			var calls atomic.Int32
			srv.Handle("/studies/"+seedID, func(w http.ResponseWriter, _ *http.Request) {
				if calls.Add(1) <= 2 {
					fail(t, w)
					return
				}
				_, _ = w.Write(srv.Record(seedID))
			})
			c := newClient(t, srv.URL, Options{})
			rec, err := c.Study(context.Background(), seedID, false)
			if err != nil || rec.Trial.NCTID != seedID || calls.Load() != 3 {
				t.Errorf("%d calls, %v", calls.Load(), err)
			}
		})
	}
}

func TestStudyGivesUpAfterRetries(t *testing.T) {
	srv := newServer(t)
	var calls atomic.Int32
	srv.Handle("/studies/"+seedID, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		resetConnection(t, w)
	})
	c := newClient(t, srv.URL, Options{})
	_, err := c.Study(context.Background(), seedID, false)
	if err == nil || !strings.Contains(err.Error(), "the connection was cut off") || calls.Load() != maxRetries+1 {
		t.Errorf("%d calls, %v", calls.Load(), err)
	}
	noGoWords(t, err)
}

func TestRefusalsSayWhyAndAreNotRetried(t *testing.T) {
	tests := []struct {
		status      int
		contentType string
		body, want  string
	}{
		{400, "text/plain", "Parameter `nctId` has incorrect format", "refused the request (400 Bad Request): Parameter `nctId` has incorrect format"},
		{403, "text/plain", "Forbidden\n\x1b[2J", "refused the request (403 Forbidden): Forbidden"},
		{400, "text/html", "<html><body>Bad</body></html>", "refused the request (it answered 400 Bad Request)"},
		{422, "application/json", `{"message":"bad field"}`, "(422 Unprocessable Entity): bad field"},
	}
	for _, tc := range tests {
		srv := newServer(t)
		var calls atomic.Int32
		srv.Handle("/studies/"+seedID, func(w http.ResponseWriter, _ *http.Request) {
			calls.Add(1)
			w.Header().Set("Content-Type", tc.contentType)
			w.WriteHeader(tc.status)
			_, _ = w.Write([]byte(tc.body))
		})
		c := newClient(t, srv.URL, Options{})
		_, err := c.Study(context.Background(), seedID, false)
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "try again") ||
			strings.Contains(err.Error(), "\x1b") || !errors.Is(err, ErrRefused) || calls.Load() != 1 {
			t.Errorf("%d %s: %d calls, %q", tc.status, tc.contentType, calls.Load(), err)
		}
	}
}

func TestStudyGivesUpOnLongRetryAfter(t *testing.T) {
	for value, want := range map[string]string{
		"3600":                 "it asked to wait 1h0m0s",
		"99999999999999999999": "it asked to wait a day or more",
		"18446744073":          "it asked to wait a day or more",
	} {
		srv := newServer(t)
		var calls atomic.Int32
		srv.Handle("/studies/"+seedID, func(w http.ResponseWriter, _ *http.Request) {
			calls.Add(1)
			w.Header().Set("Retry-After", value)
			http.Error(w, "down", http.StatusServiceUnavailable)
		})
		c := newClient(t, srv.URL, Options{})
		_, err := c.Study(context.Background(), seedID, false)
		if err == nil || !strings.Contains(err.Error(), "503") || !strings.Contains(err.Error(), want) || calls.Load() != 1 {
			t.Errorf("Retry-After %s: %d calls, %v", value, calls.Load(), err)
		}
	}
}

func TestRetryAfterOf(t *testing.T) {
	now := time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC)
	for value, want := range map[string]time.Duration{
		"":                              0,
		"7":                             7 * time.Second,
		" 7 ":                           7 * time.Second,
		"soon":                          0,
		"-5":                            0,
		"Sun, 22 Nov 2026 01:00:30 GMT": 30 * time.Second,
		"Sun, 22 Nov 2026 00:00:30 GMT": 0,
		"Sun, 22 Nov 9999 00:00:30 GMT": maxStatedWait,
		"86401":                         maxStatedWait,
		"9223372036854775807":           maxStatedWait,
		"99999999999999999999":          maxStatedWait,
	} {
		if got := retryAfterOf(value, now); got != want {
			t.Errorf("Retry-After %q: %v, want %v", value, got, want)
		}
	}
}

func TestUntrustedCertificateSaysSo(t *testing.T) {
	tlsSrv := httptest.NewTLSServer(http.NotFoundHandler())
	defer tlsSrv.Close()
	c, err := New(Options{BaseURL: tlsSrv.URL, CacheDir: t.TempDir(), Rate: &fastRate, Backoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Study(context.Background(), seedID, false)
	for _, want := range []string{"certificate is not trusted", "SSL_CERT_FILE", "hospital"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in %v", want, err)
		}
	}
	noGoWords(t, err)
}

func TestRedirectsOnlyToTheConfiguredAddress(t *testing.T) {
	srv := newServer(t)
	other := newServer(t)
	srv.Handle("/studies/"+seedID, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/studies/"+seedID, http.StatusFound)
	})
	c := newClient(t, srv.URL, Options{})
	_, err := c.Study(context.Background(), seedID, false)
	if err == nil || !strings.Contains(err.Error(), "does not follow") || !strings.Contains(err.Error(), other.URL) || other.Requests() != 0 {
		t.Errorf("redirect to another host: %v, %d requests there", err, other.Requests())
	}
	noGoWords(t, err)

	// https → http on the same host is a downgrade, refused too.
	var plainHits atomic.Int32
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.TLS == nil {
			plainHits.Add(1)
		}
		http.Redirect(w, r, "http://"+r.Host+r.URL.Path, http.StatusMovedPermanently)
	}))
	defer tlsSrv.Close()
	c = newClient(t, tlsSrv.URL, Options{Transport: tlsSrv.Client().Transport})
	if _, err := c.Study(context.Background(), seedID, false); err == nil || !strings.Contains(err.Error(), "does not follow") || plainHits.Load() != 0 {
		t.Errorf("https to http: %v", err)
	}
	// A redirect outside the API's path is refused as well.
	srv.Handle("/api/v2/studies/"+seedID, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/elsewhere/studies/"+seedID, http.StatusFound)
	})
	_, err = newClient(t, srv.URL+"/api/v2", Options{}).Study(context.Background(), seedID, false)
	if err == nil || !strings.Contains(err.Error(), "does not follow") {
		t.Errorf("a redirect outside the API's path: %v", err)
	}
}

func TestTransportErrorsInPlainWords(t *testing.T) {
	srv := newServer(t)
	url := srv.URL
	srv.Close()
	c := newClient(t, url, Options{})
	_, err := c.Study(context.Background(), seedID, false)
	if err == nil || !strings.Contains(err.Error(), "could not be reached") {
		t.Errorf("server down: %v", err)
	}
	noGoWords(t, err)
	if _, err := New(Options{BaseURL: "ftp://example.org", CacheDir: t.TempDir()}); err == nil || !strings.Contains(err.Error(), BaseURLEnv) {
		t.Errorf("an ftp address: %v", err)
	}
}

// A proxy that refuses the connection is named as the cause.
func TestProxyRefusalSaysSo(t *testing.T) {
	srv := newServer(t)
	closed := newServer(t)
	proxyURL := closed.URL
	closed.Close()
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.Proxy = func(*http.Request) (*url.URL, error) { return url.Parse(proxyURL) }
	c := newClient(t, srv.URL, Options{Transport: transport})
	_, err := c.Study(context.Background(), seedID, false)
	if err == nil || !strings.Contains(err.Error(), "HTTPS_PROXY") || srv.Requests() != 0 {
		t.Errorf("%v", err)
	}
	noGoWords(t, err)
}
