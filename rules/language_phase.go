package rules

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// phaseKinds are the kinds of language words a phase is read from.
var phaseKinds = []string{vocab.LanguagePhase}

// FindPhase finds the first phase a text writes in one of the languages l
// ("第2相", "fase 2", "I/II期", "I 期") and returns the line it was read
// from.
func (l Languages) FindPhase(text string) (phases []model.Phase, line string, ok bool) {
	if l.Empty() {
		return nil, "", false
	}
	s := withoutSpacesAroundSlash(withoutSpacesBesideUnspaced(FoldWidth(text)))
	// Joining a wrapped numeral keeps each byte's place, so a place in
	// the scanned text is one in s.
	scanned := withWrappedNumerals(s)
	found, foundEnd := -1, -1
	// cued is the first phase written as one already completed: the
	// trial's own after all when the text names no other phase.
	cued, cuedEnd, cuedPhases := -1, -1, []model.Phase(nil)
	// A series of three phases or more close together explains what
	// phases are ("第I相 … 第II相 … 第III相"), as the English reader
	// passes over too: the phases of its window are no trial's.
	seriesEnd := -1
	languages().scan(scanned, l, phaseKinds, func(at, end int, w *languageWord) bool {
		if at < seriesEnd {
			return true
		}
		// A cued phase is passed over before a series is looked for: the
		// phases completed before the trial's own ("عقب النجاح في
		// المرحلتين الأولى والثانية … المرحلة الثالثة") explain nothing.
		switch l.phaseCue(scanned, at, end) {
		case "":
		case laterPhaseCue, unitPhaseCue, stagePhaseCue:
			// A step the trial may take next ("andare avanti nella fase
			// 2"), a unit named for the trials it runs ("Faz-1 Klinik
			// Araştırma Merkezi"), or a disease's stage ("II期乳腺癌"), is
			// no phase of the trial's own.
			return true
		default:
			if cued < 0 {
				cued, cuedEnd, cuedPhases = at, end, w.phases
			}
			return true
		}
		if windowEnd := at + phaseSeriesWindow; l.namesPhaseSeries(scanned[at:min(len(scanned), windowEnd)]) {
			seriesEnd = windowEnd
			return true
		}
		found, foundEnd, phases = at, end, w.phases
		return false
	})
	if found < 0 {
		found, foundEnd, phases = cued, cuedEnd, cuedPhases
	}
	if found < 0 {
		return nil, "", false
	}
	phases = l.withJoinedPhases(scanned, foundEnd, phases)
	// The line of the text that holds the phrase: folding keeps the
	// text's lines.
	n := strings.Count(s[:found], "\n")
	lines := strings.Split(text, "\n")
	return phases, strings.TrimSpace(lines[min(n, len(lines)-1)]), true
}

// withJoinedPhases adds to the phases found, which end at text[end], the
// phases written right after them, the same trial's: "faz-1 faz-2" is
// phase 1/2. Only the few bytes after each phase are scanned.
func (l Languages) withJoinedPhases(text string, end int, phases []model.Phase) []model.Phase {
	for {
		window := text[end:min(len(text), end+phaseJoinWindow)]
		next := -1
		languages().scan(window, l, phaseKinds, func(at, e int, w *languageWord) bool {
			if phasesJoined(window[:at]) {
				phases, next = model.UniquePhases(append(slices.Clone(phases), w.phases...)), end+e
				model.SortPhases(phases)
			}
			return false
		})
		if next < 0 {
			return phases
		}
		end = next
	}
}

// phaseJoinWindow is how many bytes after a phase the next phase joined to
// it is looked for in: the joint and the longest way of writing a phase.
const phaseJoinWindow = 48

// phasesJoined reports whether the text between two phases joins them into
// one trial's: spaces, or one slash or dash between spaces ("faz-1 faz-2",
// "fase 2 – fase 3"). A comma lists phases passed ("第1相、第2相試験を経て").
func phasesJoined(between string) bool {
	s := strings.Trim(between, " ")
	return len(between) <= 5 && (s == "" || s == "/" || s == "-" || s == "–")
}

