package rules

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// maxRegistryIDs is the most identifiers a trial keeps: a document that
// names more is not about one trial's registrations.
const maxRegistryIDs = 50

// sharedAnchor is the literal that most registries' prefixes hold.
const sharedAnchor = "CT"

// RegistryNCT and RegistryProtocol name the kinds of identifier that are
// not another registry's number.
const (
	RegistryNCT      = "ClinicalTrials.gov"
	RegistryProtocol = "sponsor protocol"
	registryEudraCT  = "EudraCT"
	registryEUCT     = "EU CT"
)

// registryHit is an identifier and the line it was read from.
type registryHit struct {
	model.RegistryID
	at int
}

// registryVocabulary holds registry_ids.tsv and registry_labels.tsv in
// lookup form.
type registryVocabulary struct {
	// forms are the registries whose numbers are read from any text, and
	// regexps their compiled forms.
	forms   []vocab.RegistryForm
	regexps []*regexp.Regexp
	// idLabels are the words on a line that label an identifier: an NCT
	// number other than the trial's own is kept only on such a line (or
	// after one), so that a trial a criterion mentions is not taken for
	// this one's.
	idLabels []string
	// protocolWords are the words after "protocol" that make it the label
	// of a sponsor's protocol number ("Protocol number: ABC-123", "Sponsor
	// protocol code", "Protocol # :"), longest first. "Protocol" alone on
	// its line labels the number on the next.
	protocolWords []string
	// studyIDLabels are the words before "study ID" that make it such a
	// label: "Other Study ID Numbers", "Org Study ID", <org_study_id>.
	studyIDLabels []string
	// studyIDWords are the words after "study" in such a label, longest
	// first.
	studyIDWords []string
	// ctepWords are the words after "CTEP" that make it the label of the
	// National Cancer Institute's protocol number: "CTEP ID APAL2020SC".
	ctepWords []string
	// gluedIDLabels are the label words a page may glue to the number they
	// label, lower-cased: "… registry) numberISRCTN40581726". Another
	// registry's number glued to any other word ("XISRCTN40581726") is not
	// one; an NCT ID is one wherever it stands.
	gluedIDLabels []string
	// euGluedPrefixes are the names the WHO's trial portal and the sites
	// that copy it glue to an EU number: "CTIS2022-500783-35-00",
	// "EUCTR2016-001935-12-DE". A number glued to any other letters is not
	// one.
	euGluedPrefixes []string
	// protocolTrailWords are label words that may follow a protocol
	// label's own word, spaced or glued to the number: "Protocol Code
	// Number:ADVL1712".
	protocolTrailWords []string
	// referenceWords are the words after "reference" that make it the
	// label of a sponsor's study number: "Novartis Reference Number:
	// CADPT07A12101".
	referenceWords []string
	// notSponsorReference are the words before "reference" that make it
	// the number of something other than the sponsor's study: an ethics
	// committee's, a funder's, a site's.
	notSponsorReference []string
}

// registries is the registry vocabulary in use.
var registries = sync.OnceValue(func() *registryVocabulary {
	v := InUse()
	return newRegistryVocabulary(v.RegistryForms, v.RegistryLabels)
})

func newRegistryVocabulary(forms []vocab.RegistryForm, labels []vocab.Word) *registryVocabulary {
	rv := &registryVocabulary{forms: forms}
	for _, f := range forms {
		rv.regexps = append(rv.regexps, regexp.MustCompile(f.Form))
	}
	lists := map[string]*[]string{
		vocab.RegistryIDLabel: &rv.idLabels, vocab.RegistryProtocolWord: &rv.protocolWords,
		vocab.RegistryStudyIDLabel: &rv.studyIDLabels, vocab.RegistryStudyIDWord: &rv.studyIDWords,
		vocab.RegistryCTEPWord: &rv.ctepWords, vocab.RegistryGluedLabel: &rv.gluedIDLabels,
		vocab.RegistryEUPrefix: &rv.euGluedPrefixes, vocab.RegistryProtocolTrailWord: &rv.protocolTrailWords,
		vocab.RegistryReferenceWord: &rv.referenceWords, vocab.RegistryNotSponsorReference: &rv.notSponsorReference,
	}
	for _, w := range labels {
		if list := lists[w.Kind]; list != nil {
			*list = append(*list, w.Text)
		}
	}
	return rv
}

