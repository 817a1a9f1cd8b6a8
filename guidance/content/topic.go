package content

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/pleaguide/pleaguide/guidance"
)

const fence = "+++"

type frontMatter struct {
	ID        string
	Category  string
	Order     int
	Title     string
	Summary   string
	Checked   time.Time
	Checklist bool
}

// ParseTopic reads one topic file: TOML front matter between +++ lines, then a CommonMark
// body. It never panics on malformed input; what is wrong comes back as problems, and the
// topic is returned with whatever could be read.
func ParseTopic(file string, data []byte) (guidance.Topic, []Problem) {
	var problems []Problem
	add := func(line int, format string, args ...any) {
		problems = append(problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if !utf8.Valid(data) {
		add(0, "file is not valid UTF-8")
		return guidance.Topic{}, problems
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != fence {
		add(1, "topic must start with a +++ line that opens the front matter")
		return guidance.Topic{}, problems
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == fence {
			end = i
			break
		}
	}
	if end < 0 {
		add(1, "front matter is not closed by a +++ line")
		return guidance.Topic{}, problems
	}
	l := &loader{}
	var fm frontMatter
	if !l.decodeTOML(file, []byte(strings.Join(lines[1:end], "\n")), 1, &fm) {
		return guidance.Topic{}, l.problems
	}
	problems = append(problems, l.problems...)
	front := []byte(strings.Join(lines[:end], "\n"))
	if fm.ID == "" {
		add(2, "front matter has no id")
	} else if !idPattern.MatchString(fm.ID) {
		add(lineOfKey(front, "id"), "topic id %q is not lowercase words joined by -", fm.ID)
	}
	if strings.TrimSpace(fm.Title) == "" {
		add(2, "front matter has no title")
	}
	if strings.TrimSpace(fm.Summary) == "" {
		add(2, "front matter has no summary")
	}
	if fm.Category == "" {
		add(2, "front matter has no category")
	}
	if fm.Checked.IsZero() {
		add(2, "front matter has no last-checked date (checked = YYYY-MM-DD)")
	}
	body := strings.TrimSpace(strings.Join(lines[end+1:], "\n"))
	if body == "" {
		add(end+2, "topic has no text")
	}
	return guidance.Topic{
		ID: fm.ID, Category: fm.Category, Order: fm.Order, Title: strings.TrimSpace(fm.Title),
		Summary: strings.TrimSpace(fm.Summary), Checked: fm.Checked, Body: body, Checklist: fm.Checklist,
	}, problems
}

// bodyStartLine is the 1-based line of the first body line after the front matter
// (leading blank lines skipped, as ParseTopic trims them).
func bodyStartLine(data []byte) int {
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	seen := 0
	for i, ln := range lines {
		if strings.TrimSpace(ln) == fence {
			seen++
			continue
		}
		if seen >= 2 && strings.TrimSpace(ln) != "" {
			return i + 1
		}
	}
	return 1
}

// Link is a link found in a topic body.
type Link struct {
	Dest   string // as written, e.g. "term:plea-statement-doc"
	Scheme string // "term", "topic", "src", or another scheme
	Target string // the part after the scheme
	Text   string
	Line   int // 1-based line within the body
}

// Links lists every link in a CommonMark body, in order.
func Links(s string) []Link { return Parse(s).Links }

// PlainText strips CommonMark to its words, one block per line, for search and snippets.
func PlainText(body string) string {
	text, _ := Parse(body).flatten(flattenOpts{})
	return strings.TrimSpace(text)
}

// flatten parses s and flattens it (see Doc.flatten).
func flatten(s string, o flattenOpts) (string, []span) { return Parse(s).flatten(o) }

func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// nodeLine finds the line of the first text inside n, or of its parent block.
func nodeLine(n ast.Node, src []byte) int {
	offset := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering && offset < 0 {
			offset = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	for p := n; offset < 0 && p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			offset = p.Lines().At(0).Start
		}
	}
	if offset < 0 || offset > len(src) {
		return 1
	}
	return bytes.Count(src[:offset], []byte("\n")) + 1
}
