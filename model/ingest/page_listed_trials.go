package ingest

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/rules"
)

var (
	// listedTrial opens a paragraph that presents one trial of several a
	// page lists: a name of one word of three characters or more (not an
	// interview's "Q:" and "A:"), a colon, and a study or a phase soon
	// after ("TOPAZ: Phase I enrichment study of …", "Avelumab: Open label
	// phase I/II study …", "AALL1731: A phase 3 trial …").
	listedTrial = regexp.MustCompile(`^([^\s:]{3,}):\s+[^.:]{0,100}?\b(?:[Ss]tudy|[Tt]rial|[Pp]hase)\b`)
	// sectionNames are the words that open a page's or an abstract's
	// sections, never a trial's name: "Methods: a phase 2 study of …".
	sectionNames = map[string]bool{
		"background": true, "methods": true, "method": true, "results": true, "result": true,
		"conclusion": true, "conclusions": true, "objective": true, "objectives": true, "aim": true,
		"aims": true, "purpose": true, "design": true, "summary": true, "introduction": true,
		"note": true, "notes": true, "update": true, "abstract": true, "rationale": true,
		"description": true, "overview": true, "interpretation": true, "findings": true,
		"eligibility": true, "location": true, "locations": true, "contact": true, "contacts": true,
		"sites": true, "site": true, "investigator": true, "investigators": true, "funding": true,
		"keywords": true, "source": true, "citation": true, "journal": true, "authors": true,
		"author": true, "tags": true, "disclaimer": true, "importance": true, "context": true,
		"participants": true, "intervention": true, "interventions": true, "outcomes": true,
		"question": true, "answer": true,
	}
)

// firstListedTrial returns the part of a page's running text before the
// second of the trials it lists, each in a paragraph that opens with its
// name ("TOPAZ: Phase I … study", then "Avelumab: … phase I/II study"), or
// the whole text for a page that lists fewer than two. Ages and phases
// stated in running text are the first trial's, the page's subject, not
// another listed trial's.
func firstListedTrial(text string) string {
	seen := 0
	at := 0
	for _, l := range strings.SplitAfter(text, "\n") {
		if isListedTrial(strings.TrimSpace(l)) {
			if seen++; seen == 2 {
				return text[:at]
			}
		}
		at += len(l)
	}
	return text
}

// isListedTrial reports whether a line opens a listed trial's paragraph:
// its name is no page label ("Title: …", "Phase: …") and no section of a
// page or an abstract ("Methods: …").
func isListedTrial(l string) bool {
	m := listedTrial.FindStringSubmatch(l)
	if m == nil || sectionNames[strings.ToLower(m[1])] {
		return false
	}
	_, isLabel := rules.FieldOfLabel(m[1])
	return !isLabel
}
