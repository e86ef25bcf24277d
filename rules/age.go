package rules

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var unitWords = map[string]model.AgeUnit{
	"y": model.Years, "yo": model.Years, "yr": model.Years, "yrs": model.Years, "year": model.Years, "years": model.Years,
	"mo": model.Months, "mos": model.Months, "month": model.Months, "months": model.Months,
	"wk": model.Weeks, "wks": model.Weeks, "week": model.Weeks, "weeks": model.Weeks,
	"d": model.Days, "day": model.Days, "days": model.Days,
}

const (
	numberRE = `(\d+(?:\.\d+)?)`
	unitRE   = `(years?|yrs?|yo|y|months?|mos?|weeks?|wks?|days?|d)\b`
	// ageOfRE is "age", "the age of" or "age of" before a number.
	ageOfRE = `(?:(?:the\s+)?age\s*(?:of\s*)?)`
	// lowerCmpRE and upperCmpRE are the comparators that open a bound.
	lowerCmpRE = `>=|>|at least|more than|greater than|older than|over|above|minimum|no less than|not less than|no younger than`
	upperCmpRE = `<=|<|younger than|less than|under|below|up to|at most|no more than|not more than|no older than|not older than|maximum`
	// peopleWords are the people a trial takes, as the age phrases name
	// them before their ages: "patients from 18 years", "men and women from
	// 18 to 65 years".
	peopleWords = `patients|children|adults|adolescents|participants|subjects|people|persons|volunteers|men|women|males|females|boys|girls`
)

func named(name, re string) string { return `(?P<` + name + `>` + re + `)` }

