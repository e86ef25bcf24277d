package vocab

import (
	"fmt"
	"slices"
	"strings"
)

// checkReferences leaves out, with a problem each, the entries that name
// what no vocabulary holds: a drug's target or class, a diagnosis's parent,
// a theme rule's theme; and the diagnoses whose parents lead back to them.
// A name is matched case ignored and then spelled as its vocabulary spells
// it. A user's entry left out gives back the built-in entry it replaced.
func (l *loader) checkReferences() {
	targets := l.spellings("targets.tsv", func([]string) bool { return true })
	classes := l.spellings("modalities.tsv", func(v []string) bool { return v[1] == "no" })
	l.keep("drugs.tsv", func(v []string) string {
		target, ok := targets[strings.ToLower(v[1])]
		if !ok {
			return fmt.Sprintf("the target %q is not in targets.tsv", v[1])
		}
		v[1] = target
		if v[2] == "" {
			return ""
		}
		class, ok := classes[strings.ToLower(v[2])]
		if !ok {
			return fmt.Sprintf("the class %q is not a modality of modalities.tsv (%s)", v[2], strings.Join(sortedValues(classes), ", "))
		}
		v[2] = class
		return ""
	})
	parents := map[string]string{}
	for _, e := range l.entries[kindIndex("diagnoses.tsv")] {
		parents[strings.ToLower(e.values[0])] = strings.ToLower(e.values[1])
	}
	l.keep("diagnoses.tsv", func(v []string) string {
		self, parent := strings.ToLower(v[0]), strings.ToLower(v[1])
		for p, steps := parent, 0; p != "" && steps <= len(parents); p, steps = parents[p], steps+1 {
			if p == self {
				delete(parents, self)
				return fmt.Sprintf("the parents of %q lead back to it", v[0])
			}
		}
		parents[self] = parent
		return ""
	})
	diagnoses := l.spellings("diagnoses.tsv", func([]string) bool { return true })
	l.keep("diagnoses.tsv", func(v []string) string {
		if v[1] == "" {
			return ""
		}
		parent, ok := diagnoses[strings.ToLower(v[1])]
		if !ok {
			return fmt.Sprintf("the parent %q is not a diagnosis of diagnoses.tsv", v[1])
		}
		v[1] = parent
		return ""
	})
	themes := l.spellings("themes.tsv", func(v []string) bool { return v[1] == ThemeLabel })
	l.keep("themes.tsv", func(v []string) string {
		if v[1] == ThemeLabel || strings.EqualFold(v[0], AllThemes) {
			return ""
		}
		theme, ok := themes[strings.ToLower(v[0])]
		if !ok {
			return fmt.Sprintf("the theme %q has no label line in themes.tsv", v[0])
		}
		v[0] = theme
		return ""
	})
	cns := l.entries[kindIndex("cns.tsv")]
	for _, kind := range cnsSingle {
		if !slices.ContainsFunc(cns, func(e entry) bool { return e.values[0] == kind }) {
			if f := l.fileOf(Origin{File: "cns.tsv"}); f != nil {
				f.Problems = append(f.Problems, Problem{File: f.Path, Reason: fmt.Sprintf("no line of the kind %q; CNS grades are not read", kind)})
			}
		}
	}
}

// keep leaves out the entries of a vocabulary check finds something wrong
// with, reporting each against its file and line; a user's entry left out
// gives back the built-in one it replaced, if that one passes. check may
// respell an entry's values.
func (l *loader) keep(name string, check func(values []string) string) {
	k := kindIndex(name)
	kept := l.entries[k][:0]
	for i, e := range l.entries[k] {
		reason := check(e.values)
		if reason == "" {
			kept = append(kept, e)
			continue
		}
		l.problem(e.origin, reason+"; the line is left out")
		if old, ok := l.replaced[k][i]; ok && check(old.values) == "" {
			kept = append(kept, old)
		}
	}
	l.entries[k] = kept
	l.replaced[k] = nil
}

// spellings maps the first value of a vocabulary's entries that pass
// include, lower case, onto its spelling.
func (l *loader) spellings(name string, include func(values []string) bool) map[string]string {
	out := map[string]string{}
	for _, e := range l.entries[kindIndex(name)] {
		if include(e.values) {
			out[strings.ToLower(e.values[0])] = e.values[0]
		}
	}
	return out
}

// kindIndex returns the place of the vocabulary whose file is named name,
// one of fileKinds'.
func kindIndex(name string) int {
	i, ok := kindNamed(name)
	if !ok {
		panic("vocab: no vocabulary " + name)
	}
	return i
}

// sortedValues returns a map's values in order.
func sortedValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}
