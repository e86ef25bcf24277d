package rules

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// bucketsRE is two age buckets or more and the unit after them.
const bucketsRE = `(\d+\s*-\s*\d+(?:\s*(?:,|;|/|,?\s*and)\s*\d+\s*-\s*\d+)+)\b(?:\s*` + unitRE + `)?`

// bucketCue is the start of a list of age buckets, a cue for rareAgeCue.
const bucketCue = `\bage[ds]?(?:\s+(?:range|group|bracket)s?)?\s*:?\s*\d+\s*-\s*\d+\s*(?:,|;|/|and)`

var (
	// bucketList is a list of age buckets after an age word: "ages: 0-9,
	// 10-17, 18-26", "age groups 0-4, 5-9 and 10-14 years". It runs on
	// normalised text, and only when rareAgeCue finds an age word before a
	// number.
	bucketList = regexp.MustCompile(`\bage[ds]?(?:\s+(?:range|group|bracket)s?)?\s*:?\s*` + bucketsRE)
	// bucketValue is a list of age buckets that is the whole value of an
	// age label.
	bucketValue = regexp.MustCompile(`^\s*` + bucketsRE + `\s*$`)
	bucket      = regexp.MustCompile(`(\d+)\s*-\s*(\d+)`)
)

// bucketMatches finds lists of age buckets and reads each as one range,
// from the first bucket's lower end to the last one's upper end, when the
// buckets follow one another without a gap ("0-9, 10-17"); a list with
// gaps or overlaps is left to the other phrases.
func bucketMatches(s string) []ageMatch {
	var out []ageMatch
	for _, loc := range bucketList.FindAllStringSubmatchIndex(s, maxAgePhrases) {
		list := s[loc[2]:loc[3]]
		buckets := bucket.FindAllStringSubmatch(list, -1)
		if !contiguous(buckets) {
			continue
		}
		g := map[string]string{"alo": buckets[0][1], "ahi": buckets[len(buckets)-1][2]}
		if loc[4] >= 0 {
			g["ahiu"] = s[loc[4]:loc[5]]
		}
		out = append(out, ageMatch{start: loc[0], end: loc[1], g: g})
	}
	return out
}

// contiguous reports whether each bucket starts where the one before ends
// or one after it, in whole units: "0-9, 10-17, 18-26".
func contiguous(buckets [][]string) bool {
	prev := -1
	for _, b := range buckets {
		lo, err1 := strconv.Atoi(b[1])
		hi, err2 := strconv.Atoi(b[2])
		if err1 != nil || err2 != nil || lo > hi || prev >= 0 && (lo < prev || lo > prev+1) {
			return false
		}
		prev = hi
	}
	return len(buckets) >= 2
}

// ParseAgeBuckets reads the whole value of an age label that lists age
// buckets, "0–9, 10–17, 18–26", as the range they cover together: 0 to 26
// years (years when no unit is given).
func ParseAgeBuckets(value string) (model.AgeRange, bool) {
	s := ageNormalizer.Replace(strings.ToLower(value))
	loc := bucketValue.FindStringSubmatchIndex(s)
	if loc == nil {
		return model.AgeRange{}, false
	}
	buckets := bucket.FindAllStringSubmatch(s[loc[2]:loc[3]], -1)
	if !contiguous(buckets) {
		return model.AgeRange{}, false
	}
	unit := model.Years
	if loc[4] >= 0 {
		unit = unitOf(s[loc[4]:loc[5]])
	}
	lo := &model.AgeBound{Value: parseNumber(buckets[0][1]), Unit: unit, Inclusive: true}
	hi := &model.AgeBound{Value: parseNumber(buckets[len(buckets)-1][2]), Unit: unit, Inclusive: true}
	return model.AgeRange{Min: lo, Max: hi}, true
}
