package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/model"
)

// The overview's geometry, in millimetres.
const (
	trialsPerOverviewPage = 8
	overviewLabelWidth    = 42.0
	cellPadX              = 1.2
	cellPadY              = 0.7
	themePadY             = 0.35
	chipHeight            = 3.8
	chipGap               = 1.0
	ageBarRoom            = 3.6
)

// The overview's type styles; no text is smaller than 7 pt.
var (
	titleStyle     = style{bold: true, size: 14, color: ink}
	subtitleStyle  = style{size: 8, color: muted}
	patientStyle   = style{bold: true, size: 8.5, color: ink}
	noteStyle      = style{bold: true, size: 8.5, color: accent}
	ovLabelStyle   = style{bold: true, size: 7.5, color: ink}
	ovNoteStyle    = style{size: 7, color: muted}
	chipStyle      = style{bold: true, size: 7, color: white}
	legendStyle    = style{size: 7, color: muted}
	headNameStyle  = style{bold: true, size: 8, color: ink}
	headIDStyle    = style{bold: true, size: 7.5, color: accent}
	headRefStyle   = style{size: 7, color: muted}
	themeCellStyle = style{size: 7, color: ink}
)

// rowCaps are the most lines a cell of each row shows before it is
// shortened, and the order in which rows give up lines when a page runs
// short, first to last.
var rowCaps = map[compare.OverviewKey]int{
	compare.OverviewFit: 7, compare.OverviewPhase: 2, compare.OverviewStatus: 3, compare.OverviewTargets: 3,
	compare.OverviewAges: 2, compare.OverviewSex: 1, compare.OverviewDiagnosis: 2, compare.OverviewRules: 5,
	compare.OverviewExclusions: 2, compare.OverviewEnrollment: 2, compare.OverviewSponsor: 3, compare.OverviewSites: 3,
}

// para is a paragraph of a cell in one style.
type para struct {
	text string
	st   style
}

// ovCell is one cell of the overview, laid out.
type ovCell struct {
	lines []line
	chips []string
	fill  *rgb
	// ages is set in the age row: the bar is drawn above the lines.
	ages *model.AgeRange
}

// ovRow is one row of the overview, laid out.
type ovRow struct {
	key     compare.OverviewKey
	label   []line
	h       float64
	cells   []ovCell
	differs bool
	// group marks the heading line of the exclusion grid, theme a row of
	// it.
	group, theme bool
}

// ovPage is one overview page.
type ovPage struct {
	trials  []int
	colW    float64
	header  []ovCell
	headerH float64
	rows    []ovRow
}

// overviewLayout is the overview, measured and placed, ready to draw.
type overviewLayout struct {
	title   []line
	legend  []line
	pages   []ovPage
	patient *eligibility.Profile
}

// overviewPageCount is how many pages the overview takes: one for up to
// eight trials, two for up to sixteen.
func overviewPageCount(trials int) int {
	return max(1, (trials+trialsPerOverviewPage-1)/trialsPerOverviewPage)
}

// pageRef gives the page that holds a trial's value in full, 0 for none.
type pageRef func(trial int, key compare.OverviewKey) int

// overviewBuilder lays out the overview.
type overviewBuilder struct {
	m      measurer
	cmp    compare.Comparison
	rows   []compare.OverviewRow
	width  float64
	height float64
	ref    pageRef
	body   style
}

// layoutOverview measures the overview's rows for a page of width × height
// (the area inside the margins and above the footer). ref names the pages
// that hold values in full.
func layoutOverview(m measurer, cmp compare.Comparison, rows []compare.OverviewRow, opts Options, width, height float64, ref pageRef) overviewLayout {
	b := &overviewBuilder{m: m, cmp: cmp, rows: rows, width: width, height: height, ref: ref}
	out := overviewLayout{title: b.titleLines(opts), legend: b.legendLines(opts), patient: cmp.Patient}
	pages := overviewPageCount(len(cmp.Trials))
	per := (len(cmp.Trials) + pages - 1) / pages
	for start := 0; start < len(cmp.Trials) || start == 0; start += per {
		var trials []int
		for i := start; i < min(start+per, len(cmp.Trials)); i++ {
			trials = append(trials, i)
		}
		out.pages = append(out.pages, b.page(trials, out))
		if len(cmp.Trials) == 0 {
			break
		}
	}
	return out
}

