package flow

import (
	"net/url"
	"reflect"
	"testing"
)

func TestMarkRange(t *testing.T) {
	link := &url.URL{Scheme: "term", Opaque: "plea"}
	tests := []struct {
		name       string
		spans      []Span
		start, end int
		want       []Span
	}{
		{"inside one span", []Span{{Text: "ab. cd. ef."}}, 4, 7,
			[]Span{{Text: "ab. "}, {Text: "cd.", Mark: true}, {Text: " ef."}}},
		{"the whole span", []Span{{Text: "ab."}}, 0, 3, []Span{{Text: "ab.", Mark: true}}},
		{"across a link, which stays a link", []Span{{Text: "Sign the "}, {Text: "statement", Link: link}, {Text: ". Next."}}, 0, 19,
			[]Span{{Text: "Sign the ", Mark: true}, {Text: "statement", Link: link, Mark: true}, {Text: ".", Mark: true}, {Text: " Next."}}},
		{"Chinese bytes", []Span{{Text: "你好。再见。"}}, 9, 18, []Span{{Text: "你好。"}, {Text: "再见。", Mark: true}}},
		{"a search mark outside the range stays", []Span{{Text: "a "}, {Text: "bail", Mark: true}, {Text: ". b."}}, 8, 10,
			[]Span{{Text: "a "}, {Text: "bail", Mark: true}, {Text: ". "}, {Text: "b.", Mark: true}}},
		{"an empty range changes nothing", []Span{{Text: "ab"}}, 1, 1, []Span{{Text: "ab"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := MarkRange(tc.spans, tc.start, tc.end)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("MarkRange(%d, %d)\n got %+v\nwant %+v", tc.start, tc.end, got, tc.want)
			}
		})
	}
}