var (
	// agePhrase matches, left to right, the common ways a text bounds an
	// age. Each alternative names its groups with its own prefix.
	agePhrase = compileAlternation(
		// range: "12-29 years", "28 days to less than 18 years", "between 1 and 21 years",
		// "6 months up to 16 years"
		named("rlo", numberRE)+`\s*(?:`+named("rlou", unitRE)+`)?\s*(?:old\s*)?(?:-|to|and|through|until|up\s+to)\s*`+named("rcmp", `<=|<|less than|under|younger than|below|up to`)+`?\s*`+named("rhi", numberRE)+`\s*`+named("rhiu", unitRE),
		// prefix comparator: "≥ 12 months", "younger than 26 years", "up to 21 years"; a lone "="
		// is a comparator whose sign the page lost
		named("pcmp", lowerCmpRE+`|`+upperCmpRE+`|=`)+`\s*`+ageOfRE+`?`+named("pnum", numberRE)+`\s*`+named("pu", unitRE),
		// suffix comparator: "30 years and younger", "18 years of age or older"
		named("snum", numberRE)+`\s*`+named("su", unitRE)+`\s*(?:of age|old)?\s*(?:and|or)\s*`+named("scmp", `younger|under|below|less|older|over|above|more|greater`),
		// a plain quantity: "3 Years"
		named("plain", numberRE)+`\s*`+unitRE,
	)
	// ageRarePhrase matches the rarer ways, run only when rareAgeCue finds a
	// mark of one, so that the common phrases stay fast to read.
	ageRarePhrase = compileAlternation(
		// range to an age with no unit: "1 month through age 29"
		named("xlo", numberRE)+`\s*`+named("xlou", unitRE)+`\s*(?:-|to|through|until)\s*`+ageOfRE+named("xhi", numberRE)+`\b`,
		// a range between a small unit and a number whose unit, years, is left out: "aged between 18
		// months and 18"
		`\bbetween\s+`+named("wlo", numberRE)+`\s*`+named("wlou", `months?|mos?|weeks?|wks?|days?`)+`\s+and\s+`+named("whi", numberRE)+`\b(?:\s*`+named("whiu", unitRE)+`)?`,
		// a range after "ages" or "aged", or an age label, its unit at the end or none: "ages 1-39",
		// "aged 1 to 30", "ages 2 through 21", "Age range: 1 - 21", "Age group: 0-17", "aged
		// between 18 and 65", "between the ages of 1 and 21" (written "ages between 1 and 21")
		`\b(?:ages?|aged)(?:\s+(?:range|group|limits?))?\s*:?\s+(?:between\s+)?`+named("alo", numberRE)+`\s*(?:-|to|through|and)\s*`+named("ahi", numberRE)+`\b(?:\s*`+named("ahiu", unitRE)+`)?`+named("apct", `\s*%`)+`?`,
		// comparators on both sides with the unit only at the end: "(>=) 1 … (<=) 30 years"
		named("blcmp", `>=|>`)+`\s*`+named("blo", numberRE)+`[\s….,]*(?:and|to|-)?[\s….,]*`+named("bhcmp", `<=|<`)+`\s*`+named("bhi", numberRE)+`\s*`+named("bhiu", unitRE),
		// registry style with one open end: "N/A to 21 Years", "18 Years to N/A"
		`\bn/?a\s*(?:-|to)\s*`+named("nhi", numberRE)+`\s*`+named("nhiu", unitRE),
		named("nlo", numberRE)+`\s*`+named("nlou", unitRE)+`\s*(?:-|to)\s*n/?a\b`,
		// prefix comparator before "the age of" with no unit: "up to the age of 21"
		named("acmp", lowerCmpRE+`|`+upperCmpRE)+`\s*`+ageOfRE+named("anum", numberRE)+`\b`,
		// "from the age of" a number: the lower bound, the unit maybe left out: "all children from
		// the age of 2 years"; when a range with a unit goes on from it ("from the age of 2 years
		// to 18 years") the match is rejected, and the range read
		`\bfrom\s+(?:the\s+)?age\s+of\s+`+named("fnum", numberRE)+`\b(?:\s*`+named("fu", unitRE)+`)?`+named("reject", `\s*(?:-|to|until|through)\s*\d+(?:\.\d+)?\s*`+unitRE)+`?`,
		// "from" an age "of age" or "old": "children from 1 year of age"
		`\bfrom\s+`+named("fonum", numberRE)+`\s*`+named("fou", unitRE)+`\s*(?:of\s+age|old)\b`,
		// "from" an age right after the people it bounds: "patients from 18 years", as a page
		// put into English from another language reads ("bệnh nhân từ 18 tuổi"); when a range
		// goes on from it ("children from 1 year to 18 years") the match is rejected, and the
		// range read
		`\b(?:`+peopleWords+`)\s+(?:aged\s+)?from\s+`+named("ponum", numberRE)+`\s*`+named("pou", unitRE)+`\b`+named("reject", `\s*(?:-|to|up\s+to|until|through|and)\s*\d`)+`?`,
		// "aged" before a comparator and a number, the unit maybe left out: "children aged up to 18",
		// "aged under 16 years"
		`\baged\s+`+named("dcmp", `up to|under|below|over|above|at least|less than|younger than|older than|more than`)+`\s*`+named("dnum", numberRE)+`\b(?:\s*`+named("dnu", unitRE)+`)?`,
		// from birth to an age: "Birth – 21 years", "from birth to 18 years", "newborn to 18 years"; birth is no bound
		`\b(?:birth|newborn)\s*(?:-|to|through|until)\s*`+named("bthi", numberRE)+`\s*`+named("bthu", unitRE),
		// a birthday the patient must not have reached: "before their 18th birthday"
		`\b(?:before|prior\s+to|until)\s+(?:(?:their|the|his|her|your)\s+)?`+named("bday", `\d+`)+`(?:st|nd|rd|th)\s+birthday\b`,
		// a comparator that only an age takes, the unit left out: "younger than 21", "older than 12"
		named("ycmp", `younger than|older than`)+`\s*`+named("ynum", numberRE)+`\b(?:\s*`+named("ynu", unitRE)+`)?`,
		// a number, "or older" or "or younger" after it, the unit left out: "be 18 or older"
		named("onum", numberRE)+`\s+(?:or|and)\s+`+named("ocmp", `older|younger`)+`\b`,
		// a number with a plus: "18+ years"
		named("plnum", numberRE)+`\+\s*`+named("plu", unitRE),
		// "age" before a number, a comparator after it: "patients age 18 and older", "ages 12 and up"
		`\bage[ds]?\s+`+named("gnum", numberRE)+`(?:\s*`+named("gu", unitRE)+`)?\s+(?:and|or)\s+`+named("gcmp", `older|over|above|up|younger|under|below`)+`\b`,
	)
	rareAgeCue = compileAlternation(`\bage[ds]?\s+(?:of\s+|between\s+)?\d`, `\bbetween\s+\d+(?:\.\d+)?\s*(?:mo|w|d)`, `\bfrom\s+\d+(?:\.\d+)?\s*[ymwd][a-z]*\s+(?:of\s+age|old)\b`, `\b(?:`+peopleWords+`)\s+(?:aged\s+)?from\s+\d`, `\bage[ds]?(?:\s+(?:range|group|limits?))?\s*:\s*\d`,
		`\b(?:birth|newborn)`, `\b(?:younger|older)\b`, `\+\s*[ymwd]`, `\baged\s+(?:up to|under|below|over|above|at least|less than|younger than|older than|more than)\s*\d`, `\bn/?a\b`, `>=?\s*\d+(?:\.\d+)?[\s….,]*(?:and|to|-)?[\s….,]*<`, bucketCue)
	// ageNormalizer turns signs and comparator words into one spelling; it
	// runs on lower-cased text.
	ageNormalizer = strings.NewReplacer("≥", ">=", "≤", "<=", "≧", ">=", "≦", "<=", "⩾", ">=", "⩽", "<=", "=>", ">=", "=<", "<=", "(>=)", ">=", "(<=)", "<=", "(>)", ">", "(<)", "<",
		"–", "-", "—", "-", "‐", "-", "‒", "-", "‑", "-", "−", "-", "＜", "<", "＞", ">", "\u00a0", " ", "\\<", "<", "\\>", ">",
		"less than or equal to", "<=", "equal to or less than", "<=", "equal to or younger than", "<=",
		"greater than or equal to", ">=", "equal to or greater than", ">=", "equal to or more than", ">=",
		// "from 50 to (inclusive) 80": a range's "to" takes its end in; "up
		// to and including 21 years" is up to 21.
		"up to (inclusive) ", "to ", "to (inclusive) ", "to ", "up to and including ", "<= ",
		// "the follow-up to 5 years" is a follow-up's length, no "up to 5
		// years": it reads as "the follow-up till 5 years".
		"follow-up to ", "follow-up till ", "follow up to ", "follow up till ", "followed up to ", "followed up till ",
		"between the ages of ", "ages between ", "between the age of ", "ages between ")
	// laterUpper finds an upper comparator after a bound whose sign was lost.
	laterUpper = regexp.MustCompile(`^[^.;]{0,40}?(?:<|less than|under|younger than|below|up to)`)
)

