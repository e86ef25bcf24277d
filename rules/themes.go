package rules

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// Theme is one exclusion theme with its compiled phrases.
type Theme struct {
	Key        model.ThemeKey
	Label      string
	phrases    []phrase
	exceptions []phrase
	asides     []phrase
}

// phrase is a compiled rule and the lower-case texts one of which every
// match begins with: a criterion with none of them is skipped without
// running the regular expression, which keeps reading fast.
type phrase struct {
	re     *regexp.Regexp
	starts []string
	// anchored, when set, is re tied to the start of a text, tried only
	// where one of starts occurs (after a word boundary when boundary is
	// set), or at the start of each run of digits when digitRun is set; see
	// anchoredForm.
	anchored *regexp.Regexp
	// anchoredMax is the most runes a match of anchored spans, or
	// unboundedMatch: the rule sees no more of the text than that, and
	// when bounded is tried only where one of needs occurs within it.
	anchoredMax int
	boundary    bool
	digitRun    bool
	// literal, when set, is the whole rule: lower-case letters and spaces,
	// after a word boundary when boundary is set and before one when
	// endBoundary is; see literalForm.
	literal     string
	endBoundary bool
	// needs are texts one of which every match holds past its start (see
	// neededTexts), for a rule that is not a literal.
	needs []string
	// startIDs and needIDs are starts' and needs' places in the
	// startIndex of the phrase's set, when it has one.
	startIDs, needIDs []int
}

var (
	// leadingWords finds the plain words a pattern starts with, after an
	// optional \b. A letter made optional by ?, * or { is left out.
	leadingWords = regexp.MustCompile(`^(?:\\b)?([A-Za-z][A-Za-z ]*)([?*{]?)`)
	// leadingChoice finds a leading group of plain alternatives,
	// "(?:prior|previous|history of)".
	leadingChoice = regexp.MustCompile(`^\(\?:([A-Za-z |]+)\)`)
)

// phraseStarts returns the texts a pattern's matches begin with, lower
// case, or nil when it cannot tell.
func phraseStarts(pattern string) []string {
	switch {
	case strings.HasPrefix(pattern, `\d`):
		return strings.Split("0123456789", "")
	case strings.HasPrefix(pattern, ">"):
		return []string{">"}
	}
	if m := leadingChoice.FindStringSubmatch(pattern); m != nil {
		return strings.Split(strings.ToLower(m[1]), "|")
	}
	if m := leadingWords.FindStringSubmatch(pattern); m != nil {
		lit := m[1]
		if m[2] != "" {
			lit = lit[:len(lit)-1]
		}
		return []string{strings.ToLower(lit)}
	}
	return nil
}

func compileAll(patterns []string) []phrase {
	out := make([]phrase, 0, len(patterns))
	for _, p := range patterns {
		ph := literalForm(p, anchoredForm(p, phrase{re: regexp.MustCompile(`(?i)` + p), starts: phraseStarts(p)}))
		if ph.literal == "" {
			ph.needs = neededTexts(p)
		}
		out = append(out, ph)
	}
	return out
}

// anchoredForm gives a phrase its anchored rule when every match of pattern
// begins with one of its starts: the pattern opens with plain letters, a
// group of plain alternatives, ">" or "\d+", and has no alternative at its
// top level. Trying the rule only where a match can begin is much cheaper
// than searching the whole text with it.
func anchoredForm(pattern string, p phrase) phrase {
	if p.starts == nil || hasTopLevelAlternative(pattern) {
		return p
	}
	rest, boundary := strings.CutPrefix(pattern, `\b`)
	switch {
	case strings.HasPrefix(pattern, `\d`):
		if !strings.HasPrefix(pattern, `\d+`) {
			return p
		}
		p.digitRun = true
	case strings.HasPrefix(pattern, ">"):
	case strings.HasPrefix(pattern, "("):
		m := leadingChoice.FindString(pattern)
		if m == "" || len(pattern) > len(m) && strings.ContainsRune("?*{", rune(pattern[len(m)])) {
			return p
		}
	}
	for _, s := range p.starts {
		if s == "" || !p.digitRun && s[0] != '>' && !('a' <= s[0] && s[0] <= 'z') {
			return p
		}
	}
	p.boundary = boundary
	p.anchored = regexp.MustCompile(`(?i)^(?:` + rest + `)`)
	p.anchoredMax = maxMatchRunes(p.anchored.String())
	return p
}