func heightOf(lines []line) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.h
	}
	return h
}

func (b *overviewBuilder) titleLines(opts Options) []line {
	lines := b.m.textLines(opts.title(), titleStyle, 0, b.width)
	if len(lines) > 2 {
		rest := make([]string, 0, len(lines)-1)
		for _, l := range lines[1:] {
			rest = append(rest, l.text())
		}
		lines = append(lines[:1], line{h: lines[1].h, spans: []span{{text: b.m.fit(strings.Join(rest, " "), "…", titleStyle, b.width), st: titleStyle}}})
	}
	sub := fmt.Sprintf("Generated %s · %d trials", opts.Generated.Format("2 January 2006, 15:04"), len(b.cmp.Trials))
	var after []string
	if opts.Changes && b.cmp.HasChanges() {
		after = append(after, "the c"+strings.TrimPrefix(ChangesTitle(b.cmp), "C"))
	}
	if opts.sections() != SectionsOverview {
		after = append(after, "each trial's details and criteria in full")
	}
	if len(after) > 0 {
		sub += " · " + strings.Join(after, ", then ") + " follow the overview"
	}
	lines = append(lines, b.m.textLines(sub, subtitleStyle, 0, b.width)...)
	for _, note := range b.noteTexts(opts) {
		lines = append(lines, b.m.textLines(note, noteStyle, 0, b.width)...)
	}
	if p := b.cmp.Patient; p != nil {
		lines = append(lines, b.m.textLines("Patient: "+p.Describe()+". The Fit row is a screening aid, not an eligibility decision: check the criteria named.", patientStyle, 0, b.width)...)
	}
	return append(lines, line{h: 1.5})
}

// noteTexts are the notes printed under the title: the board's note and,
// when the details that carry each trial's note are not printed, the
// trials' notes.
func (b *overviewBuilder) noteTexts(opts Options) []string {
	var out []string
	if opts.Note != "" {
		out = append(out, "Note: "+opts.Note)
	}
	if opts.sections() != SectionsOverview {
		return out
	}
	for i, t := range b.cmp.Trials {
		if t.UserNote != "" {
			out = append(out, "Note on "+b.cmp.ColumnTitle(i)+": "+t.UserNote)
		}
	}
	return out
}

// legendLines explain the shading and, for the rows and sections shown,
// the marks, the age axis and the page references.
func (b *overviewBuilder) legendLines(opts Options) []line {
	parts := []string{"Shaded rows: the trials on this page differ there."}
	shown := func(k compare.OverviewKey) bool {
		return slices.ContainsFunc(b.rows, func(r compare.OverviewRow) bool { return r.Key == k })
	}
	if shown(compare.OverviewExclusions) {
		parts = append(parts, "● 2, 5: the numbers of the trial's exclusion criteria in that theme; – none of them.")
	}
	if shown(compare.OverviewAges) {
		parts = append(parts, "Age bars share one axis from birth to 80 years, stretched at the young end; ticks at 1 and 18 years.")
	}
	if opts.sections() == SectionsOverview {
		parts = append(parts, "\"…\": shortened; export with the details for the full text.")
	} else {
		parts = append(parts, "\"… see p. N\": the full text is on page N.")
	}
	text := strings.Join(append(parts, "\"not stated\": the document does not say."), " ")
	lines := []line{{h: 1}}
	return append(lines, b.m.textLines(text, legendStyle, 5, b.width)...)
}

// bodyStyle is the cells' text style for a column width: smaller for
// narrow columns, never under 7 pt.
func bodyStyle(colW float64) style {
	switch {
	case colW >= 45:
		return style{size: 8, color: ink}
	case colW >= 32:
		return style{size: 7.5, color: ink}
	}
	return style{size: 7, color: ink}
}

