package ingest

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var (
	// listLine opens a list item: a bullet or a number.
	listLine = regexp.MustCompile(`^(?:[•·◦▪●○■□‣⁃►➢✓*+]|[-–—](?:\s|$)|\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]\s)`)
	// doubleBullet is "- - Item" or "- • 1. Item": one item with two marks.
	doubleBullet = regexp.MustCompile(`^(\s*)[-*•]\s+(?:[-*•]\s+)+(?:\d{1,2}\.\s+)?`)
	// loneBullet is a line that holds only bullets, before a numbered sub-item.
	loneBullet = regexp.MustCompile(`^\s*(?:[-*•]\s*)+$`)
	numbered   = regexp.MustCompile(`^\s*\d{1,2}[.)]\s`)
)

// criteriaSection is one list a page gives under a criteria heading.
type criteriaSection struct {
	kind  model.CriteriaKind
	lines []string
}

// pageCriteria finds a page's criteria lists under headings in any wording
// and returns them as text model.SplitCriteria reads, with plain
// "Inclusion Criteria:" and "Exclusion Criteria:" headings; skip marks the
// lines the lists took. found is true when the page has a criteria heading,
// even over an empty list. An eligibility list is the inclusion list,
// unless it is prose on a page that also has inclusion or exclusion
// headings.
func pageCriteria(lines []string) (text string, skip []bool, found bool) {
	skip = make([]bool, len(lines))
	var sections []criteriaSection
	explicit := false
	for i := 0; i < len(lines); i++ {
		kind, rest, ok := model.CriteriaHeadingOf(lines[i])
		if !ok {
			continue
		}
		found = true
		explicit = explicit || kind != model.KindEligibility
		skip[i] = true
		body := []string{}
		if rest != "" {
			body = append(body, rest)
		}
		end := sectionEnd(lines, i+1, rest != "")
		body = append(body, lines[i+1:end]...)
		for j := i + 1; j < end; j++ {
			skip[j] = true
		}
		sections = append(sections, criteriaSection{kind: kind, lines: body})
		i = end - 1
	}
	var b strings.Builder
	for _, s := range sections {
		body := listBody(s.lines)
		if strings.TrimSpace(body) == "" {
			continue
		}
		if s.kind == model.KindEligibility && explicit && !listLine.MatchString(strings.TrimSpace(body)) {
			continue
		}
		if s.kind == model.KindExclusion {
			b.WriteString("Exclusion Criteria:\n")
		} else {
			b.WriteString("Inclusion Criteria:\n")
		}
		b.WriteString(body)
		b.WriteString("\n")
	}
	return b.String(), skip, found
}

// sectionEnd returns the line after a criteria list that starts at from:
// the next heading, page boilerplate, a question ("What will happen?"),
// prose after a blank line below a bulleted list, or a line of one or two
// words below an unbulleted one.
func sectionEnd(lines []string, from int, started bool) int {
	marked, blank := false, false
	for i := from; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			blank = true
			continue
		}
		if _, _, ok := model.CriteriaHeadingOf(l); ok || model.IsBoilerplate(l) {
			return i
		}
		item := listLine.MatchString(l)
		switch {
		case strings.HasSuffix(l, "?"):
			return i
		case started && marked && blank && !item && !strings.HasSuffix(l, ":"):
			return i
		case started && !marked && !item && len(strings.Fields(l)) < 3:
			return i
		}
		marked = marked || item
		started, blank = true, false
	}
	return len(lines)
}

// listBody tidies a list for model.CriteriaItems: markdown escapes go,
// doubled bullets become one, a lone bullet before a numbered line makes
// that line a sub-item, a lead-in ending in ":" above the items goes, and
// inline items go on lines of their own.
func listBody(lines []string) string {
	var out []string
	for i := 0; i < len(lines); i++ {
		l := model.Unescape(lines[i])
		if loneBullet.MatchString(l) {
			if i+1 < len(lines) && numbered.MatchString(lines[i+1]) {
				lines[i+1] = "   " + strings.TrimSpace(lines[i+1])
			}
			continue
		}
		out = append(out, doubleBullet.ReplaceAllString(l, "$1- "))
	}
	for len(out) > 1 && strings.TrimSpace(out[0]) == "" {
		out = out[1:]
	}
	if len(out) > 1 {
		first := strings.TrimSpace(out[0])
		if strings.HasSuffix(first, ":") && !listLine.MatchString(first) && hasItem(out[1:]) {
			out = out[1:]
		}
	}
	return model.SplitInlineItems(strings.Join(out, "\n"))
}

func hasItem(lines []string) bool {
	for _, l := range lines {
		if listLine.MatchString(strings.TrimSpace(l)) {
			return true
		}
	}
	return false
}
