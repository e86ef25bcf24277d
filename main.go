// Command trialcompare compares clinical trials side by side. With no
// sub-command it opens the window; "trialcompare inspect|export …" runs
// without one.
package main

import (
	"os"

	"github.com/trialcompare/trialcompare/app"
)

func main() {
	os.Exit(app.Main(os.Args[1:], os.Stdout, os.Stderr))
}
