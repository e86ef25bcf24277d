package registry

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/trialcompare/trialcompare/model/ingest"
)

// get fetches one API address and returns its JSON body. It keeps to the
// rate limit and MaxParallel, and retries 429 and 503 answers, waiting as
// Retry-After says or backing off.
func (c *Client) get(ctx context.Context, path string, query url.Values) ([]byte, error) {
	if c.offline {
		return nil, ErrOffline
	}
	address := c.baseURL + path
	if len(query) > 0 {
		address += "?" + query.Encode()
	}
	for attempt := 0; ; attempt++ {
		body, wait, err := c.try(ctx, address)
		if wait < 0 || attempt >= maxRetries {
			return body, err
		}
		if wait == 0 {
			wait = time.Second << attempt
		}
		if wait > maxRetryWait {
			return nil, fmt.Errorf("%w (it asked to wait %s)", err, wait.Round(time.Second))
		}
		if serr := sleep(ctx, wait); serr != nil {
			return nil, serr
		}
	}
}

// try makes one request. A retry-able answer returns the wait it asks for
// (0 for none stated); anything else returns a negative wait.
func (c *Client) try(ctx context.Context, address string) (body []byte, retryAfter time.Duration, err error) {
	if err := c.acquire(ctx); err != nil {
		return nil, -1, err
	}
	defer c.release()
	if err := c.limiter.wait(ctx); err != nil {
		return nil, -1, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return nil, -1, fmt.Errorf("the ClinicalTrials.gov address %q is not usable: %w", c.baseURL, err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, -1, transportError(ctx, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		return nil, retryAfterOf(resp.Header.Get("Retry-After"), c.now()), &statusError{resp.StatusCode, resp.Status}
	case resp.StatusCode == http.StatusNotFound:
		return nil, -1, ErrNotFound
	case resp.StatusCode != http.StatusOK:
		return nil, -1, &statusError{resp.StatusCode, resp.Status}
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, ingest.MaxFileSize+1))
	if err != nil {
		if ctx.Err() != nil {
			return nil, -1, transportError(ctx, err)
		}
		return nil, -1, fmt.Errorf("%w: the answer was cut short after %d bytes (%v); try again", ErrBadAnswer, len(body), err)
	}
	if len(body) > ingest.MaxFileSize {
		return nil, -1, fmt.Errorf("%w: the answer is larger than %d MiB", ErrBadAnswer, ingest.MaxFileSize>>20)
	}
	return body, -1, checkJSON(resp.Header.Get("Content-Type"), body)
}

// checkJSON refuses a web page or a body that is not whole JSON.
func checkJSON(contentType string, body []byte) error {
	media, _, _ := mime.ParseMediaType(contentType)
	trimmed := bytes.TrimSpace(body)
	if media == "text/html" || bytes.HasPrefix(trimmed, []byte("<")) {
		return fmt.Errorf("%w: it sent a web page instead of data; the address in %s may be wrong, or the service may be down", ErrBadAnswer, BaseURLEnv)
	}
	if len(trimmed) == 0 {
		return fmt.Errorf("%w: the answer was empty; try again", ErrBadAnswer)
	}
	if !json.Valid(trimmed) {
		return fmt.Errorf("%w: the answer was cut short or is not JSON (%d bytes); try again", ErrBadAnswer, len(body))
	}
	return nil
}

// transportError words a failed request.
func transportError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var timeout interface{ Timeout() bool }
	if errors.As(err, &timeout) && timeout.Timeout() {
		return fmt.Errorf("ClinicalTrials.gov did not answer in time; try again later (%w)", err)
	}
	return fmt.Errorf("ClinicalTrials.gov could not be reached; check the network connection (%w)", err)
}

// retryAfterOf reads a Retry-After header, in seconds or as a date.
func retryAfterOf(value string, now time.Time) time.Duration {
	if value == "" {
		return 0
	}
	if s, err := strconv.Atoi(value); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(value); err == nil {
		return max(t.Sub(now), 0)
	}
	return 0
}
