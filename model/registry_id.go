package model

// RegistryID is one identifier of a trial: its registry and its number.
type RegistryID struct {
	Registry string
	ID       string
}
