package export

// unitKind says how a unit may break and what it keeps with.
type unitKind int

const (
	// unitHeading opens a trial; it stays with what follows.
	unitHeading unitKind = iota
	// unitLabel opens a section such as "Exclusion criteria"; it stays
	// with what follows.
	unitLabel
	// unitBody is content: a criterion, a fact. It breaks across columns
	// only when it is taller than a whole column.
	unitBody
	// unitSpace separates trials; it is dropped at the top of a column.
	unitSpace
)

// unit is a block of lines that the flow places whole when it can.
type unit struct {
	kind  unitKind
	trial int
	// section is the section the unit belongs to, repeated with
	// "(continued)" when the section goes on in a new column.
	section string
	// anchor, when set, names the unit for page references.
	anchor string
	lines  []line
}

func (u unit) height() float64 {
	h := 0.0
	for _, l := range u.lines {
		h += l.h
	}
	return h
}

// flowPage is one detail page: its columns of placed lines, and the trials
// it shows.
type flowPage struct {
	columns [][]line
	trials  []int
}

// flowGeometry is the page's shape and the lines that continue a trial or
// a section at the top of a column.
type flowGeometry struct {
	columns        int
	height         float64
	trialContinued func(trial int) []line
	labelContinued func(trial int, section string) []line
}

// flowResult holds the pages and, for each anchor, the page number its unit
// starts on.
type flowResult struct {
	pages   []flowPage
	anchors map[string]int
}

// flow places units on pages, column by column, in order. It measures
// before it places: a heading or label is never the last thing in a
// column, a body unit moves whole to the next column unless it is taller
// than a column, and a column that continues a trial starts with its
// "(continued)" heading, and with its section's when that continues too.
// firstPage numbers the first page.
func flow(units []unit, g flowGeometry, firstPage int) flowResult {
	f := &flower{g: g, res: flowResult{anchors: map[string]int{}}, trial: -1, col: g.columns}
	for i, u := range units {
		if u.kind == unitSpace {
			if !f.fresh() && f.col < g.columns && u.height() <= f.room() {
				for _, l := range u.lines {
					f.put(l)
				}
			}
			continue
		}
		need := u.height()
		if u.kind == unitHeading || u.kind == unitLabel {
			need = f.keepHeight(units, i)
		}
		// A unit taller than a column starts where it is, unless little
		// room is left.
		tall := u.kind == unitBody && need > g.height && f.room() >= g.height/4
		if f.col >= g.columns || (need > f.room()+epsilon && !f.fresh() && !tall) {
			f.openColumn(u)
		}
		if u.anchor != "" {
			f.res.anchors[u.anchor] = firstPage + len(f.res.pages) - 1
		}
		for _, l := range u.lines {
			if l.h > f.room()+epsilon && !f.fresh() {
				f.openColumn(u)
			}
			f.place(l)
		}
		f.trial, f.section = u.trial, u.section
		f.noteTrial(u.trial)
	}
	return f.res
}

// epsilon absorbs rounding in sums of heights.
const epsilon = 1e-6

type flower struct {
	g       flowGeometry
	res     flowResult
	col     int
	used    float64
	content bool // whether the column holds more than continuation lines
	trial   int
	section string
}

func (f *flower) room() float64 { return f.g.height - f.used }

// fresh reports whether the column holds no content yet.
func (f *flower) fresh() bool { return !f.content }

// keepHeight is the height a heading or label needs: itself, the headings,
// labels and spaces right after it, and the first unit of content after
// them (its first line when that unit is taller than a column).
func (f *flower) keepHeight(units []unit, i int) float64 {
	h := 0.0
	for ; i < len(units); i++ {
		u := units[i]
		if u.kind == unitHeading || u.kind == unitLabel {
			h += u.height()
			continue
		}
		if u.kind == unitSpace {
			h += u.height()
			continue
		}
		if bh := u.height(); bh <= f.g.height/2 {
			return h + bh
		}
		if len(u.lines) > 0 {
			h += u.lines[0].h
		}
		break
	}
	return h
}

// openColumn starts the next column, on a new page after the last, and
// repeats the trial's and section's headings when u continues them.
func (f *flower) openColumn(u unit) {
	f.col++
	if f.col >= f.g.columns {
		f.res.pages = append(f.res.pages, flowPage{columns: make([][]line, f.g.columns)})
		f.col = 0
	}
	f.used, f.content = 0, false
	if u.trial != f.trial || u.kind == unitHeading || f.trial < 0 {
		return
	}
	for _, l := range f.g.trialContinued(u.trial) {
		f.put(l)
	}
	if u.kind == unitBody && u.section != "" && u.section == f.section {
		for _, l := range f.g.labelContinued(u.trial, u.section) {
			f.put(l)
		}
	}
	f.noteTrial(u.trial)
}

func (f *flower) put(l line) {
	p := &f.res.pages[len(f.res.pages)-1]
	p.columns[f.col] = append(p.columns[f.col], l)
	f.used += l.h
}

func (f *flower) place(l line) {
	f.put(l)
	f.content = true
}

func (f *flower) noteTrial(trial int) {
	p := &f.res.pages[len(f.res.pages)-1]
	if n := len(p.trials); n == 0 || p.trials[n-1] != trial {
		p.trials = append(p.trials, trial)
	}
}
