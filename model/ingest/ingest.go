package ingest

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

// Result is what was read from one document: its trials, or the reason it
// could not be read.
type Result struct {
	File   string
	Trials []model.Trial
	Err    error
}

// layout pairs a detector with its reader. Detectors run in order.
type layout struct {
	name model.Layout
	// title names the layout in messages.
	title  string
	detect func(text string) bool
	read   func(text string) ([]model.Trial, error)
}

var layouts = []layout{
	{model.LayoutCTGovJSON, "ClinicalTrials.gov API JSON", isCTGovJSON, readCTGovJSON},
	{model.LayoutCTGovXML, "ClinicalTrials.gov clinical_study XML", isCTGovXML, readCTGovXML},
	{model.LayoutRecordViewer, "a record viewer page with \"Raw JSON\"", isRecordViewer, readRecordViewer},
	{model.LayoutCTGovCSV, "a ClinicalTrials.gov CSV export", isCTGovCSV, readCTGovCSV},
	{model.LayoutClassicRecord, "a ClinicalTrials.gov record page", isClassicRecord, readClassicRecord},
	{model.LayoutAggregator, "an aggregator page", isAggregator, readAggregator},
	{model.LayoutTrialFinder, "a trial-finder listing", isTrialFinder, readTrialFinder},
	{model.LayoutGeneric, "plain text", func(string) bool { return true }, readPage},
}

// ReadFile reads one document from disk. Errors name the file. Anything
// but an ordinary file (a folder, a named pipe, a device) is refused before
// it is opened.
func ReadFile(path string) Result {
	data, err := ReadFileBytes(path, documentLimit)
	if err != nil {
		return Result{File: path, Err: err}
	}
	return Read(path, data)
}

// Limit says how large a file may be, given its first bytes (up to
// HeadSize), and the reason it is refused when it is larger.
type Limit func(head []byte) (limit int64, tooLarge error)

// HeadSize is how much of a file a Limit sees.
const HeadSize = 4096

// documentLimit is a document's limit: MaxFileSize.
func documentLimit([]byte) (int64, error) { return MaxFileSize, ErrTooLarge }

// ReadFileBytes reads an ordinary file's bytes as ReadFile does: anything
// else is refused before it is opened, and a file larger than limit allows
// for its first bytes is refused before it is read. Errors name the file.
func ReadFileBytes(path string, limit Limit) ([]byte, error) {
	f, info, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, min(info.Size(), HeadSize))
	n, err := f.ReadAt(head, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: reading it failed (%w); copy it to a local folder and try again", path, withoutPath(err))
	}
	most, tooLarge := limit(head[:n])
	if info.Size() > most {
		return nil, fmt.Errorf("%s: %w", path, tooLarge)
	}
	data, err := readAtMost(f, info.Size(), most)
	if err != nil {
		return nil, fmt.Errorf("%s: reading it failed (%w); copy it to a local folder and try again", path, withoutPath(err))
	}
	if int64(len(data)) > most {
		return nil, fmt.Errorf("%s: %w", path, tooLarge)
	}
	return data, nil
}

// readAtMost reads r whole into one buffer of the size expected, or up to
// limit+1 bytes if r turns out larger, so that reading never holds the
// growing copies io.ReadAll makes.
func readAtMost(r io.Reader, expected, limit int64) ([]byte, error) {
	buf := make([]byte, 0, min(max(expected, 512), limit)+1)
	for int64(len(buf)) <= limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):min(cap(buf), int(limit)+1)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
	return buf, nil
}

// Read reads one document given its name and bytes. It never panics: a
// reader failure becomes the Result's error, which names the document. The
// trials may share data's bytes: the caller must not change data afterwards
// (Trial.Detached gives trials of their own).
func Read(name string, data []byte) (res Result) {
	res.File = name
	defer func() {
		if r := recover(); r != nil {
			res = Result{File: name, Err: fmt.Errorf("%s: TrialCompare failed on this document (an internal error: %v); the other files are not affected; please report it with the file", name, r)}
		}
	}()
	trials, err := readBytes(name, data)
	if err != nil {
		return Result{File: name, Err: fmt.Errorf("%s: %w", name, err)}
	}
	res.Trials = trials
	return res
}

func readBytes(name string, data []byte) ([]model.Trial, error) {
	doc, err := decodeDocument(data)
	if err != nil {
		return nil, err
	}
	// Only the text is kept: a saved page's source is let go once its
	// text is made.
	text, warnings := doc.Text, doc.Warnings
	if isHTML(name, text) {
		if text, err = htmlToText(text); err != nil {
			return nil, fmt.Errorf("turning the web page into text: %w", err)
		}
	}
	for _, l := range layouts {
		if !l.detect(text) {
			continue
		}
		trials, err := l.read(text)
		if err != nil {
			return nil, fmt.Errorf("reading it as %s: %w", l.title, err)
		}
		if len(trials) == 0 {
			return nil, ErrNotTrialLike
		}
		// A document of one trial is searched whole for its identifiers;
		// in a document of several, each keeps only its own NCT ID.
		idText := ""
		if len(trials) == 1 {
			idText = identifiersText(l.name, text)
		}
		for i := range trials {
			trials[i].Source = model.Source{File: name, Layout: l.name}
			rules.ResolveRegistryIDs(&trials[i], idText)
			for _, w := range warnings {
				trials[i].Warn(model.FieldDocument, w)
			}
			rules.Resolve(&trials[i])
			if l.name == model.LayoutGeneric {
				trials[i].Warn(model.FieldDocument, notFoundWarning(trials[i]))
			}
		}
		trials, warning, err := dropEmptyStudies(trials)
		if err != nil {
			return nil, err
		}
		if warning != "" {
			for i := range trials {
				trials[i].Warn(model.FieldDocument, warning)
			}
		}
		return trials, nil
	}
	return nil, errors.New("no reader accepted the document")
}

// identifiersText returns the part of a document of one trial that holds
// its identifiers: for a study in API JSON (or its Python literal), its
// identification module, which keeps the search short in a long record;
// for any other layout, the whole text.
func identifiersText(layout model.Layout, text string) string {
	if layout != model.LayoutCTGovJSON && layout != model.LayoutRecordViewer {
		return text
	}
	start := strings.Index(text, "identificationModule")
	if start < 0 {
		return text
	}
	from := start + len("identificationModule")
	if end := strings.Index(text[from:], "Module"); end >= 0 {
		return text[start : from+end]
	}
	return text[start:]
}