// plainWords is a pattern that is only plain words, with an optional \b at
// either end.
var plainWords = regexp.MustCompile(`^(\\b)?([A-Za-z](?:[A-Za-z ]*[A-Za-z])?)(\\b)?$`)

// literalForm gives a phrase its literal when the pattern is plain words:
// such a rule matches where its words occur, in any ASCII case, at the
// word boundaries it asks for, and needs no regular expression.
func literalForm(pattern string, p phrase) phrase {
	m := plainWords.FindStringSubmatch(pattern)
	if m == nil {
		return p
	}
	p.literal = strings.ToLower(m[2])
	p.boundary = m[1] != ""
	p.endBoundary = m[3] != ""
	return p
}

// hasTopLevelAlternative reports whether a pattern has a | outside every
// group and character class.
func hasTopLevelAlternative(pattern string) bool {
	depth, inClass := 0, false
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; {
		case c == '\\':
			i++
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
			if i+1 < len(pattern) && pattern[i+1] == ']' {
				i++
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			return true
		}
	}
	return false
}

// foldsIntoASCII reports whether text holds a rune that case folding or
// lower-casing turns into an ASCII letter: the dotted capital I, the long s
// or the Kelvin sign. Such a text is matched the slow way.
func foldsIntoASCII(text string) bool {
	return strings.Contains(text, "\u0130") || strings.Contains(text, "\u017f") || strings.Contains(text, "\u212a")
}

func (p phrase) matches(text, lower string) bool {
	if p.starts != nil && !slices.ContainsFunc(p.starts, func(s string) bool { return strings.Contains(lower, s) }) {
		return false
	}
	return p.matchesText(text)
}

// matchesIn decides as matches does, with found the starts that occur in
// the text's lower-case form, from the index of the phrase's set.
func (p phrase) matchesIn(text string, found startSet) bool {
	if p.starts != nil && !found.hasAny(p.startIDs) ||
		p.needs != nil && !found.hasAny(p.needIDs) && !foldsIntoASCII(text) {
		return false
	}
	return p.matchesText(text)
}

// matchesText runs the rule on a text whose lower-case form holds one of
// its starts.
func (p phrase) matchesText(text string) bool {
	switch {
	case foldsIntoASCII(text):
		return p.re.MatchString(text)
	case p.literal != "" && !p.boundary && !p.endBoundary:
		// The start is the literal, and it occurs.
		return true
	case p.literal != "":
		return p.matchesLiteral(text)
	case p.anchored != nil:
		return p.matchesAtStarts(text)
	}
	return p.re.MatchString(text)
}

// matchesLiteral reports whether the phrase's literal occurs in text, in
// any ASCII case, at the word boundaries the phrase asks for.
func (p phrase) matchesLiteral(text string) bool {
	for from := 0; from < len(text); {
		at := indexFold(text[from:], p.literal)
		if at < 0 {
			return false
		}
		at += from
		end := at + len(p.literal)
		if (!p.boundary || at == 0 || !isWordByte(text[at-1])) && (!p.endBoundary || end == len(text) || !isWordByte(text[end])) {
			return true
		}
		from = at + 1
	}
	return false
}

// maxAnchoredTries bounds the places the anchored rule is tried at: each
// try costs time in proportion to the rest of the text, so a text with
// many places is searched whole instead, once.
const maxAnchoredTries = 8

// matchesAtStarts tries the anchored rule at each place a match can begin.
func (p phrase) matchesAtStarts(text string) bool {
	for from, tries := 0, 0; from < len(text); tries++ {
		at := p.nextStart(text, from)
		if at < 0 {
			return false
		}
		if tries == maxAnchoredTries {
			return p.re.MatchString(text)
		}
		if (!p.boundary || at == 0 || !isWordByte(text[at-1])) && p.matchesAt(text, at) {
			return true
		}
		from = at + 1
	}
	return false
}

