// Command trialcompare compares clinical trials side by side. With no
// sub-command it opens the window; "trialcompare inspect …" runs without
// one.
package main

import (
	"embed"
	"io/fs"
	"os"

	"github.com/trialcompare/trialcompare/app"
)

// seeds are five real trial documents, one per layout, shown on a first
// start.
//
//go:embed testdata/seeds/*.txt
var seeds embed.FS

func main() {
	examples, _ := fs.Sub(seeds, "testdata/seeds")
	os.Exit(app.Main(os.Args[1:], examples, os.Stdout, os.Stderr))
}