func (b *overviewBuilder) page(trials []int, out overviewLayout) ovPage {
	p := ovPage{trials: trials, colW: (b.width - overviewLabelWidth) / float64(max(1, len(trials)))}
	b.body = bodyStyle(p.colW)
	inner := p.colW - 2*cellPadX
	for _, t := range trials {
		c := b.headerCell(t, inner)
		p.header = append(p.header, c)
		p.headerH = max(p.headerH, b.cellHeight(c, inner))
	}
	p.headerH += 2 * cellPadY
	rows := b.measureRows(trials, inner)
	fitRows(rows, b.height-heightOf(out.title)-heightOf(out.legend)-p.headerH, b.body)
	for _, mr := range rows {
		row := mr.row
		row.h = mr.height(b.body)
		if !row.group {
			row.cells = make([]ovCell, len(trials))
			for j, t := range trials {
				row.cells[j] = b.finishCell(mr.src, mr.natural[j], mr.limit, t, inner)
			}
		}
		p.rows = append(p.rows, row)
	}
	return p
}

// measuredRow is a row with each cell set at full length, and the most
// lines its cells may show.
type measuredRow struct {
	row     ovRow
	src     compare.OverviewRow
	natural [][]line
	limit   int
}

// longest is the most lines a cell of the row needs.
func (r measuredRow) longest() int {
	n := 0
	for _, ls := range r.natural {
		n = max(n, len(ls))
	}
	return n
}

// used is the most lines a cell of the row shows.
func (r measuredRow) used() int { return min(r.longest(), r.limit) }

func (r measuredRow) height(body style) float64 {
	h := 0.0
	for _, ls := range r.natural {
		h = max(h, heightOf(ls[:min(len(ls), r.limit)]))
	}
	if r.row.key == compare.OverviewAges && !r.row.theme {
		h += ageBarRoom
	}
	pad := cellPadY
	switch {
	case r.row.group:
		h = body.lineHeight() * 0.9
	case r.row.theme:
		pad = themePadY
	}
	return max(h, heightOf(r.row.label)) + 2*pad
}

// measureRows sets every cell of the page's rows at full length, the
// exclusions as a heading and a row per theme.
func (b *overviewBuilder) measureRows(trials []int, width float64) []measuredRow {
	labelW := overviewLabelWidth - 2*cellPadX
	var rows []measuredRow
	add := func(row ovRow, src compare.OverviewRow, paras [][]para) {
		mr := measuredRow{row: row, src: src, limit: rowCaps[row.key]}
		for _, ps := range paras {
			mr.natural = append(mr.natural, b.setParas(ps, width))
		}
		rows = append(rows, mr)
	}
	for _, r := range b.rows {
		if r.Key != compare.OverviewExclusions {
			paras := make([][]para, 0, len(trials))
			for _, t := range trials {
				paras = append(paras, b.cellParas(r.Key, r.Cells[t]))
			}
			add(ovRow{key: r.Key, differs: compare.CellsDiffer(pick(r.Cells, trials)), label: b.rowLabel(r)}, r, paras)
			continue
		}
		add(ovRow{key: r.Key, group: true, label: b.m.textLines("Exclusion criteria by theme", ovLabelStyle, 0, labelW)}, compare.OverviewRow{Key: r.Key}, nil)
		for _, th := range r.Themes {
			paras := make([][]para, 0, len(trials))
			for _, t := range trials {
				switch c := th.Cells[t]; {
				case len(c.Items) > 0:
					paras = append(paras, []para{{c.Text, themeCellStyle}})
				case c.NotStated:
					// No exclusion criterion was read for the trial.
					paras = append(paras, []para{{model.NotStated, style{size: 7, italic: true, color: muted}}})
				default:
					paras = append(paras, []para{{"–", style{size: 7, color: muted}}})
				}
			}
			label := b.m.textLines(th.Label, style{size: 7, color: ink}, 0, labelW)
			add(ovRow{key: r.Key, theme: true, differs: compare.CellsDiffer(pick(th.Cells, trials)), label: label}, compare.OverviewRow{Key: r.Key}, paras)
		}
	}
	return rows
}