// matchesAt runs the anchored rule at a place where a match can begin, on
// no more of the text than a match spans. A bounded rule with needs runs
// only where one of them occurs in that window: the text holds no rune
// that folds into ASCII (see foldsIntoASCII), so an ASCII search finds
// every place the rule would read one.
func (p phrase) matchesAt(text string, at int) bool {
	window := matchWindow(text, at, p.anchoredMax)
	if p.anchoredMax != unboundedMatch && p.needs != nil &&
		!slices.ContainsFunc(p.needs, func(need string) bool { return indexFold(window, need) >= 0 }) {
		return false
	}
	return p.anchored.MatchString(window)
}

// nextStart returns the first place at or after from where a match can
// begin, or -1.
func (p phrase) nextStart(text string, from int) int {
	if p.digitRun {
		for i := from; i < len(text); i++ {
			if isDigit(text[i]) && (i == 0 || !isDigit(text[i-1])) {
				return i
			}
		}
		return -1
	}
	next := -1
	for _, s := range p.starts {
		if at := indexFold(text[from:], s); at >= 0 && (next < 0 || from+at < next) {
			next = from + at
		}
	}
	return next
}

// indexFold returns where s first holds lead, an ASCII lower-case text, in
// any ASCII case, or -1. It looks for the rarest byte of lead, in either
// case, and checks the rest around each: in "eligibility" the "b", not
// the "e" found every few bytes of a text.
func indexFold(s, lead string) int {
	if len(s) < len(lead) {
		return -1
	}
	k := rarestByte(lead)
	lower, upper := lead[k], lead[k]
	if 'a' <= lower && lower <= 'z' {
		upper -= 'a' - 'A'
	}
	nextLower, nextUpper := -1, -1
	for i := k; ; {
		if nextLower < i {
			nextLower = indexByteFrom(s, i, lower)
		}
		if nextUpper < i {
			nextUpper = indexByteFrom(s, i, upper)
		}
		at := min(nextLower, nextUpper) - k
		if at+len(lead) > len(s) {
			return -1
		}
		if hasPrefixFold(s[at:], lead) {
			return at
		}
		i = at + k + 1
	}
}

// byteCommonness ranks the bytes of English text, the space and the
// letters in either case, by how often they occur; other bytes rank 0.
var byteCommonness = func() (rank [256]uint8) {
	const byFrequency = "jqzxkwvbyfgpmudhclrsnoiate " // rarest first
	for i := range len(byFrequency) {
		c := byFrequency[i]
		rank[c] = uint8(i + 1)
		if 'a' <= c && c <= 'z' {
			rank[c-'a'+'A'] = uint8(i + 1)
		}
	}
	return rank
}()

// rarestByte returns the index of the byte of lead least common in
// English text, the first of equals.
func rarestByte(lead string) int {
	k := 0
	for i := 1; i < len(lead); i++ {
		if byteCommonness[lead[i]] < byteCommonness[lead[k]] {
			k = i
		}
	}
	return k
}

// indexByteFrom returns where c first occurs in s at or after from, or
// len(s).
func indexByteFrom(s string, from int, c byte) int {
	if at := strings.IndexByte(s[from:], c); at >= 0 {
		return from + at
	}
	return len(s)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte reports whether c is an ASCII word character, as \b sees it.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z'
}

// themeSet holds the compiled rules: themes in display order; except the
// clauses set aside before any theme is matched; starts the index of the
// starts and needs of both, which each of their phrases' startIDs and
// needIDs point into.
type themeSet struct {
	themes []Theme
	except []phrase
	starts *startIndex
}

// compiledThemes are the themes of the vocabulary in use.
var compiledThemes = sync.OnceValue(func() *themeSet { return compileThemes(InUse().Themes) })

