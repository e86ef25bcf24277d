// Package app wires TrialCompare together: the command line, the Fyne
// application and its window, menus, state, loading and preferences.
package app
