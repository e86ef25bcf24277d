package eligibility

import (
	"regexp"
	"strconv"
	"strings"
)

// comparison is how a stated value bounds a patient's: "≥ 50", "< 3".
type comparison uint8

// The comparisons.
const (
	cmpNone comparison = iota
	cmpLT
	cmpLE
	cmpGT
	cmpGE
	cmpEQ
)

// symbol renders a comparison.
func (c comparison) symbol() string {
	return [...]string{"", "<", "≤", ">", "≥", "="}[c]
}

// holds reports whether value v satisfies the comparison with bound b.
func (c comparison) holds(v, b float64) bool {
	switch c {
	case cmpLT:
		return v < b
	case cmpLE:
		return v <= b
	case cmpGT:
		return v > b
	case cmpGE:
		return v >= b
	case cmpEQ:
		return v == b
	}
	return false
}

// The canonical units.
const (
	unitULN     = "xULN"
	unitMgDL    = "mg/dL"
	unitUmolL   = "umol/L"
	unitGFR     = "mL/min/1.73m2"
	unitMLMin   = "mL/min"
	unitPercent = "%"
	unitPerUL   = "/uL"
	unitGDL     = "g/dL"
	unitMs      = "ms"
	unitKg      = "kg"
	unitNone    = ""
)

// unitLabel renders a canonical unit for a reason.
func unitLabel(u string) string {
	switch u {
	case unitULN:
		return "× ULN"
	case unitGFR:
		return "mL/min/1.73 m²"
	case unitPerUL:
		return "/µL"
	case unitUmolL:
		return "µmol/L"
	}
	return u
}

// comparatorPhrases are the words that state a bound, longest first within
// each group; "prefix" ones stand before the number, the others after it.
var comparatorPhrases = []struct {
	text string
	cmp  comparison
}{
	{"greater than or equal to", cmpGE}, {"greater than or equal", cmpGE}, {"equal to or greater than", cmpGE},
	{"equal or greater than", cmpGE}, {"more than or equal to", cmpGE}, {"higher than or equal to", cmpGE},
	{"less than or equal to", cmpLE}, {"less than or equal", cmpLE}, {"equal to or less than", cmpLE},
	{"equal or less than", cmpLE}, {"lower than or equal to", cmpLE},
	{"no less than", cmpGE}, {"not less than", cmpGE}, {"of at least", cmpGE}, {"at least", cmpGE},
	{"a minimum of", cmpGE}, {"minimum of", cmpGE}, {"no more than", cmpLE}, {"not more than", cmpLE},
	{"not exceeding", cmpLE}, {"not to exceed", cmpLE}, {"not greater than", cmpLE}, {"no greater than", cmpLE},
	{"not higher than", cmpLE}, {"no higher than", cmpLE}, {"at most", cmpLE}, {"a maximum of", cmpLE},
	{"maximum of", cmpLE}, {"up to", cmpLE}, {"in excess of", cmpGT},
	{"greater than", cmpGT}, {"more than", cmpGT}, {"higher than", cmpGT}, {"exceeding", cmpGT},
	{"exceeds", cmpGT}, {"above", cmpGT}, {"over", cmpGT},
	{"less than", cmpLT}, {"lower than", cmpLT}, {"fewer than", cmpLT}, {"below", cmpLT}, {"under", cmpLT},
	{"> or =", cmpGE}, {">/=", cmpGE}, {">=", cmpGE}, {"=>", cmpGE}, {"≥", cmpGE}, {"≧", cmpGE}, {"⩾", cmpGE},
	{"< or =", cmpLE}, {"</=", cmpLE}, {"<=", cmpLE}, {"=<", cmpLE}, {"≤", cmpLE}, {"≦", cmpLE}, {"⩽", cmpLE},
	{">", cmpGT}, {"<", cmpLT}, {"=", cmpEQ}, {"of", cmpNone}, {"is", cmpNone}, {":", cmpNone},
}

// postfixPhrases state a bound after the value: "50 or more".
var postfixPhrases = []struct {
	text string
	cmp  comparison
}{
	{"or greater", cmpGE}, {"or more", cmpGE}, {"or higher", cmpGE}, {"or above", cmpGE}, {"and above", cmpGE},
	{"or better", cmpGE}, {"and over", cmpGE}, {"or over", cmpGE}, {"or less", cmpLE}, {"or lower", cmpLE},
	{"or below", cmpLE}, {"and below", cmpLE}, {"or fewer", cmpLE}, {"or under", cmpLE},
}