// compileThemes compiles the themes' rules: a theme for each label, in
// order, with its phrases, exceptions and asides; the asides of the theme
// vocab.AllThemes are the clauses set aside before any theme is matched.
func compileThemes(rules []vocab.ThemeRule) *themeSet {
	var out []Theme
	var exceptClauses []string
	patterns := map[string]map[string][]string{} // theme → kind → patterns
	for _, r := range rules {
		switch {
		case r.Kind == vocab.ThemeLabel:
			out = append(out, Theme{Key: model.ThemeKey(r.Theme), Label: r.Text})
		case r.Theme == vocab.AllThemes:
			exceptClauses = append(exceptClauses, r.Text)
		default:
			if patterns[r.Theme] == nil {
				patterns[r.Theme] = map[string][]string{}
			}
			patterns[r.Theme][r.Kind] = append(patterns[r.Theme][r.Kind], r.Text)
		}
	}
	for i := range out {
		of := patterns[string(out[i].Key)]
		out[i].phrases = compileAll(of[vocab.ThemePhrase])
		out[i].exceptions = compileAll(of[vocab.ThemeException])
		out[i].asides = compileAll(of[vocab.ThemeAside])
	}
	except := compileAll(exceptClauses)
	var texts []string
	ids := map[string]int{}
	idsOf := func(list []string) []int {
		var out []int
		for _, s := range list {
			id, ok := ids[s]
			if !ok {
				id = len(texts)
				ids[s] = id
				texts = append(texts, s)
			}
			out = append(out, id)
		}
		return out
	}
	index := func(ps []phrase) {
		for i := range ps {
			ps[i].startIDs = idsOf(ps[i].starts)
			ps[i].needIDs = idsOf(ps[i].needs)
		}
	}
	for _, t := range out {
		index(t.phrases)
		index(t.exceptions)
		index(t.asides)
	}
	index(except)
	return &themeSet{themes: out, except: except, starts: newStartIndex(texts)}
}

// Themes returns the exclusion themes in display order.
func Themes() []Theme { return slices.Clone(compiledThemes().themes) }

// ThemeLabel returns a theme's label for people.
func ThemeLabel(key model.ThemeKey) string {
	for _, t := range compiledThemes().themes {
		if t.Key == key {
			return t.Label
		}
	}
	return string(key)
}

// matches reports whether a criterion is in the theme; found are the
// starts that occur in its lower-case form.
func (t Theme) matches(text string, found startSet) bool {
	for _, e := range t.exceptions {
		if e.matchesIn(text, found) {
			return false
		}
	}
	text, found = setAside(text, found, t.asides)
	for _, p := range t.phrases {
		if p.matchesIn(text, found) {
			return true
		}
	}
	return false
}

// ThemesOf returns the themes an exclusion criterion belongs to. targets are
// the trial's own targets: naming one ("anti-CD38", a CD38 drug) puts the
// criterion in prior_targeted_therapy.
func ThemesOf(criterion string, targets []string) []model.ThemeKey {
	var out []model.ThemeKey
	set := compiledThemes()
	text, found := setAside(criterion, set.starts.findFold(criterion), set.except)
	for _, t := range set.themes {
		if t.Key == model.ThemePriorTargetedTherapy {
			if NamesAnyTarget(criterion, targets) {
				out = append(out, t.Key)
			}
			continue
		}
		if t.matches(text, found) {
			out = append(out, t.Key)
		}
	}
	return out
}

// setAside blanks the text that asides match, and finds the starts in
// what is left.
func setAside(text string, found startSet, asides []phrase) (string, startSet) {
	changed := false
	for _, a := range asides {
		if a.matchesIn(text, found) {
			text = a.re.ReplaceAllString(text, " ")
			changed = true
		}
	}
	if !changed {
		return text, found
	}
	return text, compiledThemes().starts.findFold(text)
}

func NamesAnyTarget(text string, targets []string) bool {
	if len(targets) == 0 {
		return false
	}
	for _, hit := range FindTargets(text) {
		for _, t := range targets {
			if hit.Target == t {
				return true
			}
		}
	}
	return false
}

// classifyExclusions maps each theme to the 1-based numbers of a trial's
// exclusion criteria in it. Themes with no criterion are left out.
func classifyExclusions(t *model.Trial) map[model.ThemeKey][]int {
	out := map[model.ThemeKey][]int{}
	// Criteria in another language are read with their words in English:
	// "Schwangerschaft" is in the pregnancy theme.
	langs := exclusionLanguages(t)
	// Each criterion is searched for the trial's targets on its own: a
	// criterion that names none is passed over after one quick look.
	for i, c := range t.Exclusion {
		for _, k := range ThemesOf(langs.EnglishCriterionWords(c), t.Targets) {
			out[k] = append(out[k], i+1)
		}
	}
	return out
}

