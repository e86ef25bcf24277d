package registry

import (
	"strings"
)

// SearchSyntax tells the user which characters of a search field mean
// something to ClinicalTrials.gov; essieText escapes all others.
const SearchSyntax = `AND, OR, NOT, "quotes" around a phrase and (parentheses) work as on ClinicalTrials.gov; anything else, brackets included, is searched as typed.`

// essieOperatorWords are the Essie operators written as a word in capitals,
// other than AND, OR and NOT. "ALL" is among them: acute lymphoblastic
// leukaemia typed as ALL must be searched as the word.
var essieOperatorWords = map[string]bool{
	"AREA": true, "SEARCH": true, "RANGE": true, "MISSING": true, "EXPANSION": true, "COVERAGE": true,
	"TILT": true, "ALL": true,
}

// essieText makes what the user typed into a search field safe to send as
// an Essie expression (SearchSyntax): AND, OR, NOT, quotation marks and
// parentheses keep their meaning where they pair up; a backslash, a
// bracket, an unpaired quotation mark or parenthesis and any other
// operator word get a backslash before them, which Essie's syntax says
// makes an operator part of a term. "CD19 [CAR-T]" would otherwise be
// refused as a malformed expression.
func essieText(text string) string {
	text = strings.TrimSpace(text)
	escape := unpaired(text)
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\\' || c == '[' || c == ']' || escape[i]:
			b.WriteByte('\\')
		case isWordStart(text, i):
			if w := wordAt(text, i); essieOperatorWords[w] {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// unpaired marks the quotation marks and parentheses that do not pair up:
// every quotation mark when their number is odd, a closing parenthesis
// with none open, an opening one never closed. Parentheses within a
// phrase are part of it.
func unpaired(text string) map[int]bool {
	marks := map[int]bool{}
	phrases := strings.Count(text, `"`)%2 == 0
	inPhrase := false
	var open []int
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"' && !phrases:
			marks[i] = true
		case c == '"':
			inPhrase = !inPhrase
		case inPhrase:
		case c == '(':
			open = append(open, i)
		case c == ')' && len(open) == 0:
			marks[i] = true
		case c == ')':
			open = open[:len(open)-1]
		}
	}
	for _, i := range open {
		marks[i] = true
	}
	return marks
}

// isWordStart reports whether a word begins at text[i].
func isWordStart(text string, i int) bool {
	return isWordByte(text[i]) && (i == 0 || !isWordByte(text[i-1]))
}

// wordAt returns the word that begins at text[i].
func wordAt(text string, i int) string {
	j := i
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	return text[i:j]
}

func isWordByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
}
