package rules

import "regexp/syntax"

// numberSyntax is numberRE as the parser simplifies it.
var numberSyntax = func() string {
	re, err := syntax.Parse(`\d+(?:\.\d+)?`, syntax.Perl)
	if err != nil {
		panic(err)
	}
	return re.Simplify().String()
}()

// bytesAfterNumber returns the bytes that can follow the number a pattern
// begins with (numberRE, in groups), and false when it cannot tell: the
// pattern does not begin so, can end with the number, or can go on with a
// digit, as a shorter run of the number's digits would.
func bytesAfterNumber(pattern string) (byteSet, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return byteSet{}, false
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return byteSet{}, false
	}
	first := re.Sub[0]
	for first.Op == syntax.OpCapture {
		first = first.Sub[0]
	}
	if first.String() != numberSyntax {
		return byteSet{}, false
	}
	set, nullable, ok := firstOf(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]})
	if !ok || nullable {
		return byteSet{}, false
	}
	for c := byte('0'); c <= '9'; c++ {
		if set.has(c) {
			return byteSet{}, false
		}
	}
	return set, true
}

// mayFollowNumber reports whether the number at at in s (a run of
// digits, perhaps with decimals) is followed by a byte of after, whether
// it ends after its digits or after its decimals.
func mayFollowNumber(s string, at int, after *byteSet) bool {
	j := at
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == len(s) {
		return false
	}
	if after.has(s[j]) {
		return true
	}
	if s[j] != '.' || j+1 == len(s) || !isDigit(s[j+1]) {
		return false
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	return k < len(s) && after.has(s[k])
}