// Window is a time span a criterion states, such as "within 3 months".
type Window struct {
	Value float64
	Unit  model.AgeUnit
	Text  string
}

// InDays returns the window's length in days.
func (w Window) InDays() float64 { return model.AgeBound{Value: w.Value, Unit: w.Unit}.InDays() }

var windowPhrase = regexp.MustCompile(`(?i)(within|in the (?:previous|past|last)|>|≥|>=|more than|at least|less than|<)?\s*(\d+(?:\.\d+)?)\s*(days?|weeks?|months?|years?)\b\s*(prior|before|from|since|after)?`)

// Windows returns the time spans a criterion states: "within 3 months",
// "> 8 weeks from infusion", "60 days prior". A bare number of years that is
// a patient's age is not a window, so a span needs a word around it.
func Windows(criterion string) []Window {
	var out []Window
	for _, m := range windowPhrase.FindAllStringSubmatch(criterion, -1) {
		if m[1] == "" && m[4] == "" {
			continue
		}
		v, _ := strconv.ParseFloat(m[2], 64)
		unit := model.AgeUnit(strings.ToLower(m[3]))
		if !strings.HasSuffix(string(unit), "s") {
			unit += "s"
		}
		out = append(out, Window{Value: v, Unit: unit, Text: strings.TrimSpace(m[0])})
	}
	return out
}

var parenthetical = regexp.MustCompile(`\([^()]*\)`)

// performanceScales finds the first score after each scale's name.
var performanceScales = map[string]*regexp.Regexp{
	"karnofsky": regexp.MustCompile(`(?i)karnofsky\b[^0-9]{0,40}?(\d{2,3})`),
	"lansky":    regexp.MustCompile(`(?i)lansky\b[^0-9]{0,40}?(\d{2,3})`),
}

// PerformanceThresholds returns the Karnofsky or Lansky scores a criterion
// asks for, keyed by scale. Asides in parentheses ("(for age ≥16 years)")
// are skipped.
func PerformanceThresholds(criterion string) map[string]int {
	out := map[string]int{}
	text := parenthetical.ReplaceAllString(criterion, "")
	for scale, re := range performanceScales {
		if m := re.FindStringSubmatch(text); m != nil {
			if v, err := strconv.Atoi(m[1]); err == nil && v <= 100 {
				out[scale] = v
			}
		}
	}
	return out
}

var expressionThreshold = regexp.MustCompile(`(?i)expression\s*(?:of\s*)?(?:≥|>=|>|of at least|at least)\s*(\d+(?:\.\d+)?)\s*%`)

// MarkerRequirement is a target an inclusion criterion requires on the
// blasts, with the least percentage when it states one.
type MarkerRequirement struct {
	Target     string
	MinPercent float64
	Criterion  string
	// Number is the criterion's 1-based number among the inclusion
	// criteria.
	Number int
}

var (
	markerRequired  = regexp.MustCompile(`(?i)expressing|expression|positive|\+(?:\s|$|[^/-])`)
	markerUncertain = regexp.MustCompile(`(?i)\+/-|\+/−|\bor\b|\barm\b|\bif\b`)
)

// RequiredMarkers returns the targets the inclusion criteria require,
// such as "B-ALL blast cells expressing CD22" or "CLL-1 expression ≥50%".
// A criterion with alternatives ("CD19+/-", "ARM A … OR …") requires none.
func RequiredMarkers(inclusion []string) []MarkerRequirement {
	var out []MarkerRequirement
	seen := map[string]bool{}
	for n, c := range inclusion {
		if !markerRequired.MatchString(c) || markerUncertain.MatchString(c) {
			continue
		}
		var min float64
		if m := expressionThreshold.FindStringSubmatch(c); m != nil {
			min, _ = strconv.ParseFloat(m[1], 64)
		}
		for _, hit := range FindTargets(c) {
			if !seen[hit.Target] {
				seen[hit.Target] = true
				out = append(out, MarkerRequirement{Target: hit.Target, MinPercent: min, Criterion: c, Number: n + 1})
			}
		}
	}
	order := targets().order
	sort.SliceStable(out, func(i, j int) bool { return order[out[i].Target] < order[out[j].Target] })
	return out
}
