package registry

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// maxRedirects is the most redirects one request follows.
const maxRedirects = 3

// defaultTransport is Go's default transport, which takes proxies from the
// environment (HTTPS_PROXY, NO_PROXY) and trusts the system's certificates
// (SSL_CERT_FILE adds a file of them on Linux), with ConnectTimeout to
// connect.
func defaultTransport() http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = (&net.Dialer{Timeout: ConnectTimeout, KeepAlive: 30 * time.Second}).DialContext
	t.TLSHandshakeTimeout = ConnectTimeout
	return t
}

// redirectPolicy follows a redirect only to the configured address's
// scheme and host, under its path: a study's alias answers 301 to the
// current ID there. Any other is refused, and so is a downgrade from
// https to http.
func redirectPolicy(base *url.URL) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		to := req.URL
		if !strings.EqualFold(to.Scheme, base.Scheme) || !strings.EqualFold(hostPort(to), hostPort(base)) ||
			!strings.HasPrefix(to.Path, strings.TrimRight(base.Path, "/")+"/") {
			return &redirectRefused{to: to, base: base}
		}
		if len(via) > maxRedirects {
			return plain(nil, "ClinicalTrials.gov sent TrialCompare on more than %d times; try again later", maxRedirects)
		}
		return nil
	}
}

// hostPort is an address's host with its port, the scheme's default when
// none is written.
func hostPort(u *url.URL) string {
	if u.Port() != "" {
		return u.Host
	}
	if strings.EqualFold(u.Scheme, "https") {
		return u.Hostname() + ":443"
	}
	return u.Hostname() + ":80"
}

// transportError words a request that got no answer, in plain words that
// keep the error they word.
func transportError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var (
		refused    *redirectRefused
		plainErr   *plainError
		unknown    x509.UnknownAuthorityError
		hostname   x509.HostnameError
		invalid    x509.CertificateInvalidError
		verify     *tls.CertificateVerificationError
		timeout    interface{ Timeout() bool }
		lookup     *net.DNSError
		proxyError *net.OpError
	)
	switch {
	case errors.As(err, &refused):
		return refused
	case errors.As(err, &plainErr):
		return plainErr
	case errors.As(err, &unknown):
		return plain(err, "the connection to ClinicalTrials.gov was stopped because its certificate is not trusted on this computer"+
			" (it was issued by %q). A hospital network that inspects secure connections puts its own certificate there:"+
			" ask your IT department for that certificate and name its file in SSL_CERT_FILE (see the README)", issuerOf(unknown.Cert))
	case errors.As(err, &hostname):
		return plain(err, "the connection to ClinicalTrials.gov was stopped because the certificate it showed is for another name;"+
			" a proxy or a hospital's network may stand in between (see HTTPS_PROXY and SSL_CERT_FILE in the README)")
	case errors.As(err, &invalid):
		return plain(err, "the connection to ClinicalTrials.gov was stopped because the certificate it showed is not valid"+
			" (expired, or not yet valid: check this computer's date and time)")
	case errors.As(err, &verify):
		return plain(err, "the connection to ClinicalTrials.gov was stopped because its certificate could not be checked;"+
			" a hospital's network may need its own certificate named in SSL_CERT_FILE (see the README)")
	case errors.As(err, &timeout) && timeout.Timeout():
		return plain(err, "ClinicalTrials.gov did not answer in time; try again later")
	case errors.As(err, &lookup):
		return plain(err, "ClinicalTrials.gov could not be reached: the name %s could not be looked up."+
			" The computer may be offline, or the network may need a proxy (HTTPS_PROXY, see the README)", lookup.Name)
	case errors.As(err, &proxyError) && proxyError.Op == "proxyconnect":
		return plain(err, "ClinicalTrials.gov could not be reached: the proxy named in HTTPS_PROXY did not let the connection through; check that setting")
	case errors.Is(err, syscall.ECONNREFUSED):
		return plain(err, "ClinicalTrials.gov could not be reached: the connection was refused; check the network connection")
	case connectionCut(err):
		return plain(err, "ClinicalTrials.gov could not be reached: the connection was cut off; try again later")
	}
	return plain(err, "ClinicalTrials.gov could not be reached; check the network connection")
}

// issuerOf names who issued a certificate.
func issuerOf(cert *x509.Certificate) string {
	if cert == nil {
		return "an unknown issuer"
	}
	if name := cert.Issuer.CommonName; name != "" {
		return name
	}
	if len(cert.Issuer.Organization) > 0 {
		return cert.Issuer.Organization[0]
	}
	return "an unknown issuer"
}
