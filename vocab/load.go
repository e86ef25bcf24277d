package vocab

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// builtIn holds the built-in vocabulary files.
//
//go:embed data/*.tsv data/languages/*.tsv
var builtIn embed.FS

// File reports one vocabulary file that was read.
type File struct {
	// Name is the vocabulary's file name, such as "drugs.tsv"; "" for a
	// file that is no vocabulary.
	Name string
	// Path is where the file was read: its path, or its name for a built-in
	// file.
	Path string
	// User is set for a file of the user's.
	User bool
	// Entries counts the entries read from it.
	Entries int
	// Problems are the lines that could not be read, and left out, or the
	// reason the whole file could not be (Line 0).
	Problems []Problem
}

// Problem is a line of a vocabulary file that could not be read, or a file
// that could not be (Line 0).
type Problem struct {
	File   string
	Line   int
	Reason string
}

// String names the file and the line: "drugs.tsv, line 12: …".
func (p Problem) String() string {
	if p.Line == 0 {
		return p.File + ": " + p.Reason
	}
	return fmt.Sprintf("%s, line %d: %s", p.File, p.Line, p.Reason)
}

// maxFileSize bounds a user's vocabulary file: the built-in ones together
// are a few dozen kilobytes.
const maxFileSize = 4 << 20

// UserDir returns the folder of the user's vocabulary files: TrialCompare/vocab
// in the user's configuration folder.
func UserDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("finding the configuration folder for your vocabularies: %w", err)
	}
	return filepath.Join(dir, "TrialCompare", "vocab"), nil
}

// BuiltIn returns the built-in vocabularies.
func BuiltIn() *Vocabulary { return Load("") }

// Load returns the built-in vocabularies with the user's files in dir
// merged in: a user's entry wins over a built-in one with the same name.
// dir "", or a folder that does not exist, adds nothing. What cannot be
// read is reported in Files and left out; the rest still loads.
func Load(dir string) *Vocabulary {
	l := newLoader()
	l.readBuiltIn()
	l.readDir(dir, "")
	return l.finish()
}

// Check reads the vocabulary file at path as the user's file of its
// vocabulary, in place of the one of the same name in dir, and returns
// what was read from it. Its vocabulary is the one its name gives, or, for
// another name, the one whose columns its first line names.
func Check(path, dir string) File {
	report := File{Path: path, User: true}
	data, problem := readUserFile(path)
	if problem != "" {
		report.Problems = []Problem{{File: path, Reason: problem}}
		return report
	}
	k, ok := kindOf(filepath.Base(path), data)
	if !ok {
		report.Problems = []Problem{{File: path, Line: 1, Reason: "the first line names the columns of no vocabulary; " + knownHeaders()}}
		return report
	}
	name := fileKinds[k].name
	if fileKinds[k].folder {
		name = languagesFolder + "/" + filepath.Base(path)
	}
	l := newLoader()
	l.readBuiltIn()
	l.readDir(dir, name)
	l.read(k, data, File{Name: name, Path: path, User: true})
	v := l.finish()
	return v.Files[len(v.Files)-1]
}

// kindOf returns the vocabulary of a file: the one its name gives, or the
// one whose columns its first line names.
func kindOf(name string, data []byte) (int, bool) {
	if i, ok := kindNamed(name); ok {
		return i, true
	}
	header, _, _, _ := readRows(data)
	i := slices.IndexFunc(fileKinds, func(k fileKind) bool { return k.namesColumns(header) })
	return i, i >= 0
}

// knownHeaders lists each vocabulary's file and columns for a message.
func knownHeaders() string {
	var parts []string
	for _, k := range fileKinds {
		parts = append(parts, k.name+" names "+k.headerNames())
	}
	return strings.Join(parts, "; ")
}

// namesColumns reports whether a header names the kind's columns, case
// ignored.
func (k fileKind) namesColumns(header []string) bool {
	if len(header) != len(k.columns) {
		return false
	}
	for i, c := range k.columns {
		if !strings.EqualFold(header[i], c.name) {
			return false
		}
	}
	return true
}

// loader merges vocabulary files, the built-in ones first.
type loader struct {
	// entries holds each vocabulary's entries in order, and keys where each
	// key's entry is.
	entries [][]entry
	keys    []map[string]int
	// replaced holds, by vocabulary and place, the built-in entry a user's
	// entry replaced.
	replaced []map[int]entry
	files    []File
}

// entry is one entry's values and where they were read.
type entry struct {
	values []string
	origin Origin
}

func newLoader() *loader {
	l := &loader{entries: make([][]entry, len(fileKinds)), keys: make([]map[string]int, len(fileKinds)),
		replaced: make([]map[int]entry, len(fileKinds))}
	for i := range l.keys {
		l.keys[i], l.replaced[i] = map[string]int{}, map[int]entry{}
	}
	return l
}

// readBuiltIn reads the built-in files.
func (l *loader) readBuiltIn() {
	for i, k := range fileKinds {
		if k.folder {
			l.readBuiltInFolder(i)
			continue
		}
		data, err := builtIn.ReadFile("data/" + k.name)
		if err != nil {
			l.files = append(l.files, File{Name: k.name, Path: k.name, Problems: []Problem{{File: k.name, Reason: "the built-in file is missing"}}})
			continue
		}
		l.read(i, data, File{Name: k.name, Path: k.name})
	}
}