// protocolAPI matches the organisation's study ID in API JSON or its Python
// literal: "orgStudyIdInfo": {"id": "ABC-123"}.
const protocolAPI = `^orgStudyIdInfo['"]?\s*:\s*\{\s*['"]id['"]\s*:\s*['"]`

var (
	// protocolValue is a protocol number: a word, and a second word that
	// holds a digit ("RTOG L-0117").
	protocolValue   = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_./-]{1,39}(?: [A-Za-z0-9_./-]{0,20}\d[A-Za-z0-9_./-]{0,20})?`)
	protocolAPIForm = regexp.MustCompile(protocolAPI)
)

// ResolveRegistryIDs fills a trial's registry identifiers from the text of
// the document it was the only trial of (text is empty for a document of
// several trials): the trial's own NCT ID first, then every other
// registry's number in the order the text gives them, an NCT ID other than
// the trial's own only where a label names it, and a sponsor's protocol
// number where one is labelled. An NCT ID named as another trial's ("the
// previous study NCT…") is none of the trial's. A trial with no NCT ID
// takes the first labelled one. Each identifier keeps the line it was read from.
func ResolveRegistryIDs(t *model.Trial, text string) {
	hits := findRegistryIDs(text)
	// Most documents ask for no label: find them only when one is asked for.
	var labels *labelSpans
	labelled := func(at int) bool {
		if labels == nil {
			labels = newLabelSpans(text)
		}
		return labels.labelledLine(at)
	}
	if t.NCTID == "" {
		for _, h := range hits {
			if h.Registry == RegistryNCT && labelled(h.at) && !namedAsOtherTrials(text, h.at) {
				t.NCTID = h.ID
				t.Note(model.FieldNCTID, lineAround(text, h.at))
				break
			}
		}
	}
	// The identifiers a reader took from the record's own fields follow the
	// NCT ID; their provenance is noted already.
	fromReader := t.RegistryIDs
	t.RegistryIDs = nil
	seen := map[string]bool{}
	capped := false
	add := func(id model.RegistryID, from string) {
		if seen[id.ID] {
			return
		}
		seen[id.ID] = true
		if len(t.RegistryIDs) >= maxRegistryIDs {
			if !capped {
				t.Warn(model.FieldRegistryIDs, fmt.Sprintf("The document names more than %d identifiers; the first %d are kept.", maxRegistryIDs, maxRegistryIDs))
			}
			capped = true
			return
		}
		t.RegistryIDs = append(t.RegistryIDs, id)
		if from != "" {
			t.Note(model.FieldRegistryIDs, id.ID+" — "+from)
		}
	}
	if t.NCTID != "" {
		nct, from := model.RegistryID{Registry: RegistryNCT, ID: t.NCTID}, "the NCT ID"
		if slices.Contains(fromReader, nct) {
			// Resolved before (a block of a page of several trials): its
			// provenance is noted already.
			from = ""
		}
		add(nct, from)
	}
	for _, id := range fromReader {
		add(id, "")
	}
	for _, h := range hits {
		if h.Registry == RegistryNCT && h.ID != t.NCTID && (!labelled(h.at) || namedAsOtherTrials(text, h.at)) {
			continue
		}
		if len(t.RegistryIDs) >= maxRegistryIDs && capped {
			break
		}
		add(h.RegistryID, lineAround(text, h.at))
	}
}

// HasRegistryID reports whether a text names a trial registry's
// identifier, which makes a page trial-like even when nothing else does.
func HasRegistryID(text string) bool {
	return len(findRegistryIDs(text)) > 0
}

// findRegistryIDs returns the identifiers in a text in the order it gives
// them.
func findRegistryIDs(text string) []registryHit {
	var hits []registryHit
	rv := registries()
	match := func(i, at int) {
		// An NCT ID is one wherever it stands, glued to words on either
		// side; another registry's number is one only as a word of its own
		// or glued to a label.
		nct := rv.forms[i].Registry == RegistryNCT
		if !nct && at > 0 && isIDRune(text[at-1]) && !gluedToLabel(text, at) {
			return
		}
		m := rv.regexps[i].FindStringSubmatch(text[at:min(len(text), at+40)])
		if m == nil || (at+len(m[0]) < len(text) && (isDigit(text[at+len(m[0])]) || !nct && isIDRune(text[at+len(m[0])]))) {
			return
		}
		id := strings.ReplaceAll(m[0], " ", "")
		if len(m) > 1 {
			// The form lets a label stand before the number.
			id = rv.forms[i].Anchor + m[1]
		}
		hits = append(hits, registryHit{model.RegistryID{Registry: rv.forms[i].Registry, ID: id}, at})
	}
	// One search for "CT", which most registries' prefixes hold, serves
	// them all; the others are searched for on their own.
	for from := 0; ; {
		j := indexLiteral(text[from:], sharedAnchor)
		if j < 0 {
			break
		}
		at := from + j
		from = at + len(sharedAnchor)
		for i, form := range rv.forms {
			k := strings.Index(form.Anchor, sharedAnchor)
			if k >= 0 && at >= k && strings.HasPrefix(text[at-k:], form.Anchor) {
				match(i, at-k)
			}
		}
	}
	for i, form := range rv.forms {
		if strings.Contains(form.Anchor, sharedAnchor) {
			continue
		}
		for from := 0; ; {
			j := indexLiteral(text[from:], form.Anchor)
			if j < 0 {
				break
			}
			at := from + j
			from = at + len(form.Anchor)
			match(i, at)
		}
	}
	hits = append(hits, findEUNumbers(text)...)
	hits = append(hits, findProtocolNumbers(text)...)
	sortHits(hits)
	return hits
}

// findEUNumbers finds EudraCT numbers ("2019-001234-12") and EU CT numbers
// ("2023-501234-12-00") by their form: a year, six digits and two, and for
// an EU CT number two more.
func findEUNumbers(text string) []registryHit {
	var hits []registryHit
	for from := 0; ; {
		j := strings.IndexByte(text[from:], '-')
		if j < 0 {
			return hits
		}
		dash := from + j
		from = dash + 1
		at := dash - 4
		glued := at >= 0 && euPrefixGlued(text, at)
		if at < 0 || !digitsAt(text, at, 4) || (text[at:at+2] != "19" && text[at:at+2] != "20") ||
			(at > 0 && !glued && (isIDRune(text[at-1]) || text[at-1] == '-')) ||
			!digitsAt(text, dash+1, 6) || !byteAt(text, dash+7, '-') || !digitsAt(text, dash+8, 2) {
			continue
		}
		end, registry := dash+10, registryEudraCT
		if byteAt(text, end, '-') && digitsAt(text, end+1, 2) {
			end, registry = end+3, registryEUCT
		}
		if glued && registry == registryEudraCT && countryAt(text, end) {
			// "EUCTR2016-001935-12-DE": the record's country follows.
			hits = append(hits, registryHit{model.RegistryID{Registry: registry, ID: text[at:end]}, at})
			from = end + 3
			continue
		}
		if end < len(text) && (isIDRune(text[end]) || text[end] == '-') {
			continue
		}
		hits = append(hits, registryHit{model.RegistryID{Registry: registry, ID: text[at:end]}, at})
		from = end
	}
}

// euPrefixGlued reports whether the EU number at position at is glued to
// a name the WHO's trial portal gives it ("CTIS2022-…", "EUCTR2016-…"),
// itself a word of its own.
func euPrefixGlued(text string, at int) bool {
	for _, p := range registries().euGluedPrefixes {
		if at >= len(p) && text[at-len(p):at] == p && (at == len(p) || !isIDRune(text[at-len(p)-1])) {
			return true
		}
	}
	return false
}

// countryAt reports whether a "-" and a two-letter country code end a
// number at position at: "-DE".
func countryAt(text string, at int) bool {
	return byteAt(text, at, '-') && at+3 <= len(text) && isUpper(text[at+1]) && isUpper(text[at+2]) &&
		(at+3 == len(text) || !isIDRune(text[at+3]))
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// findProtocolNumbers finds a sponsor's protocol numbers where a label
// names them, looking only around the literals every label holds. A value
// that is another registry's number, or holds no digit, is not one.
func findProtocolNumbers(text string) []registryHit {
	var hits []registryHit
	// Five searches, for the literals every label holds: "protocol",
	// "study" ("Study ID", the API's orgStudyIdInfo), "trial" ("Other
	// trial ID"), "CTEP" and "reference" ("Sponsor Reference Number").
	for _, anchor := range []string{"rotocol", "tudy", "rial", "CTEP", "eference"} {
		for from := 0; ; {
			j := indexLiteral(text[from:], anchor)
			if j < 0 {
				break
			}
			at := from + j
			from = at + len(anchor)
			start, structured := protocolValueStart(text, at, anchor)
			if start < 0 {
				continue
			}
			value := strings.TrimRight(protocolValue.FindString(text[start:]), "./- ")
			if value == "" || (!structured && !strings.ContainsAny(value, "0123456789")) || len(findRegistryForms(value)) > 0 {
				continue
			}
			hits = append(hits, registryHit{model.RegistryID{Registry: RegistryProtocol, ID: value}, start})
		}
	}
	return firstListedProtocol(text, hits)
}

// firstListedProtocol keeps, of the protocol numbers that head lines of
// their own ("Protocol COG ACNS1422", then "Protocol COG ACNS1721" …), the
// first: a page that heads each trial it lists so is about the first, and
// the others are other trials' numbers.
func firstListedProtocol(text string, hits []registryHit) []registryHit {
	heads := 0
	out := hits[:0:0]
	for _, h := range hits {
		if headsItsLine(text, h.at) {
			if heads++; heads > 1 {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// protocolValueStart returns where the value after a protocol label that
// holds anchor at position at starts, or -1 if no label is there, and
// whether the label is a record's field (the API's orgStudyIdInfo), whose
// value is the protocol number even without a digit.
func protocolValueStart(text string, at int, anchor string) (int, bool) {
	end := at + len(anchor)
	rv := registries()
	var words []string
	switch {
	case anchor == "rotocol":
		if at == 0 || (text[at-1] != 'p' && text[at-1] != 'P') {
			return -1, false
		}
		words = rv.protocolWords
	case anchor == "CTEP":
		words = rv.ctepWords
	case anchor == "eference":
		if at == 0 || (text[at-1] != 'r' && text[at-1] != 'R') || !sponsorReference(text, at-1) {
			return -1, false
		}
		words = rv.referenceWords
	case at >= 4 && strings.HasPrefix(text[at-4:], "orgStudyIdInfo"):
		loc := protocolAPIForm.FindStringIndex(text[at-4 : min(len(text), at+60)])
		if loc == nil {
			return -1, false
		}
		return at - 4 + loc[1], true
	default:
		// A label word stands before the "s" of "study" ("Other Study
		// ID") or the "t" of "trial" ("Other trial ID").
		before := text[max(0, at-7):at]
		labelled := false
		initial := "s"
		if anchor == "rial" {
			initial = "t"
		}
		if hasSuffixFold(before, initial) {
			before = before[:len(before)-1]
			for _, l := range rv.studyIDLabels {
				labelled = labelled || hasSuffixFold(before, l)
			}
		}
		if !labelled {
			return -1, false
		}
		words = rv.studyIDWords
	}
	rest := strings.ToLower(text[end:min(len(text), end+12)])
	matched := false
	for _, w := range words {
		// A word that ends in a letter ends there: " id" is not the start
		// of " identification".
		if strings.HasPrefix(rest, w) && !(isASCIILetter(w[len(w)-1]) && len(rest) > len(w) && isASCIILetter(rest[len(w)])) {
			end += len(w)
			matched = true
			break
		}
	}
	if !matched && anchor == "rotocol" {
		if code, ok := groupCodeLine(text, at-1, end); ok {
			return code, false
		}
	}
	if !matched && !(anchor == "rotocol" && aloneOnLine(text, at-1, end)) {
		return -1, false
	}
	end = skipSeparators(text, end)
	for _, w := range rv.protocolTrailWords {
		after := end + len(w)
		if after >= len(text) || !strings.EqualFold(text[end:after], w) {
			continue
		}
		// The word ends at a separator or where a glued number starts.
		c := text[after]
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(" \t\n:|#", c) >= 0 {
			end = skipSeparators(text, after)
		}
	}
	return end, false
}

// sponsorReference reports whether the "reference" at position at may label
// the sponsor's study number: it is not led by the word of an ethics
// committee, a funder or a site ("REC reference", "IRAS reference").
func sponsorReference(text string, at int) bool {
	before := strings.TrimRight(text[max(0, at-20):at], " \t")
	before = strings.TrimSuffix(strings.TrimSuffix(before, "'s"), "’s")
	word := strings.ToLower(before[strings.LastIndexAny(before, " \t\n(|:")+1:])
	return !slices.Contains(registries().notSponsorReference, word)
}

// skipSeparators returns the position after the spaces, colons, "#" and
// "|" at from.
func skipSeparators(text string, from int) int {
	for from < len(text) && strings.IndexByte(" \t\n:|#", text[from]) >= 0 {
		from++
	}
	return from
}

// gluedToLabel reports whether the number at position at is glued to a word
// that labels it: "numberNCT03813147".
func gluedToLabel(text string, at int) bool {
	for _, l := range registries().gluedIDLabels {
		if at < len(l) || !strings.EqualFold(text[at-len(l):at], l) {
			continue
		}
		// A short label stands as a word of its own: "paidNCT…" is not "id".
		if len(l) > 2 || at == len(l) || !isIDRune(text[at-len(l)-1]) {
			return true
		}
	}
	return false
}

// groupCode is a line's rest after "Protocol": a trial group's name in
// capitals, if any, and one code of capitals and digits ("COG ACNS1422",
// ": AALL1731").
var groupCode = regexp.MustCompile(`^[ \t:#]*(?:[A-Z]{2,8}[ \t]+)?([A-Z][A-Z0-9-]*[0-9][A-Z0-9-]*)[ \t.]*(?:\r?\n|$)`)

// groupCodeLine returns where the code starts when the label "Protocol"
// from start to end opens its line and the line holds nothing else but a
// code, after a trial group's name: "Protocol COG ACNS1422", as a page
// that lists a group's trials heads each one.
func groupCodeLine(text string, start, end int) (int, bool) {
	if start > 0 && text[start-1] != '\n' {
		return -1, false
	}
	m := groupCode.FindStringSubmatchIndex(text[end:])
	if m == nil {
		return -1, false
	}
	return end + m[2], true
}

// headsItsLine reports whether the protocol number at text[at] is the code
// of a "Protocol COG ACNS1422" line, as groupCodeLine reads one.
func headsItsLine(text string, at int) bool {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := start + len("protocol")
	if end > len(text) || !strings.EqualFold(text[start:end], "protocol") {
		return false
	}
	code, ok := groupCodeLine(text, start, end)
	return ok && code == at
}

// aloneOnLine reports whether the label from start to end stands alone on
// its line, with at most a ":", "#" or "|" after it.
func aloneOnLine(text string, start, end int) bool {
	if start > 0 && text[start-1] != '\n' {
		return false
	}
	for i := end; i < len(text) && text[i] != '\n'; i++ {
		if strings.IndexByte(" \t\r:#|", text[i]) < 0 {
			return false
		}
	}
	return true
}

// AddRecordIDs adds the identifiers a record states in fields of its own
// (the API's orgStudyIdInfo and secondaryIdInfos, the CSV export's Other
// IDs), noting where from. A value that is a registry's number is that
// registry's; any other is the sponsor's protocol number when protocol is
// true, and is left out otherwise (a grant number, say).
func AddRecordIDs(t *model.Trial, values []string, protocol bool, from string) {
	for _, v := range values {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		id := model.RegistryID{Registry: RegistryProtocol, ID: v}
		if forms := findRegistryForms(v); len(forms) > 0 && forms[0].ID == v {
			id = forms[0].RegistryID
		} else if !protocol {
			continue
		}
		t.RegistryIDs = append(t.RegistryIDs, id)
		t.Note(model.FieldRegistryIDs, id.ID+" — "+from+": "+v)
	}
}

// findRegistryForms reports the registry numbers a short value is.
func findRegistryForms(value string) []registryHit {
	var hits []registryHit
	rv := registries()
	for i, form := range rv.forms {
		if strings.HasPrefix(value, form.Anchor) && rv.regexps[i].MatchString(value) {
			hits = append(hits, registryHit{model.RegistryID{Registry: form.Registry, ID: value}, 0})
		}
	}
	return append(hits, findEUNumbers(value)...)
}

// sortHits orders hits by where they stand in the text.
func sortHits(hits []registryHit) {
	slices.SortStableFunc(hits, func(a, b registryHit) int { return a.at - b.at })
}

// labelSpans holds where the identifier labels (idLabels) stand in a text,
// found once, so that asking whether each of many identifiers on one line
// follows a label takes a binary search instead of reading the line again.
type labelSpans struct {
	// newlines are the positions of the text's line ends.
	newlines []int
	ends     []int
	// maxStart[i] is the largest start of a label that ends at or before
	// ends[i].
	maxStart []int
}

// newLabelSpans finds every label in text, case ignored.
func newLabelSpans(text string) *labelSpans {
	lower := []byte(text)
	for i, c := range lower {
		lower[i] = asciiLower(c)
	}
	type span struct{ start, end int }
	var spans []span
	for _, label := range registries().idLabels {
		l := []byte(label)
		for from := 0; ; {
			i := bytes.Index(lower[from:], l)
			if i < 0 {
				break
			}
			spans = append(spans, span{from + i, from + i + len(l)})
			from += i + 1
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.end - b.end })
	ls := &labelSpans{ends: make([]int, len(spans)), maxStart: make([]int, len(spans))}
	for i, c := range lower {
		if c == '\n' {
			ls.newlines = append(ls.newlines, i)
		}
	}
	for i, sp := range spans {
		ls.ends[i] = sp.end
		ls.maxStart[i] = sp.start
		if i > 0 {
			ls.maxStart[i] = max(sp.start, ls.maxStart[i-1])
		}
	}
	return ls
}

// labelledLine reports whether the text before position at on its line,
// or the line before, holds a word that labels an identifier.
func (ls *labelSpans) labelledLine(at int) bool {
	start := 0
	// line is the number of line ends before at; the line before starts
	// after the end before that.
	if line, _ := slices.BinarySearch(ls.newlines, at); line >= 2 {
		start = ls.newlines[line-2] + 1
	}
	i, _ := slices.BinarySearch(ls.ends, at+1)
	return i > 0 && ls.maxStart[i-1] >= start
}

// lineAround returns the line at position at, trimmed and at most 120
// characters around it.
func lineAround(text string, at int) string {
	start, end := lineBounds(text, at)
	return snippetAround(text[start:end], at-start, at-start)
}

// lineBounds returns where the line that holds text[at] starts and ends,
// its line break left out.
func lineBounds(text string, at int) (start, end int) {
	start = strings.LastIndexByte(text[:at], '\n') + 1
	if end = strings.IndexByte(text[at:], '\n'); end < 0 {
		return start, len(text)
	}
	return start, at + end
}

func digitsAt(text string, at, n int) bool {
	if at < 0 || at+n > len(text) {
		return false
	}
	for i := at; i < at+n; i++ {
		if text[i] < '0' || text[i] > '9' {
			return false
		}
	}
	return true
}

func byteAt(text string, at int, b byte) bool { return at < len(text) && text[at] == b }

func isIDRune(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '_'
}
