package registrytest

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// The Essie expression syntax, as ClinicalTrials.gov documents it
// (classic.clinicaltrials.gov/api/gui/ref/syntax and …/ref/expr): search
// terms and source operators (RANGE, MISSING) bind tightest, then NOT and
// the context operator AREA, then AND, then OR. Terms side by side must
// all be found. A backslash makes the character after it, or an operator
// word, part of a term. The server evaluates the subset TrialCompare
// sends; any other operator is refused, as a bad expression is, with a
// 400 and a plain-text reason.

// expr is a parsed expression: match reports whether a record matches it
// and how many of its terms were found there (the relevance).
type expr interface {
	match(r *record) (bool, int)
}

type orExpr struct{ left, right expr }
type andExpr struct{ left, right expr }
type notExpr struct{ x expr }

// termExpr is one search term: words that must all be found in the area's
// texts, or, for a phrase, found together in that order.
type termExpr struct {
	area   string
	words  []string
	phrase bool
}

// rangeExpr is RANGE[lo, hi] on an age area, each bound in days; MIN and
// MAX leave that side open.
type rangeExpr struct {
	area   string
	lo, hi float64
}

// missingExpr is MISSING: the area states nothing.
type missingExpr struct{ area string }

func (e orExpr) match(r *record) (bool, int) {
	l, ls := e.left.match(r)
	rr, rs := e.right.match(r)
	return l || rr, ls + rs
}

func (e andExpr) match(r *record) (bool, int) {
	l, ls := e.left.match(r)
	if !l {
		return false, 0
	}
	rr, rs := e.right.match(r)
	return rr, ls + rs
}

func (e notExpr) match(r *record) (bool, int) {
	m, _ := e.x.match(r)
	return !m, 0
}

func (e termExpr) match(r *record) (bool, int) {
	texts, _ := r.texts(e.area)
	for _, t := range texts {
		if containsWords(words(t), e.words, e.phrase) {
			return true, 1
		}
	}
	return false, 0
}

func (e rangeExpr) match(r *record) (bool, int) {
	days, ok := r.minAge, r.hasMinAge
	if e.area == "MaximumAge" {
		days, ok = r.maxAge, r.hasMaxAge
	}
	const slack = 1e-6
	return ok && days >= e.lo-slack && days <= e.hi+slack, 0
}

func (e missingExpr) match(r *record) (bool, int) {
	switch e.area {
	case "MinimumAge":
		return !r.hasMinAge, 0
	case "MaximumAge":
		return !r.hasMaxAge, 0
	}
	texts, _ := r.texts(e.area)
	for _, t := range texts {
		if strings.TrimSpace(t) != "" {
			return false, 0
		}
	}
	return true, 0
}