// readDir reads the user's files in dir, in name order, all but the one
// named skip. Hidden files and folders are passed over.
func (l *loader) readDir(dir, skip string) {
	if dir == "" {
		return
	}
	found, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		l.files = append(l.files, File{Path: dir, User: true, Problems: []Problem{{File: dir, Reason: "the folder cannot be read (" + reasonOf(err) + ")"}}})
		return
	}
	for _, d := range found {
		name := d.Name()
		path := filepath.Join(dir, name)
		if d.IsDir() && name == languagesFolder {
			l.readLanguageDir(path, skip)
			continue
		}
		if strings.HasPrefix(name, ".") || d.IsDir() || name == skip {
			continue
		}
		k, known := kindNamed(name)
		if !known {
			l.files = append(l.files, File{Path: path, User: true, Problems: []Problem{{File: path,
				Reason: "not read: a vocabulary file is named after the vocabulary it extends: " + strings.Join(FileNames(), ", ")}}})
			continue
		}
		report := File{Name: name, Path: path, User: true}
		data, problem := readUserFile(path)
		if problem != "" {
			report.Problems = []Problem{{File: path, Reason: problem}}
			l.files = append(l.files, report)
			continue
		}
		l.read(k, data, report)
	}
}

// readUserFile reads a user's file, or says why it cannot.
func readUserFile(path string) ([]byte, string) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, "the file cannot be read (" + reasonOf(err) + ")"
	case !info.Mode().IsRegular():
		return nil, "not read: it is not an ordinary file"
	case info.Size() > maxFileSize:
		return nil, fmt.Sprintf("not read: it is larger than %d MiB; a vocabulary file is a few pages of text", maxFileSize>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "the file cannot be read (" + reasonOf(err) + ")"
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, "the file cannot be read (" + reasonOf(err) + ")"
	}
	if len(data) > maxFileSize {
		return nil, fmt.Sprintf("not read: it is larger than %d MiB; a vocabulary file is a few pages of text", maxFileSize>>20)
	}
	return data, ""
}

// reasonOf is an error without the path a PathError repeats.
func reasonOf(err error) string {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		err = pathErr.Err
	}
	return err.Error()
}

// read reads one file of vocabulary k into the loader: each entry joins
// the vocabulary or replaces the one with its key, and each line that
// cannot be read is reported in the file's report.
func (l *loader) read(k int, data []byte, report File) {
	kind := fileKinds[k]
	header, headerLine, rows, problems := readRows(data)
	for _, p := range problems {
		report.Problems = append(report.Problems, Problem{File: report.Path, Line: p.line, Reason: p.reason})
	}
	if !kind.namesColumns(header) {
		report.Problems = append(report.Problems, Problem{File: report.Path, Line: max(headerLine, 1),
			Reason: fmt.Sprintf("the first line must be # and this file's columns, separated by tabs: %s; the file is not read", kind.headerNames())})
		l.files = append(l.files, report)
		return
	}
	lineOf := map[string]int{}
	for _, r := range rows {
		values, reason := kind.readValues(r.values)
		if reason != "" {
			report.Problems = append(report.Problems, Problem{File: report.Path, Line: r.line, Reason: reason + "; the line is left out"})
			continue
		}
		key := kind.keyOf(values)
		if kind.folder {
			key = strings.ToLower(languageOf(report.Path)) + "\t" + key
		}
		if first, ok := lineOf[key]; ok {
			report.Problems = append(report.Problems, Problem{File: report.Path, Line: r.line,
				Reason: fmt.Sprintf("line %d has this entry already (%s); this line is left out", first, strings.Join(values, ", "))})
			continue
		}
		lineOf[key] = r.line
		e := entry{values: values, origin: Origin{File: report.Path, Line: r.line, User: report.User}}
		if i, ok := l.keys[k][key]; ok {
			if _, was := l.replaced[k][i]; !was {
				l.replaced[k][i] = l.entries[k][i]
			}
			l.entries[k][i] = e
		} else {
			l.keys[k][key] = len(l.entries[k])
			l.entries[k] = append(l.entries[k], e)
		}
		report.Entries++
	}
	slices.SortStableFunc(report.Problems, func(a, b Problem) int { return a.Line - b.Line })
	l.files = append(l.files, report)
}

// finish builds the Vocabulary from the entries read and leaves out, with
// a problem each, those that name what no vocabulary holds.
func (l *loader) finish() *Vocabulary {
	l.checkReferences()
	l.checkLanguageDrugs()
	v := &Vocabulary{Files: l.files}
	for k, kind := range fileKinds {
		for _, e := range l.entries[k] {
			kind.add(v, e.values, e.origin)
		}
	}
	foldLanguageWords(v)
	return v
}

// problem reports an entry that was read and is left out.
func (l *loader) problem(o Origin, reason string) {
	if f := l.fileOf(o); f != nil {
		f.Problems = append(f.Problems, Problem{File: o.File, Line: o.Line, Reason: reason})
		slices.SortStableFunc(f.Problems, func(a, b Problem) int { return a.Line - b.Line })
		f.Entries--
	}
}

// fileOf returns the report of the file an entry was read from.
func (l *loader) fileOf(o Origin) *File {
	for i := range l.files {
		if f := &l.files[i]; f.Path == o.File && f.User == o.User {
			return f
		}
	}
	return nil
}
