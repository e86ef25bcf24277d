package vocab

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// readBuiltInFolder reads the built-in files of the vocabulary k, which is
// a folder of language files, in name order.
func (l *loader) readBuiltInFolder(k int) {
	folder := fileKinds[k].name
	found, err := builtIn.ReadDir("data/" + folder)
	if err != nil {
		l.files = append(l.files, File{Name: folder, Path: folder, Problems: []Problem{{File: folder, Reason: "the built-in folder is missing"}}})
		return
	}
	languages := 0
	for _, d := range found {
		name := folder + "/" + d.Name()
		if d.IsDir() || !strings.HasSuffix(name, ".tsv") {
			continue
		}
		if languages++; languages > MaxLanguages {
			l.files = append(l.files, tooManyLanguages(File{Name: name, Path: name}))
			continue
		}
		data, err := builtIn.ReadFile("data/" + name)
		if err != nil {
			l.files = append(l.files, File{Name: name, Path: name, Problems: []Problem{{File: name, Reason: "the built-in file cannot be read"}}})
			continue
		}
		l.read(k, data, File{Name: name, Path: name})
	}
}

// readLanguageDir reads the user's language files in the folder at path,
// in name order, all but the one named skip ("languages/sk.tsv"). A user's
// file of a built-in language adds to it; one of another language adds
// the language.
func (l *loader) readLanguageDir(path, skip string) {
	k := kindIndex(languagesFolder)
	found, err := os.ReadDir(path)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		l.files = append(l.files, File{Path: path, User: true, Problems: []Problem{{File: path, Reason: "the folder cannot be read (" + reasonOf(err) + ")"}}})
		return
	}
	for _, d := range found {
		name := d.Name()
		if strings.HasPrefix(name, ".") || d.IsDir() || languagesFolder+"/"+name == skip {
			continue
		}
		file := filepath.Join(path, name)
		report := File{Name: languagesFolder + "/" + name, Path: file, User: true}
		if !strings.HasSuffix(name, ".tsv") {
			report.Problems = []Problem{{File: file, Reason: "not read: a language file is named after its language, such as sk.tsv"}}
			l.files = append(l.files, report)
			continue
		}
		if !l.knowsLanguage(languageOf(name)) && l.languages() >= MaxLanguages {
			l.files = append(l.files, tooManyLanguages(report))
			continue
		}
		data, problem := readUserFile(file)
		if problem != "" {
			report.Problems = []Problem{{File: file, Reason: problem}}
			l.files = append(l.files, report)
			continue
		}
		l.read(k, data, report)
	}
}

// languages counts the languages whose files were read.
func (l *loader) languages() int {
	seen := map[string]bool{}
	for _, f := range l.files {
		if strings.HasPrefix(f.Name, languagesFolder+"/") {
			seen[strings.ToLower(languageOf(f.Name))] = true
		}
	}
	return len(seen)
}

// knowsLanguage reports whether a file of the language was read.
func (l *loader) knowsLanguage(language string) bool {
	for _, f := range l.files {
		if strings.HasPrefix(f.Name, languagesFolder+"/") && strings.EqualFold(languageOf(f.Name), language) {
			return true
		}
	}
	return false
}

func tooManyLanguages(report File) File {
	report.Problems = []Problem{{File: report.Path, Reason: fmt.Sprintf("not read: at most %d languages are read", MaxLanguages)}}
	return report
}
