package registry

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// The errors a caller tells apart.
var (
	// ErrNotFound: the registry has no such study.
	ErrNotFound = errors.New("not on ClinicalTrials.gov")
	// ErrOffline: working offline, and no cached copy.
	ErrOffline = errors.New("TrialCompare is set to work offline and has no copy of it; turn off offline mode to fetch it")
	// ErrNoNCTID: a trial without an NCT ID cannot be checked.
	ErrNoNCTID = errors.New("it states no NCT ID, so it cannot be checked against ClinicalTrials.gov; it is left as it is")
	// ErrBadAnswer: the registry answered with something that is not a
	// study or search page.
	ErrBadAnswer = errors.New("ClinicalTrials.gov's answer could not be used")
	// ErrRefused: the registry refused the request (a 4xx answer); asking
	// again the same way does not help.
	ErrRefused = errors.New("ClinicalTrials.gov refused the request")
)

// plainError is a message in plain words that keeps the error it words,
// so that errors.Is and errors.As still see it, without repeating Go's
// own wording of it.
type plainError struct {
	text  string
	cause error
}

func (e *plainError) Error() string { return e.text }
func (e *plainError) Unwrap() error { return e.cause }

// plain words an error.
func plain(cause error, format string, args ...any) error {
	return &plainError{text: fmt.Sprintf(format, args...), cause: cause}
}

// statusError is an HTTP answer other than 200.
type statusError struct {
	code   int
	status string
	// reason is what the answer's body says, for a 4xx; "" when it says
	// nothing readable.
	reason string
}

func (e *statusError) Error() string {
	switch {
	case e.code == http.StatusTooManyRequests:
		return fmt.Sprintf("ClinicalTrials.gov is busy (it answered %s); try again in a few minutes", e.status)
	case e.code >= 400 && e.code < 500 && e.reason != "":
		return fmt.Sprintf("ClinicalTrials.gov refused the request (%s): %s", e.status, e.reason)
	case e.code >= 400 && e.code < 500:
		return fmt.Sprintf("ClinicalTrials.gov refused the request (it answered %s)", e.status)
	}
	return fmt.Sprintf("ClinicalTrials.gov answered %s; try again later", e.status)
}

// Is makes a 4xx answer other than 429 ErrRefused.
func (e *statusError) Is(target error) bool {
	return target == ErrRefused && e.code >= 400 && e.code < 500 && e.code != http.StatusTooManyRequests
}

// waitTooLong is a retry-able answer that asked to wait longer than the
// client waits.
type waitTooLong struct {
	err  error
	wait time.Duration
}

func (e *waitTooLong) Error() string {
	if e.wait >= maxStatedWait {
		return fmt.Sprintf("%v (it asked to wait a day or more)", e.err)
	}
	return fmt.Sprintf("%v (it asked to wait %s)", e.err, e.wait.Round(time.Second))
}

func (e *waitTooLong) Unwrap() error { return e.err }

// redirectRefused is a redirect to another host or scheme than the
// configured address's, which the client does not follow.
type redirectRefused struct {
	to, base *url.URL
}

func (e *redirectRefused) Error() string {
	return fmt.Sprintf("ClinicalTrials.gov's answer sent TrialCompare on to %s, which it does not follow: it talks only to %s://%s (%s sets another address)",
		shortURL(e.to), e.base.Scheme, e.base.Host, BaseURLEnv)
}

// shortURL writes an address without its query, cut to 100 characters.
func shortURL(u *url.URL) string {
	s := (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String()
	if r := []rune(s); len(r) > 100 {
		s = string(r[:100]) + "…"
	}
	return s
}

// reasonOf reads the reason a 4xx answer gives, in its text/plain (or a
// JSON "message") body: one line of at most 300 characters, control
// characters dropped; "" for a web page or an empty body.
func reasonOf(contentType string, body []byte) string {
	text := strings.TrimSpace(string(body))
	if strings.Contains(contentType, "html") || strings.HasPrefix(text, "<") {
		return ""
	}
	if m := jsonMessage(body); m != "" {
		text = m
	}
	text = strings.Join(strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
	if r := []rune(text); len(r) > 300 {
		text = string(r[:300]) + "…"
	}
	return text
}