// words splits a text into lower-case words of letters and digits.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsWords reports whether have holds every word of want, or, for a
// phrase, all of them together in order.
func containsWords(have, want []string, phrase bool) bool {
	if len(want) == 0 {
		return false
	}
	if !phrase {
		for _, w := range want {
			if !slices.Contains(have, w) {
				return false
			}
		}
		return true
	}
	for i := 0; i+len(want) <= len(have); i++ {
		if slices.Equal(have[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

// token is one piece of an expression.
type token struct {
	kind tokenKind
	// text is a word as searched (escapes removed), an operator's name,
	// or what a bracket operator holds.
	text string
	at   int
}

type tokenKind int

const (
	tokWord tokenKind = iota
	tokPhrase
	tokOpen
	tokClose
	tokAnd
	tokOr
	tokNot
	tokMissing
	// tokBracket is an operator with a bracketed argument: AREA[…],
	// RANGE[…]; text is the operator, arg what the brackets hold.
	tokBracket
)

// bracketToken carries a bracket operator's argument.
type bracketToken struct {
	token
	arg string
}

// operatorWords are Essie's operators that are a bare word.
var operatorWords = map[string]tokenKind{"AND": tokAnd, "OR": tokOr, "NOT": tokNot, "MISSING": tokMissing}

// bracketOperators are Essie's operators written NAME[…]; the server
// evaluates AREA and RANGE and refuses the others.
var bracketOperators = map[string]bool{
	"AREA": true, "RANGE": true, "SEARCH": false, "EXPANSION": false, "COVERAGE": false, "TILT": false,
}

// tokenize cuts an expression into tokens.
func tokenize(s string) ([]bracketToken, error) {
	var out []bracketToken
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(':
			out = append(out, bracketToken{token: token{kind: tokOpen, at: i}})
			i++
		case c == ')':
			out = append(out, bracketToken{token: token{kind: tokClose, at: i}})
			i++
		case c == '"':
			text, end, err := phraseAt(s, i)
			if err != nil {
				return nil, err
			}
			out = append(out, bracketToken{token: token{kind: tokPhrase, text: text, at: i}})
			i = end
		case c == '[' || c == ']':
			return nil, fmt.Errorf("unexpected %q at position %d", c, i+1)
		default:
			text, escaped, end := wordAt(s, i)
			kind, isOp := operatorWords[text]
			switch {
			case !escaped && end < len(s) && s[end] == '[':
				supported, known := bracketOperators[text]
				if !known {
					return nil, fmt.Errorf("unknown operator %s[ at position %d", text, i+1)
				}
				if !supported {
					return nil, fmt.Errorf("the operator %s is not supported here", text)
				}
				closing := strings.IndexByte(s[end:], ']')
				if closing < 0 {
					return nil, fmt.Errorf("%s[ at position %d is not closed with ]", text, i+1)
				}
				out = append(out, bracketToken{token: token{kind: tokBracket, text: text, at: i}, arg: s[end+1 : end+closing]})
				end += closing + 1
			case !escaped && isOp:
				out = append(out, bracketToken{token: token{kind: kind, text: text, at: i}})
			default:
				out = append(out, bracketToken{token: token{kind: tokWord, text: text, at: i}})
			}
			i = end
		}
	}
	return out, nil
}

// phraseAt reads a quoted phrase that opens at s[i]; \" is a quote within.
func phraseAt(s string, i int) (text string, end int, err error) {
	var b strings.Builder
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			if j+1 < len(s) {
				j++
				b.WriteByte(s[j])
			}
		case '"':
			return b.String(), j + 1, nil
		default:
			b.WriteByte(s[j])
		}
	}
	return "", 0, fmt.Errorf("the quotation mark at position %d is not closed", i+1)
}

// wordAt reads a word that starts at s[i], up to a space, a parenthesis, a
// quotation mark or a bracket; a backslash makes the next character part of
// it. escaped is set when the word holds an escape.
func wordAt(s string, i int) (text string, escaped bool, end int) {
	var b strings.Builder
	j := i
	for ; j < len(s); j++ {
		c := s[j]
		if c == '\\' && j+1 < len(s) {
			j++
			b.WriteByte(s[j])
			escaped = true
			continue
		}
		if strings.IndexByte(" \t\r\n()\"[]", c) >= 0 {
			break
		}
		b.WriteByte(c)
	}
	return b.String(), escaped, j
}

// parser reads tokens into an expression.
type parser struct {
	toks []bracketToken
	pos  int
}

// parseEssie parses an expression searched in area by default.
func parseEssie(s, area string) (expr, error) {
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, fmt.Errorf("the expression is empty")
	}
	p := &parser{toks: toks}
	e, err := p.or(area)
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.toks) {
		return nil, fmt.Errorf("unexpected %s at position %d", p.describe(p.toks[p.pos]), p.toks[p.pos].at+1)
	}
	return e, nil
}

func (p *parser) peek() *bracketToken {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) describe(t bracketToken) string {
	switch t.kind {
	case tokOpen:
		return "("
	case tokClose:
		return ")"
	case tokPhrase:
		return "a phrase"
	}
	return t.text
}