// comparatorAt reads a comparison at the start of s, after spaces; n is how
// many bytes it takes, 0 when none is there.
func comparatorAt(s string) (c comparison, n int) {
	trimmed := strings.TrimLeft(s, " \t")
	skip := len(s) - len(trimmed)
	for _, p := range comparatorPhrases {
		if len(trimmed) >= len(p.text) && strings.EqualFold(trimmed[:len(p.text)], p.text) {
			end := len(p.text)
			if isWordByte(p.text[len(p.text)-1]) && end < len(trimmed) && isWordByte(trimmed[end]) {
				continue // "over" in "overall"
			}
			return p.cmp, skip + end
		}
	}
	return cmpNone, 0
}

// postfixAt reads "or more" and its kin at the start of s.
func postfixAt(s string) (c comparison, n int) {
	trimmed := strings.TrimLeft(s, " \t")
	skip := len(s) - len(trimmed)
	for _, p := range postfixPhrases {
		if len(trimmed) >= len(p.text) && strings.EqualFold(trimmed[:len(p.text)], p.text) &&
			(len(trimmed) == len(p.text) || !isWordByte(trimmed[len(p.text)])) {
			return p.cmp, skip + len(p.text)
		}
	}
	return cmpNone, 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// numberForm reads a number: "50,000", "1.5", "0.5".
var numberForm = regexp.MustCompile(`^\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)`)

// numberAt reads a number at the start of s.
func numberAt(s string) (v float64, n int, ok bool) {
	m := numberForm.FindStringSubmatchIndex(s)
	if m == nil {
		return 0, 0, false
	}
	text := strings.ReplaceAll(s[m[2]:m[3]], ",", "")
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return 0, 0, false
	}
	return v, m[1], true
}

// unitForms are the units a value may carry, each with its canonical unit
// and the factor that brings a value to it. Longer forms come first.
var unitForms = []struct {
	re     *regexp.Regexp
	unit   string
	factor float64
}{
	{regexp.MustCompile(`(?i)^\s*(?:x|×|\*|times)\s*(?:the\s+)?(?:institutional\s+|local\s+|site\s+|age[- ]adjusted\s+|age[- ]appropriate\s+)?(?:upper\s+limits?\s+of\s+(?:the\s+)?normal(?:\s+range)?|ULN|UNL|upper\s+normal\s+limit)(?:\s*\(ULN\))?`), unitULN, 1},
	{regexp.MustCompile(`(?i)^\s*(?:ULN|upper\s+limits?\s+of\s+(?:the\s+)?normal)\b`), unitULN, 1},
	{regexp.MustCompile(`(?i)^\s*(?:x|×)\s*10\s*(?:\^|e|\*\*)?\s*(?:9|⁹)\s*(?:cells\s*)?/\s*l\b`), unitPerUL, 1000},
	{regexp.MustCompile(`(?i)^\s*(?:x|×)\s*10\s*(?:\^|e|\*\*)?\s*(?:3|³)\s*(?:cells\s*)?/\s*(?:µ|μ|u|mc|micro)l\b`), unitPerUL, 1000},
	{regexp.MustCompile(`(?i)^\s*(?:G/l|giga/l)\b`), unitPerUL, 1000},
	{regexp.MustCompile(`(?i)^\s*(?:k|thousand)\s*/\s*(?:µ|μ|u|mc|micro)l\b`), unitPerUL, 1000},
	{regexp.MustCompile(`(?i)^\s*(?:cells\s*)?(?:/|per)\s*(?:µ|μ|u|mc|micro)\s*l(?:iter|itre)?\b`), unitPerUL, 1},
	{regexp.MustCompile(`(?i)^\s*(?:cells\s*)?(?:/|per)\s*(?:mm3|mm³|mm\^3|cu\s*mm|cumm|cubic\s+millimet(?:er|re))`), unitPerUL, 1},
	{regexp.MustCompile(`(?i)^\s*ml\s*/\s*min(?:ute)?\s*(?:/|per)\s*1\.73\s*(?:m\s*(?:2|²|\\?\^\s*2|sq)?|square\s+met(?:er|re)s?)`), unitGFR, 1},
	{regexp.MustCompile(`(?i)^\s*ml\s*/\s*min(?:ute)?\b`), unitMLMin, 1},
	{regexp.MustCompile(`(?i)^\s*mg\s*/\s*dl\b`), unitMgDL, 1},
	{regexp.MustCompile(`(?i)^\s*mg\s*%`), unitMgDL, 1},
	{regexp.MustCompile(`(?i)^\s*(?:µ|μ|u|micro)\s*mol\s*/\s*l\b`), unitUmolL, 1},
	{regexp.MustCompile(`(?i)^\s*g\s*/\s*dl\b`), unitGDL, 1},
	{regexp.MustCompile(`(?i)^\s*g\s*/\s*l\b`), unitGDL, 0.1},
	{regexp.MustCompile(`(?i)^\s*(?:ms|msec|milliseconds?)\b`), unitMs, 1},
	{regexp.MustCompile(`(?i)^\s*(?:kg|kilograms?)\b`), unitKg, 1},
	{regexp.MustCompile(`(?i)^\s*(?:%|percent\b|per\s+cent\b)`), unitPercent, 1},
	{regexp.MustCompile(`(?i)^\s*(?:g|grams?)\b`), unitKg, 0.001},
}

