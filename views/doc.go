// Package views holds TrialCompare's Fyne widgets and screens: the trial
// list, the comparison table, the age chart and the detail panel. Each is a
// struct of its widgets with handler methods. Views render what package
// compare decides; they neither parse documents nor write exports.
package views