// fitRows sets each row's line limit so that the rows fill at most avail:
// with room to spare a shortened row grows, up to twice its cap, the
// shortest first; short of room the row showing the most lines gives one
// up, until the rows fit or every row shows one line.
func fitRows(rows []measuredRow, avail float64, body style) {
	total := func() float64 {
		sum := 0.0
		for _, r := range rows {
			sum += r.height(body)
		}
		return sum
	}
	for {
		best := -1
		for i, r := range rows {
			if r.longest() > r.limit && r.limit < 2*rowCaps[r.row.key] && (best < 0 || r.limit < rows[best].limit) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		rows[best].limit++
		if total() > avail {
			rows[best].limit--
			break
		}
	}
	for total() > avail {
		best := longestShrinkable(rows, false)
		if best < 0 {
			best = longestShrinkable(rows, true)
		}
		if best < 0 {
			break
		}
		rows[best].limit = rows[best].used() - 1
	}
}

// longestShrinkable is the row showing the most lines that can give one
// up, or -1. The Fit row, the reason a board reads the sheet, gives up
// lines only when withFit is set, after every other row has.
func longestShrinkable(rows []measuredRow, withFit bool) int {
	best := -1
	for i, r := range rows {
		if r.row.key == compare.OverviewFit && !withFit {
			continue
		}
		if r.used() > 1 && (best < 0 || r.used() > rows[best].used()) {
			best = i
		}
	}
	return best
}

// pick returns the cells of the trials on a page: shading compares what
// the page shows.
func pick(cells []compare.Cell, trials []int) []compare.Cell {
	out := make([]compare.Cell, 0, len(trials))
	for _, t := range trials {
		out = append(out, cells[t])
	}
	return out
}

func (b *overviewBuilder) rowLabel(r compare.OverviewRow) []line {
	w := overviewLabelWidth - 2*cellPadX
	lines := b.m.textLines(r.Label, ovLabelStyle, 0, w)
	if r.Key == compare.OverviewAges {
		lines = append(lines, b.m.textLines("birth to 80 y", ovNoteStyle, 0, w)...)
	}
	return lines
}

// cellParas are a cell's paragraphs: the text in the body style, with the
// verdict, a stale status and "not stated" set apart.
func (b *overviewBuilder) cellParas(key compare.OverviewKey, c compare.Cell) []para {
	if c.NotStated {
		return []para{{model.NotStated, style{italic: true, size: b.body.size, color: muted}}}
	}
	if c.Text == "" {
		return nil
	}
	parts := strings.Split(c.Text, "\n")
	out := make([]para, 0, len(parts))
	for i, p := range parts {
		st := b.body
		switch {
		case key == compare.OverviewFit && i == 0:
			st.bold = true
			if c.Verdict == eligibility.VerdictExcluded {
				st.color = excludedInk
			}
		case key == compare.OverviewStatus && i > 0:
			st = style{size: 7, color: muted}
			if c.Stale {
				st = style{bold: true, size: 7, color: warningInk}
			}
		}
		out = append(out, para{p, st})
	}
	return out
}

func (b *overviewBuilder) setParas(ps []para, width float64) []line {
	var out []line
	for _, p := range ps {
		out = append(out, b.m.textLines(p.text, p.st, 0, width)...)
	}
	return out
}

// finishCell keeps a cell's lines up to its row's cap; a cut cell ends with
// "…" and the page that has it in full.
func (b *overviewBuilder) finishCell(r compare.OverviewRow, lines []line, limit, trial int, width float64) ovCell {
	c := ovCell{}
	if r.Key == compare.OverviewAges {
		ages := b.cmp.Trials[trial].Ages
		c.ages = &ages
	}
	if r.Key == compare.OverviewFit {
		switch r.Cells[trial].Verdict {
		case eligibility.VerdictExcluded:
			c.fill = &excludedFill
		case eligibility.VerdictPossible:
			c.fill = &possibleFill
		}
	}
	if len(lines) <= limit {
		c.lines = lines
		return c
	}
	ending := "…"
	if page := b.ref(trial, r.Key); page > 0 {
		ending = fmt.Sprintf("… see p. %d", page)
	}
	kept := append([]line(nil), lines[:limit]...)
	last := kept[limit-1]
	rest := []string{last.spans[0].text}
	for _, l := range lines[limit:] {
		rest = append(rest, l.spans[0].text)
	}
	st := last.spans[0].st
	cut := b.m.fit(strings.Join(rest, " "), ending, st, width)
	kept[limit-1] = line{h: last.h, spans: []span{{x: b.m.lineStart(cut, st, 0, width), text: cut, st: st}}}
	c.lines = kept
	return c
}

// headerCell is a column's heading: the acronym or a short title, the NCT
// number, the details' page, and the target chips.
func (b *overviewBuilder) headerCell(i int, width float64) ovCell {
	t := &b.cmp.Trials[i]
	name := t.Acronym
	if name == "" {
		name = t.Title
	}
	var c ovCell
	if name != "" {
		names := b.m.wrap(name, headNameStyle, width)
		if len(names) > 2 {
			names = []string{names[0], b.m.fit(strings.Join(names[1:], " "), "…", headNameStyle, width)}
		}
		for _, n := range names {
			c.lines = append(c.lines, line{h: headNameStyle.lineHeight(), spans: []span{{x: b.m.lineStart(n, headNameStyle, 0, width), text: n, st: headNameStyle}}})
		}
	}
	id := t.NCTID
	if id == "" {
		id = trialHeading(b.cmp, i)
	}
	c.lines = append(c.lines, b.m.textLines(id, headIDStyle, 0, width)...)
	if page := b.ref(i, compare.OverviewPhase); page > 0 {
		c.lines = append(c.lines, b.m.textLines(fmt.Sprintf("details p. %d", page), headRefStyle, 0, width)...)
	}
	c.chips = b.chipsWithin(t.Targets, width, 2)
	return c
}

// chipsWithin keeps the chips that fit in rows of width, ending with "+N"
// for those left out.
func (b *overviewBuilder) chipsWithin(chips []string, width float64, rows int) []string {
	limit := float64(rows)*chipHeight + 0.61
	if b.m.chipRowsHeight(chips, width) <= limit {
		return chips
	}
	for k := len(chips) - 1; k > 0; k-- {
		kept := append(append([]string(nil), chips[:k]...), fmt.Sprintf("+%d", len(chips)-k))
		if b.m.chipRowsHeight(kept, width) <= limit {
			return kept
		}
	}
	return []string{fmt.Sprintf("+%d", len(chips))}
}

func (b *overviewBuilder) cellHeight(c ovCell, width float64) float64 {
	return heightOf(c.lines) + b.m.chipRowsHeight(c.chips, width)
}

// chipLayout places chips in rows within width and returns each chip's
// offset and width.
func (m measurer) chipLayout(chips []string, width float64) (xs, ys, ws []float64) {
	x, y := 0.0, 0.2
	for _, c := range chips {
		w := m.width(c, chipStyle) + 2.4
		if x > 0 && x+w > width {
			x, y = 0, y+chipHeight
		}
		xs, ys, ws = append(xs, x), append(ys, y), append(ws, w)
		x += w + chipGap
	}
	return xs, ys, ws
}

// chipRowsHeight is the height the chips take within width.
func (m measurer) chipRowsHeight(chips []string, width float64) float64 {
	if len(chips) == 0 {
		return 0
	}
	_, ys, _ := m.chipLayout(chips, width)
	return ys[len(ys)-1] + chipHeight + 0.4
}