// ageMatch is one age phrase found in a text, with its named groups.
type ageMatch struct {
	start, end int
	g          map[string]string
}

// maxAgePhrases is how many age phrases of one text are read: the first
// phrases decide its range, and a line of endless age phrases (a hostile
// file) must not hold them all in memory.
const maxAgePhrases = 64

// ageMatches finds the first age phrases of a normalised text (at most
// maxAgePhrases), left to right; of two that overlap, the one that starts
// first is kept, or at the same start the longer. A match whose "reject"
// group matched is not an age phrase.
func ageMatches(s string) []ageMatch {
	ms := agePhrase.findAll(s, maxAgePhrases)
	if rareAgeCue.matchesAny(s) {
		ms = append(ms, ageRarePhrase.findAll(s, maxAgePhrases)...)
		ms = append(ms, bucketMatches(s)...)
		sort.SliceStable(ms, func(i, j int) bool {
			if ms[i].start != ms[j].start {
				return ms[i].start < ms[j].start
			}
			return ms[i].end > ms[j].end
		})
	}
	out := ms[:0]
	end := 0
	for _, m := range ms {
		if m.g["reject"] != "" {
			continue
		}
		if m.start >= end && !gestationalAge(s[m.end:]) {
			out = append(out, m)
			end = m.end
		}
	}
	return out
}

// containsWord reports whether s holds word, an ASCII text that begins
// and ends with a word character, between word boundaries, as `\bword\b`
// finds it.
func containsWord(s, word string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], word)
		if i < 0 {
			return false
		}
		if at := from + i; wholeWordAt(s, at, at+len(word)) {
			return true
		}
		from += i + 1
	}
}

// wholeWordAt reports whether s[at:end] is a whole word: no word byte
// stands right before or right after it.
func wholeWordAt(s string, at, end int) bool {
	return (at == 0 || !isWordByte(s[at-1])) && (end == len(s) || !isWordByte(s[end]))
}

