package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// redownload is what to do about a ClinicalTrials.gov document that does
// not follow its format.
const redownload = "the file does not follow the ClinicalTrials.gov format: download it again from ClinicalTrials.gov"

// jsonProblem turns an encoding/json error into a message that says where
// the JSON is wrong and how, in the reader's words. offset is the decoder's
// position in text; path is the JSON path of the value being decoded.
// Offsets count bytes from 0.
func jsonProblem(err error, text string, offset int64, path string) error {
	var syntax *json.SyntaxError
	var wrongType *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.As(err, &syntax) && syntax.Error() == "unexpected end of JSON input":
		return fmt.Errorf("the JSON stops in the middle, so the file is cut short; download it again")
	case errors.As(err, &syntax):
		// A streaming decoder counts from the value it was reading; the
		// whole text gives the offset of the first error in the file.
		var whole struct{}
		if errors.As(json.Unmarshal([]byte(text), &whole), &syntax) {
			offset = syntax.Offset - 1
		}
		line, column := lineAndColumn(text, offset)
		return fmt.Errorf("the JSON is broken at line %d, column %d (%s); the file may be damaged or edited by hand: download it again", line, column, syntaxDetail(syntax.Error()))
	case errors.As(err, &wrongType):
		field := joinPath(path, wrongType.Field)
		return fmt.Errorf("the JSON field %s is %s, where the format has %s; %s", field, JSONValueKind(wrongType.Value), FieldKind(wrongType.Type), redownload)
	case strings.Contains(err.Error(), "exceeded max depth"):
		return fmt.Errorf("the JSON is nested too deeply to be a study (line %d); %s", lineAt(text, offset), redownload)
	}
	return fmt.Errorf("the JSON could not be read at line %d (%s); %s", lineAt(text, offset), strings.TrimPrefix(err.Error(), "json: "), redownload)
}

func joinPath(parent, field string) string {
	switch {
	case parent == "":
		return field
	case field == "":
		return parent
	}
	return parent + "." + field
}

// syntaxDetail words a json.SyntaxError's message: "invalid character 'x'
// after object key" becomes "unexpected character 'x' after object key".
func syntaxDetail(msg string) string {
	msg = strings.TrimPrefix(msg, "json: ")
	if rest, ok := strings.CutPrefix(msg, "invalid character "); ok {
		return "unexpected character " + rest
	}
	return msg
}

// JSONValueKind words the kind of a JSON value as encoding/json names it
// ("string", "number 1.5", "array").
func JSONValueKind(value string) string {
	switch {
	case value == "string":
		return "a text"
	case value == "array":
		return "a list"
	case value == "object":
		return "an object"
	case value == "bool":
		return "true or false"
	case strings.HasPrefix(value, "number "):
		return "the number " + strings.TrimPrefix(value, "number ")
	case value == "number":
		return "a number"
	}
	return value
}

// FieldKind words the kind of value a field of Go type t holds, in a
// reader's words ("a text", "a list of texts").
func FieldKind(t reflect.Type) string {
	if t == nil {
		return "another kind of value"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return FieldKind(t.Elem())
	case reflect.String:
		return "a text"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.String {
			return "a list of texts"
		}
		return "a list of " + strings.TrimPrefix(strings.TrimPrefix(FieldKind(t.Elem()), "an "), "a ") + "s"
	}
	return "another kind of value"
}

// lineAt returns the 1-based line of text that holds byte offset.
func lineAt(text string, offset int64) int {
	line, _ := lineAndColumn(text, offset)
	return line
}

// lineAndColumn returns the 1-based line and column (in bytes) of offset.
func lineAndColumn(text string, offset int64) (line, column int) {
	off := int(min(max(offset, 0), int64(len(text))))
	start := strings.LastIndexByte(text[:off], '\n') + 1
	return strings.Count(text[:off], "\n") + 1, off - start + 1
}