// phaseSeriesWindow is how far, in bytes, the phases of a series stand
// from the first of them.
const phaseSeriesWindow = 600

// namesPhaseSeries reports whether a text opens a series of three
// different phases or more in the languages l, each higher than the one
// before ("I期…II期…III期"). A phase named again, or a lower one, before the
// series is complete is a trial's own: "进入I期临床试验…I期试验大约需要4个月…
// II期…III期" is phase 1, and so is "本試験は第II相…第I相、第II相、第III相".
func (l Languages) namesPhaseSeries(text string) bool {
	seen, top := 0, model.Phase("")
	ascending := true
	languages().scan(text, l, phaseKinds, func(_, _ int, w *languageWord) bool {
		for _, p := range w.phases {
			if top != "" && p.Rank() <= top.Rank() {
				ascending = false
				return false
			}
			top = p
			seen++
		}
		return seen < 3
	})
	return ascending && seen >= 3
}

// withoutSpacesBesideUnspaced removes the spaces a page sets between a
// Latin letter or digit and a character of a script written without
// spaces ("I 期临床研究", "第 2 相"), so that such a phrase reads as it is
// written without them. Lines stay as they are.
func withoutSpacesBesideUnspaced(s string) string {
	if !strings.Contains(s, " ") || !HasCJK(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i, r := range s {
		if r == ' ' {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if isUnspacedScript(prev) && isASCIIAlnumRune(next) || isASCIIAlnumRune(prev) && isUnspacedScript(next) {
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// spacedSlash is a slash between two numerals of a phase with a space on
// either side: "Fase 1 /2", "fase I/ II".
var spacedSlash = regexp.MustCompile(`\b([1-4]|I{1,3}|IV)(?: +/ *| */ +)([1-4]|I{1,3}|IV)\b`)

// withoutSpacesAroundSlash writes "Fase 1 /2" as "Fase 1/2", so that a
// phase written with spaces around its slash reads as one written without.
// Lines stay as they are.
func withoutSpacesAroundSlash(s string) string {
	if !strings.Contains(s, " /") && !strings.Contains(s, "/ ") {
		return s
	}
	return spacedSlash.ReplaceAllString(s, "$1/$2")
}

// isASCIIAlnumRune reports whether r is an ASCII letter or digit.
func isASCIIAlnumRune(r rune) bool { return r < utf8.RuneSelf && isAlnumByte(byte(r)) }

// wrappedNumeral opens a line with a phase's numeral that a hard-wrapped
// line has moved off the line of its word ("di fase" / "III dedicato"): a
// roman numeral or a digit, not an item's number ("2. …", "2) …").
var wrappedNumeral = regexp.MustCompile(`\n(?:IV|I{1,3}|[1-4])(?:\s|,|$)`)

// withWrappedNumerals puts a space for each line break before a wrapped
// numeral, so that "fase" / "III" reads as "fase III". The text keeps its
// length, and so the place of each byte.
func withWrappedNumerals(s string) string {
	if !strings.Contains(s, "\n") || !wrappedNumeral.MatchString(s) {
		return s
	}
	b := []byte(s)
	for _, loc := range wrappedNumeral.FindAllStringIndex(s, -1) {
		b[loc[0]] = ' '
	}
	return string(b)
}

// phaseBeforeKinds and phaseAfterKinds are the kinds of language words
// that mark a phase as another trial's, before it and after it.
var (
	phaseBeforeKinds = []string{vocab.LanguagePhaseBefore}
	phaseAfterKinds  = []string{vocab.LanguagePhaseAfter}
)

// The bytes between a phase and a cue that makes it another's: a particle
// or a space before it ("已完成 III期"); the trial's word and its particle
// after it ("3상 임상시험을 완료한", "第3相試験を終了").
const (
	maxPhaseBeforeGap = 6
	maxPhaseAfterGap  = 24
)

// phaseCue returns the meaning of a cue, in the languages l, that makes
// the phase at text[at:end] not the trial's own, or "": a "phase before"
// word just before it or a "phase after" word just after it, or, for one
// that means it was completed, at the end of its clause. Most mean a
// phase already completed ("1상을 완료한 뒤 2상에 진입", "第2相試験を完了し、
// 第3相試験を開始", "I期临床试验已经完成"), which gives way to another phase
// the text names, as the English reader's reported phases do;
// laterPhaseCue means a step the trial may take next ("passare alla fase
// 3"), unitPhaseCue a unit named for its trials ("Faz-1 Klinik Araştırma
// Merkezi").
func (l Languages) phaseCue(text string, at, end int) string {
	cue := ""
	before := suffix(text[:at], maxPhaseBeforeGap+maxPhaseCueBytes)
	languages().scan(before, l, phaseBeforeKinds, func(_, e int, w *languageWord) bool {
		if len(before)-e <= maxPhaseBeforeGap {
			cue = w.meaning
		}
		return true
	})
	if cue != "" {
		return cue
	}
	after := prefix(text[end:], maxCompletedCueReach)
	if l.namesStageAt(after) {
		return stagePhaseCue
	}
	clause := clauseEndAt(after)
	window := after[:max(clause, min(len(after), maxPhaseAfterGap+maxPhaseCueBytes))]
	languages().scan(window, l, phaseAfterKinds, func(a, _ int, w *languageWord) bool {
		switch {
		case w.meaning == stagePhaseCue:
			return true
		case a <= maxPhaseAfterGap:
			cue = w.meaning
		case a < clause && w.meaning != laterPhaseCue && w.meaning != unitPhaseCue && !l.namesPhase(after[:a]):
			// A clause that ends with its verb says at its end that the
			// phase was completed, past the words of where and how:
			// "Faz-1 aşamasının başarıyla tamamlandığını", "бірінші
			// кезеңі Алматыдағы радиология институтында өтті". A verb
			// of a clause of its own ("第2相試験の投与群において,
			// 患者登録を完了") is another's: enrolment was completed.
			cue = w.meaning
		}
		return false
	})
	return cue
}

// namesStageAt reports whether a text, which follows a phase's numeral,
// opens with a word that makes the numeral a disease's stage in one of the
// languages l: a disease or its patients right after it ("II期乳腺癌",
// "II期患者"). Chinese writes a stage with the phase's "期".
func (l Languages) namesStageAt(text string) bool {
	stage := false
	languages().scan(prefix(text, maxPhaseCueBytes), l, phaseAfterKinds, func(a, _ int, w *languageWord) bool {
		stage = a == 0 && w.meaning == stagePhaseCue
		return !stage
	})
	return stage
}

// maxCompletedCueReach is how far after a phase, within its clause, a cue
// that it was completed is looked for.
const maxCompletedCueReach = 200

// clauseEndAt returns where the first clause of text ends: at its first
// comma or sentence stop, or at its end.
func clauseEndAt(text string) int {
	end := sentenceEndAt(text, 0)
	if i := strings.Index(text[:end], ", "); i >= 0 {
		return i
	}
	return end
}

// namesPhase reports whether a text names a phase in one of the languages
// l.
func (l Languages) namesPhase(text string) bool {
	found := false
	languages().scan(text, l, phaseKinds, func(int, int, *languageWord) bool {
		found = true
		return false
	})
	return found
}

// laterPhaseCue, unitPhaseCue and stagePhaseCue are the meanings of phase
// cues that make the phase a step the trial may take next, the name of a
// unit that runs trials of that phase, and a disease's stage.
const (
	laterPhaseCue = "later"
	unitPhaseCue  = "unit"
	stagePhaseCue = "stage"
)

// maxPhaseCueBytes is the most bytes a phase cue takes.
const maxPhaseCueBytes = 24
