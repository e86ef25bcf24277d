package model

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// TestDetachedOwnsItsText fills every field of a trial, each text a slice
// of one document, and checks that the detached copy is equal and that
// none of its texts shares the document's memory. A field added to Trial
// later is filled and checked too.
func TestDetachedOwnsItsText(t *testing.T) {
	document := strings.Repeat("The document a trial was read from. ", 100)
	var trial Trial
	offset := 0
	fill(reflect.ValueOf(&trial).Elem(), func() string {
		offset = (offset + 7) % (len(document) - 20)
		return document[offset : offset+12]
	})
	detached := trial.Detached()
	if !reflect.DeepEqual(detached, trial) {
		t.Fatalf("detached copy differs:\n got %+v\nwant %+v", detached, trial)
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(document)))
	end := start + uintptr(len(document))
	walkTexts(reflect.ValueOf(detached), "Trial", func(path, s string) {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= start && p < end {
			t.Errorf("%s still points into the document", path)
		}
	})
}

// fill sets every string, slice, map and pointer under v: each plain text
// to next(), each slice and map to one element.
func fill(v reflect.Value, next func() string) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeFor[string]() {
			v.SetString(next())
		} else {
			v.SetString("CONSTANT")
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), next)
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0), next)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		key, elem := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(key, next)
		fill(elem, next)
		m.SetMapIndex(key, elem)
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), next)
		v.Set(p)
	case reflect.Int, reflect.Int64:
		v.SetInt(3)
	case reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Bool:
		v.SetBool(true)
	}
}

// walkTexts calls visit with every plain text under v and where it is.
func walkTexts(v reflect.Value, path string, visit func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeFor[string]() {
			visit(path, v.String())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			walkTexts(v.Field(i), path+"."+v.Type().Field(i).Name, visit)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkTexts(v.Index(i), path+"[]", visit)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			walkTexts(k, path+"{key}", visit)
			walkTexts(v.MapIndex(k), path+"{}", visit)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			walkTexts(v.Elem(), path, visit)
		}
	}
}
