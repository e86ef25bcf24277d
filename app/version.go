package app

// version is TrialCompare's version: --version prints it and the
// ClinicalTrials.gov client names it in its User-Agent. It is FyneApp.toml's
// Version, which `make package` writes into the package; a test keeps the
// two the same.
const version = "0.1.0"