func (p *parser) or(area string) (expr, error) {
	left, err := p.and(area)
	if err != nil {
		return nil, err
	}
	for t := p.peek(); t != nil && t.kind == tokOr; t = p.peek() {
		p.pos++
		right, err := p.and(area)
		if err != nil {
			return nil, err
		}
		left = orExpr{left, right}
	}
	return left, nil
}

func (p *parser) and(area string) (expr, error) {
	left, err := p.unary(area)
	if err != nil {
		return nil, err
	}
	for t := p.peek(); t != nil && t.kind != tokOr && t.kind != tokClose; t = p.peek() {
		if t.kind == tokAnd {
			p.pos++
		}
		right, err := p.unary(area)
		if err != nil {
			return nil, err
		}
		left = andExpr{left, right}
	}
	return left, nil
}

func (p *parser) unary(area string) (expr, error) {
	t := p.peek()
	if t == nil {
		return nil, fmt.Errorf("the expression ends where a term is expected")
	}
	switch {
	case t.kind == tokNot:
		p.pos++
		x, err := p.unary(area)
		return notExpr{x}, err
	case t.kind == tokBracket && t.text == "AREA":
		p.pos++
		name := strings.TrimSpace(t.arg)
		if !knownArea(name) {
			return nil, fmt.Errorf("unknown area %q", name)
		}
		return p.unary(name)
	}
	return p.primary(area)
}

func (p *parser) primary(area string) (expr, error) {
	t := p.peek()
	switch t.kind {
	case tokOpen:
		p.pos++
		e, err := p.or(area)
		if err != nil {
			return nil, err
		}
		if c := p.peek(); c == nil || c.kind != tokClose {
			return nil, fmt.Errorf("the parenthesis at position %d is not closed", t.at+1)
		}
		p.pos++
		return e, nil
	case tokBracket:
		p.pos++
		return rangeOf(t.arg, area, t.at)
	case tokMissing:
		p.pos++
		if _, isSearch := searchAreas[area]; isSearch {
			return nil, fmt.Errorf("MISSING at position %d needs an AREA", t.at+1)
		}
		return missingExpr{area}, nil
	case tokPhrase:
		p.pos++
		return termExpr{area: area, words: words(t.text), phrase: true}, nil
	case tokWord:
		var all []string
		for w := p.peek(); w != nil && w.kind == tokWord; w = p.peek() {
			all = append(all, words(w.text)...)
			p.pos++
		}
		if area == "MinimumAge" || area == "MaximumAge" {
			return nil, fmt.Errorf("an age area is searched with RANGE or MISSING")
		}
		return termExpr{area: area, words: all}, nil
	}
	return nil, fmt.Errorf("unexpected %s at position %d", p.describe(*t), t.at+1)
}

// rangeOf reads RANGE[lo, hi] on an age area.
func rangeOf(arg, area string, at int) (expr, error) {
	if area != "MinimumAge" && area != "MaximumAge" {
		return nil, fmt.Errorf("RANGE at position %d is supported on AREA[MinimumAge] and AREA[MaximumAge] only", at+1)
	}
	lo, hi, ok := strings.Cut(arg, ",")
	if !ok {
		return nil, fmt.Errorf("RANGE[%s] needs two bounds separated by a comma", arg)
	}
	bound := func(text, open string, openValue float64) (float64, error) {
		text = strings.TrimSpace(text)
		if text == open {
			return openValue, nil
		}
		return parseAge(text)
	}
	l, err := bound(lo, "MIN", 0)
	if err != nil {
		return nil, fmt.Errorf("RANGE[%s]: %w", arg, err)
	}
	h, err := bound(hi, "MAX", 1e12)
	if err != nil {
		return nil, fmt.Errorf("RANGE[%s]: %w", arg, err)
	}
	return rangeExpr{area: area, lo: l, hi: h}, nil
}