// unitAt reads a unit at the start of s.
func unitAt(s string) (unit string, factor float64, n int) {
	for _, f := range unitForms {
		if loc := f.re.FindStringIndex(s); loc != nil {
			return f.unit, f.factor, loc[1]
		}
	}
	return unitNone, 1, 0
}

// uptoULN reads a bound written with the limit itself and no number:
// "≤ ULN", "within normal limits", "normal for age".
var uptoULN = regexp.MustCompile(`(?i)^\s*(?:(?:≤|<=|=<|<|less than or equal to|at or below|not (?:above|exceeding)|no (?:more|greater) than)\s*(?:the\s+)?(?:institutional\s+)?(?:ULN|upper limit of (?:the\s+)?normal)|(?:within|in)\s+(?:the\s+)?(?:institutional\s+)?normal\s+(?:limits|range)(?:\s+for\s+age)?|WNL|normal\s+for\s+age)`)

// quantity is a value with its canonical unit.
type quantity struct {
	value float64
	unit  string
}

// label renders a quantity: "1.5 × ULN", "60 mL/min/1.73 m²", "50 %".
func (q quantity) label() string {
	v := strconv.FormatFloat(q.value, 'f', -1, 64)
	switch q.unit {
	case unitNone:
		return v
	case unitPercent:
		return v + "%"
	}
	return v + " " + unitLabel(q.unit)
}

// convert brings a quantity to another unit where a fixed factor allows:
// bilirubin and creatinine between mg/dL and µmol/L. ok is false when the
// units cannot be compared ("× ULN" against "mg/dL").
func convert(q quantity, analyte, to string) (float64, bool) {
	if q.unit == to {
		return q.value, true
	}
	perMg := map[string]float64{"bilirubin": 17.1, "direct bilirubin": 17.1, "creatinine": 88.4}[analyte]
	switch {
	case perMg > 0 && q.unit == unitMgDL && to == unitUmolL:
		return q.value * perMg, true
	case perMg > 0 && q.unit == unitUmolL && to == unitMgDL:
		return q.value / perMg, true
	}
	return 0, false
}

// measure reads "comparator number unit" at the start of s, the form a lab
// threshold takes ("≤ 1.5 × ULN", "of at least 50%", "50,000/µL or more"). A
// bare "ULN" bound ("≤ ULN", "within normal limits") reads as 1 × ULN.
func measure(s string) (c comparison, q quantity, n int, ok bool) {
	if loc := uptoULN.FindStringIndex(s); loc != nil {
		return cmpLE, quantity{value: 1, unit: unitULN}, loc[1], true
	}
	c, n = comparatorAt(s)
	if c == cmpNone && n > 0 {
		// "of", "is" or ":" before a number: the bound comes after it.
		if c2, n2 := comparatorAt(s[n:]); n2 > 0 && c2 != cmpNone {
			c, n = c2, n+n2
		}
	}
	v, vn, found := numberAt(s[n:])
	if !found {
		return cmpNone, quantity{}, 0, false
	}
	n += vn
	unit, factor, un := unitAt(s[n:])
	n += un
	q = quantity{value: v * factor, unit: unit}
	if pc, pn := postfixAt(s[n:]); pn > 0 {
		if c == cmpNone {
			c = pc
		}
		n += pn
	}
	if c == cmpNone {
		return cmpNone, quantity{}, 0, false
	}
	return c, q, n, true
}
