// Package vocab holds the vocabularies the rules read by, as text files a
// physician can read and extend, one entry a line: targets and their names,
// drugs, the cues of a prior therapy and of earlier work, diagnoses,
// exclusion themes, criteria headings, registry identifier forms and
// labels, page labels, CNS phrases, the overview's modalities and entry
// rules, the cues of a phase or an age that is not the trial's, and one
// file a language for pages in other languages (data/languages/de.tsv …).
//
// The built-in files are embedded in the program (data/). Files of the same
// names in the user's vocabulary folder (UserDir) add entries, and an entry
// there wins over a built-in one with the same name; a file of the user's
// languages folder adds to its language, or adds a language. A line that cannot be
// read is reported with its file and line number, and left out; the rest
// still load.
//
// It imports nothing of this module: rules builds its indexes from it.
package vocab