// ageMatchAt is the match of re at loc, with its named groups.
func ageMatchAt(re *regexp.Regexp, s string, loc []int) ageMatch {
	g := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && loc[2*i] >= 0 {
			g[name] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return ageMatch{start: loc[0], end: loc[1], g: g}
}

func parseNumber(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

func unitOf(s string) model.AgeUnit { return unitWords[s] }

// unitOr reads a unit word, or gives def when there is none.
func unitOr(s string, def model.AgeUnit) model.AgeUnit {
	if s == "" {
		return def
	}
	return unitOf(s)
}

// AgeReading is what ParseAge reads from a phrase.
type AgeReading struct {
	Range model.AgeRange
	// SignLost is true when a bound was read from "= 30 years": the page
	// lost its "≥" or "≤", and the bound's side and inclusiveness come from
	// the rest of the phrase.
	SignLost bool
	// phrases is the number of age phrases read.
	phrases int
}

// ParseAgeRange reads the age range a phrase states, such as "28 days to less
// than 18 years", "12-29 years", "Age ≥ 12 months and < 30 years",
// "30 years and younger" or "Aged 3 to 18 years (inclusive)". Bounds are
// taken left to right; the first lower and the first upper bound win. ok is
// false when the phrase bounds no age. A lone quantity ("3 Years") is not a
// range; read it with ParseAgeBound.
func ParseAgeRange(text string) (r model.AgeRange, ok bool) {
	a, ok := ParseAge(text)
	return a.Range, ok
}

// ParseAge reads an age phrase as ParseAgeRange does, and reports whether
// a bound's comparison sign was lost ("= 30 years").
func ParseAge(text string) (a AgeReading, ok bool) {
	a, _, ok = parseAge(text, false)
	return a, ok
}

// parseAge reads an age phrase and also returns where its first age
// phrase, even a lone quantity, begins in the normalised text (-1 for
// none). A later bound that leaves the range no age is an exception and is
// dropped, unless keepNoAge is set: a line that sorts patients into age
// groups reads as such a range (stratifiesByAge).
func parseAge(text string, keepNoAge bool) (a AgeReading, first int, ok bool) {
	inWords := mayNameAgeInWords(text)
	if !inWords && !strings.ContainsAny(text, "0123456789") {
		// Every age phrase holds a number; most lines hold none.
		return a, -1, false
	}
	s := ageNormalizer.Replace(strings.ToLower(text))
	if inWords {
		s = writeAgesInDigits(s)
	}
	r := &a.Range
	ms := ageMatches(s)
	first = -1
	a.phrases = len(ms)
	if len(ms) > 0 {
		first = ms[0].start
	}
	// minFrom and maxFrom are the phrases that set each bound.
	minFrom, maxFrom := -1, -1
	for i, m := range ms {
		g := m.g
		switch {
		case g["rlo"] != "":
			hiUnit := unitOf(g["rhiu"])
			hiIncl := true
			switch g["rcmp"] {
			case "<", "less than", "under", "younger than", "below":
				hiIncl = false
			}
			setRange(r, s, &model.AgeBound{Value: parseNumber(g["rlo"]), Unit: unitOr(g["rlou"], hiUnit), Inclusive: true},
				&model.AgeBound{Value: parseNumber(g["rhi"]), Unit: hiUnit, Inclusive: hiIncl})
		case g["xlo"] != "":
			setRange(r, s, &model.AgeBound{Value: parseNumber(g["xlo"]), Unit: unitOf(g["xlou"]), Inclusive: true},
				&model.AgeBound{Value: parseNumber(g["xhi"]), Unit: model.Years, Inclusive: true})
		case g["wlo"] != "":
			setRange(r, s, &model.AgeBound{Value: parseNumber(g["wlo"]), Unit: unitOf(g["wlou"]), Inclusive: true},
				&model.AgeBound{Value: parseNumber(g["whi"]), Unit: unitOr(g["whiu"], model.Years), Inclusive: true})
		case g["alo"] != "":
			if g["apct"] != "" {
				continue
			}
			unit := unitOr(g["ahiu"], model.Years)
			setRange(r, s, &model.AgeBound{Value: parseNumber(g["alo"]), Unit: unit, Inclusive: true},
				&model.AgeBound{Value: parseNumber(g["ahi"]), Unit: unit, Inclusive: true})
		case g["blo"] != "":
			unit := unitOf(g["bhiu"])
			setBound(&r.Min, &model.AgeBound{Value: parseNumber(g["blo"]), Unit: unit, Inclusive: g["blcmp"] == ">="})
			setBound(&r.Max, &model.AgeBound{Value: parseNumber(g["bhi"]), Unit: unit, Inclusive: g["bhcmp"] == "<="})
		case g["nhi"] != "":
			setBound(&r.Max, &model.AgeBound{Value: parseNumber(g["nhi"]), Unit: unitOf(g["nhiu"]), Inclusive: true})
		case g["nlo"] != "":
			setBound(&r.Min, &model.AgeBound{Value: parseNumber(g["nlo"]), Unit: unitOf(g["nlou"]), Inclusive: true})
		case g["pcmp"] == "=":
			b := &model.AgeBound{Value: parseNumber(g["pnum"]), Unit: unitOf(g["pu"]), Inclusive: true}
			switch {
			case r.Min == nil && laterUpper.MatchString(s[m.end:]):
				setBound(&r.Min, b)
			case r.Min != nil && r.Max == nil:
				setBound(&r.Max, b)
			default:
				continue
			}
			a.SignLost = true
		case g["pcmp"] != "":
			setComparedBound(r, g["pcmp"], &model.AgeBound{Value: parseNumber(g["pnum"]), Unit: unitOf(g["pu"])})
		case g["acmp"] != "":
			setComparedBound(r, g["acmp"], &model.AgeBound{Value: parseNumber(g["anum"]), Unit: model.Years})
		case g["fnum"] != "":
			setBound(&r.Min, &model.AgeBound{Value: parseNumber(g["fnum"]), Unit: unitOr(g["fu"], model.Years), Inclusive: true})
		case g["fonum"] != "":
			setBound(&r.Min, &model.AgeBound{Value: parseNumber(g["fonum"]), Unit: unitOf(g["fou"]), Inclusive: true})
		case g["ponum"] != "":
			setBound(&r.Min, &model.AgeBound{Value: parseNumber(g["ponum"]), Unit: unitOf(g["pou"]), Inclusive: true})
		case g["dcmp"] != "":
			setComparedBound(r, g["dcmp"], &model.AgeBound{Value: parseNumber(g["dnum"]), Unit: unitOr(g["dnu"], model.Years)})
		case g["bthi"] != "":
			setBound(&r.Max, &model.AgeBound{Value: parseNumber(g["bthi"]), Unit: unitOf(g["bthu"]), Inclusive: true})
		case g["bday"] != "":
			setBound(&r.Max, &model.AgeBound{Value: parseNumber(g["bday"]), Unit: model.Years})
		case g["ycmp"] != "":
			setComparedBound(r, g["ycmp"], &model.AgeBound{Value: parseNumber(g["ynum"]), Unit: unitOr(g["ynu"], model.Years)})
		case g["onum"] != "":
			b := &model.AgeBound{Value: parseNumber(g["onum"]), Unit: model.Years, Inclusive: true}
			if g["ocmp"] == "younger" {
				setBound(&r.Max, b)
			} else {
				setBound(&r.Min, b)
			}
		case g["plnum"] != "":
			setBound(&r.Min, &model.AgeBound{Value: parseNumber(g["plnum"]), Unit: unitOf(g["plu"]), Inclusive: true})
		case g["gcmp"] != "":
			b := &model.AgeBound{Value: parseNumber(g["gnum"]), Unit: unitOr(g["gu"], model.Years), Inclusive: true}
			switch g["gcmp"] {
			case "younger", "under", "below":
				setBound(&r.Max, b)
			default:
				setBound(&r.Min, b)
			}
		case g["scmp"] != "":
			b := &model.AgeBound{Value: parseNumber(g["snum"]), Unit: unitOf(g["su"]), Inclusive: true}
			switch g["scmp"] {
			case "younger", "under", "below", "less":
				setBound(&r.Max, b)
			default:
				setBound(&r.Min, b)
			}
		}
		if r.Min != nil && minFrom < 0 {
			minFrom = i
		}
		if r.Max != nil && maxFrom < 0 {
			maxFrom = i
		}
		if r.Min != nil && r.Max != nil {
			break
		}
	}
	if !keepNoAge && admitsNoAge(r) && minFrom != maxFrom {
		// "> 60 years, but patients under 60 years may be included if
		// …": a later bound that leaves no age is an exception to the
		// first, not the range's other end.
		if minFrom < maxFrom {
			r.Max = nil
		} else {
			r.Min = nil
		}
	}
	return a, first, r.Stated()
}

// admitsNoAge reports whether a range with both ends admits no age at
// all: its upper end below its lower one, or both at one age and either
// end open.
func admitsNoAge(r *model.AgeRange) bool {
	if r.Min == nil || r.Max == nil {
		return false
	}
	lo, hi := r.Min.InDays(), r.Max.InDays()
	return hi < lo || hi == lo && (!r.Min.Inclusive || !r.Max.Inclusive)
}

// setRange sets both ends of a range read as "lo to hi", unless lo is above
// hi. A phrase that says "exclusive" (and not "inclusive") makes both ends
// exclusive.
func setRange(r *model.AgeRange, s string, lo, hi *model.AgeBound) {
	if lo.InDays() > hi.InDays() || !humanAge(hi) {
		// "Volume 13 - 2022 Year=2022": no one is 2,022 years old, and
		// the phrase is no range of ages.
		return
	}
	if containsWord(s, "exclusive") && !containsWord(s, "inclusive") {
		lo.Inclusive, hi.Inclusive = false, false
	}
	setBound(&r.Min, lo)
	setBound(&r.Max, hi)
}

// setComparedBound sets the bound a comparator opens: "at least", "≥" and
// "over" a lower one, "up to", "≤" and "under" an upper one.
func setComparedBound(r *model.AgeRange, cmp string, b *model.AgeBound) {
	switch cmp {
	case ">=", "at least", "minimum", "no less than", "not less than", "no younger than":
		b.Inclusive = true
		setBound(&r.Min, b)
	case ">", "more than", "greater than", "older than", "over", "above":
		setBound(&r.Min, b)
	case "<=", "up to", "at most", "no more than", "not more than", "no older than", "not older than", "maximum":
		b.Inclusive = true
		setBound(&r.Max, b)
	default:
		setBound(&r.Max, b)
	}
}

func setBound(dst **model.AgeBound, b *model.AgeBound) {
	if *dst == nil && humanAge(b) {
		*dst = b
	}
}

// maxHumanAgeYears is the oldest age a phrase may state: an "age" past it
// is a year, a volume or a count ("born after 1990", "over 2000 years").
const maxHumanAgeYears = 130

// humanAge reports whether a bound is an age a person can have.
func humanAge(b *model.AgeBound) bool { return b.InYears() <= maxHumanAgeYears }

var (
	singleBound = regexp.MustCompile(`^\s*` + numberRE + `\s*(years?|months?|weeks?|days?|hours?|minutes?)\s*$`)
	noBound     = regexp.MustCompile(`(?i)^\s*(n/?a|none|no limit|not applicable)?\s*$`)
)

// ParseAgeBound reads a registry-style bound such as "3 Years", "1 Year" or
// "6 Months", which ClinicalTrials.gov treats as inclusive. "N/A" and the
// empty string give nil with ok true: no limit is stated. Hours and minutes
// are turned into days.
func ParseAgeBound(text string) (b *model.AgeBound, ok bool) {
	if len(strings.TrimSpace(text)) <= len("not applicable") && noBound.MatchString(text) {
		return nil, true
	}
	if rest := strings.TrimLeft(text, regexpSpaces); rest == "" || !isDigit(rest[0]) {
		// A bound begins with its number.
		return nil, false
	}
	m := singleBound.FindStringSubmatch(strings.ToLower(text))
	if m == nil {
		return nil, false
	}
	v := parseNumber(m[1])
	unit := strings.TrimSuffix(m[2], "s")
	switch unit {
	case "hour":
		return &model.AgeBound{Value: v / 24, Unit: model.Days, Inclusive: true}, true
	case "minute":
		return &model.AgeBound{Value: v / (24 * 60), Unit: model.Days, Inclusive: true}, true
	}
	return &model.AgeBound{Value: v, Unit: unitWords[unit], Inclusive: true}, true
}
