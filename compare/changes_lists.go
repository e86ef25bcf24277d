package compare

import (
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// rewordedAt is how alike two criteria must be (wordSimilarity) to count
// as one criterion reworded rather than one removed and another added.
const rewordedAt = 0.5

// maxPairingCells bounds the words compared while pairing reworded
// criteria, so that a hostile record costs no more than this.
const maxPairingCells = 1 << 24

// siteChanges lists the sites added, closed (a site that took patients
// and now does not), removed, or whose status changed otherwise. A site is
// known by its facility, city and country.
func siteChanges(old, new []model.Location) []Change {
	before := map[string][]model.Location{}
	for _, l := range old {
		k := siteKey(l)
		before[k] = append(before[k], l)
	}
	var out []Change
	for _, l := range new {
		k := siteKey(l)
		matches := before[k]
		if len(matches) == 0 {
			out = append(out, Change{Field: model.FieldLocations, Kind: ChangeAdded, What: "Site", New: l.Label()})
			continue
		}
		was := matches[0]
		before[k] = matches[1:]
		if was.Status == l.Status {
			continue
		}
		c := Change{Field: model.FieldLocations, Kind: ChangeChanged, What: "Site status", Subject: siteName(l), Old: orNotStated(was.Status), New: orNotStated(l.Status)}
		if siteTookPatients(was.Status) && l.Status != "" && !siteTookPatients(l.Status) {
			c.Kind, c.What = ChangeClosed, "Site"
		}
		out = append(out, c)
	}
	for _, l := range old {
		k := siteKey(l)
		if matches := before[k]; len(matches) > 0 {
			out = append(out, Change{Field: model.FieldLocations, Kind: ChangeRemoved, What: "Site", Old: matches[0].Label()})
			before[k] = matches[1:]
		}
	}
	return out
}

func siteKey(l model.Location) string {
	return normalized(l.Facility) + "|" + normalized(l.City) + "|" + normalized(l.Country)
}

// siteName is a site's label without its status.
func siteName(l model.Location) string {
	l.Status = ""
	return l.Label()
}

// siteTookPatients says whether a site's status, as the readers label it
// ("Recruiting"), takes or is about to take patients.
func siteTookPatients(status string) bool {
	for s := range takesPatients {
		if strings.EqualFold(status, s.Label()) || strings.EqualFold(status, string(s)) {
			return true
		}
	}
	return false
}

// criteriaChanges lists the criteria added, removed or reworded between
// two lists. Criteria equal but for spacing are the same; each older
// criterion left between them is paired, as reworded, with the most alike
// newer one left when they are alike enough; the rest are removed and
// added.
func criteriaChanges(f model.Field, what string, old, new []string) []Change {
	p := criteriaPairing{field: f, what: what, budget: maxPairingCells}
	p.a, p.wordsA = splitCriteria(old)
	p.b, p.wordsB = splitCriteria(new)
	i, j := 0, 0
	for _, m := range append(matchedItems(p.a, p.b), [2]int{len(p.a), len(p.b)}) {
		p.gap(i, m[0], j, m[1])
		i, j = m[0]+1, m[1]+1
	}
	return p.out
}

// splitCriteria returns each criterion with its spacing made single, and
// its words.
func splitCriteria(items []string) (texts []string, words [][]string) {
	texts, words = make([]string, len(items)), make([][]string, len(items))
	for i, s := range items {
		words[i] = strings.Fields(s)
		texts[i] = strings.Join(words[i], " ")
	}
	return texts, words
}

// criteriaPairing words the changes between two lists of criteria.
type criteriaPairing struct {
	field          model.Field
	what           string
	a, b           []string
	wordsA, wordsB [][]string
	// budget is what is left of maxPairingCells.
	budget int
	out    []Change
}

// gap words the criteria a[i0:i1] and b[j0:j1], which share no criterion:
// those removed first, then those reworded or added in the newer order.
func (p *criteriaPairing) gap(i0, i1, j0, j1 int) {
	pairOf := make(map[int]int) // index in b → index in a
	paired := make(map[int]bool)
	for i := i0; i < i1 && p.budget > 0; i++ {
		best, bestScore := -1, 0.0
		for j := j0; j < j1; j++ {
			if _, taken := pairOf[j]; taken {
				continue
			}
			p.budget -= len(p.wordsA[i]) * len(p.wordsB[j])
			if p.budget < 0 {
				break
			}
			if s := wordSimilarity(p.wordsA[i], p.wordsB[j]); s >= rewordedAt && s > bestScore {
				best, bestScore = j, s
			}
		}
		if best >= 0 {
			pairOf[best] = i
			paired[i] = true
		}
	}
	for i := i0; i < i1; i++ {
		if !paired[i] {
			p.out = append(p.out, Change{Field: p.field, Kind: ChangeRemoved, What: p.what + " " + strconv.Itoa(i+1), Old: p.a[i]})
		}
	}
	for j := j0; j < j1; j++ {
		label := p.what + " " + strconv.Itoa(j+1)
		if i, ok := pairOf[j]; ok {
			p.out = append(p.out, Change{Field: p.field, Kind: ChangeReworded, What: label, Old: p.a[i], New: p.b[j], Diff: WordDiff(p.a[i], p.b[j])})
			continue
		}
		p.out = append(p.out, Change{Field: p.field, Kind: ChangeAdded, What: label, New: p.b[j]})
	}
}

// matchedItems returns the index pairs of a longest run of equal items
// common to both lists, in order. Past the table's bound only their common
// beginning and end are matched.
func matchedItems(a, b []string) [][2]int {
	prefix := commonPrefix(a, b)
	suffix := commonSuffix(a[prefix:], b[prefix:])
	var out [][2]int
	for k := range prefix {
		out = append(out, [2]int{k, k})
	}
	midA, midB := a[prefix:len(a)-suffix], b[prefix:len(b)-suffix]
	if len(midA) > 0 && len(midB) > 0 && len(midA)*len(midB) <= maxDiffCells {
		table := lcsTable(midA, midB)
		i, j := 0, 0
		for i < len(midA) && j < len(midB) {
			switch {
			case midA[i] == midB[j]:
				out = append(out, [2]int{prefix + i, prefix + j})
				i++
				j++
			case table[i+1][j] >= table[i][j+1]:
				i++
			default:
				j++
			}
		}
	}
	for k := range suffix {
		out = append(out, [2]int{len(a) - suffix + k, len(b) - suffix + k})
	}
	return out
}
