package textindex

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pleaguide/pleaguide/guidance"
)

func TestIndex(t *testing.T) {
	tests := []struct {
		in, lang   string
		words, chr string
	}{
		{"签了具结书", "zh-Hans", "签了 了具 具结 结书", "签 了 具 结 书"},
		{"罪。", "zh-Hans", "罪", "罪"},
		{"Withdrawing the Pleas", "en", "withdraw the plea", ""},
		{"CPL Art. 15 刑诉法", "en", "cpl art 15 刑诉 诉法", "刑 诉 法"},
	}
	for _, tt := range tests {
		got := Index(tt.in, tt.lang)
		if got.Words != tt.words || got.Chars != tt.chr {
			t.Errorf("Index(%q) = %q / %q, want %q / %q", tt.in, got.Words, got.Chars, tt.words, tt.chr)
		}
	}
}

func TestParseQuery(t *testing.T) {
	syn := [][]string{{"withdraw", "take back"}, {"反悔", "撤回"}}
	tests := []struct {
		name, in, lang string
		words, chars   []string
	}{
		{"one Chinese character", "罪", "zh-Hans", nil, []string{"罪"}},
		{"two Chinese characters", "律师", "zh-Hans", []string{"律师"}, []string{"律", "师"}},
		{"question with synonym", "还能反悔吗", "zh-Hans", []string{"还能", "能反", "反悔", "撤回"}, []string{"还", "能", "反", "悔"}},
		{"Traditional characters and full-width digits", "認罪認罰３７天", "zh-Hans",
			[]string{"认罪", "罪认", "认罚", "37"}, []string{"认", "罪", "罚", "天"}},
		{"English stop words and stems", "can he take back the plea after signing", "en",
			[]string{"take", "back", "plea", "after", "sign", "withdraw"}, nil},
		{"synonym phrase needs whole words", "takeback", "en", []string{"takeback"}, nil},
		{"punctuation only", "？！…", "zh-Hans", nil, nil},
		{"quotes cannot break the expression", `"plea" OR x`, "en", []string{"plea", "x"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := ParseQuery(tt.in, tt.lang, NewSynonyms(syn))
			if !reflect.DeepEqual(q.Words, tt.words) || !reflect.DeepEqual(q.Chars, tt.chars) {
				t.Errorf("ParseQuery(%q) = %q / %q, want %q / %q", tt.in, q.Words, q.Chars, tt.words, tt.chars)
			}
			if strings.Count(q.Match(), `"`)%2 != 0 {
				t.Errorf("unbalanced quotes in %q", q.Match())
			}
		})
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("无关的内容。", 20) + "签了具结书以后，还可以反悔，但会失去从宽。" + strings.Repeat("其他内容。", 20)
	q := ParseQuery("具结书反悔", "zh-Hans", nil)
	got := Snippet(text, q, "zh-Hans", 40)
	if !strings.Contains(got, "具结书") || !strings.Contains(got, "反悔") {
		t.Errorf("snippet %q misses the query", got)
	}
	if n := len([]rune(strings.Trim(got, "…"))); n > 40 {
		t.Errorf("snippet has %d runes, want ≤ 40", n)
	}
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("cut snippet %q should show … at both ends", got)
	}
	// a word that stems to nothing must not hang the search for matches
	long := strings.Repeat("some words here ", 20)
	if got := Snippet(long, Query{Terms: []string{"'"}}, "en", 20); !strings.HasSuffix(got, "…") {
		t.Errorf("snippet with an empty needle = %q", got)
	}
	if got := Snippet("short text", q, "en", 40); got != "short text" {
		t.Errorf("short text snippet = %q", got)
	}
}

var fuzzSyn = NewSynonyms([][]string{{"a", "b c"}})

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"签了具结书还能反悔吗", "can he take back the plea", `"`, "*", "a OR b", "NEAR(x y)", "{title}:x", "罪"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > MaxQuery*4 {
			s = s[:MaxQuery*4]
		}
		q := ParseQuery(s, "en", fuzzSyn)
		for _, w := range append(q.Words, q.Chars...) {
			if strings.ContainsAny(w, `"{}:*^() `) {
				t.Errorf("token %q can escape the MATCH expression", w)
			}
		}
		_ = Snippet(s+s+s, q, "en", 10)
	})
}

// TestTextCoverageIsTitleCoverage: a prepared text, long (its Chinese characters, pairs and
// words listed) or short, covers a query exactly as the text itself does, also where a
// piece of the query lies inside a longer word or across Chinese and other letters.
func TestTextCoverageIsTitleCoverage(t *testing.T) {
	long := strings.Repeat("认罪认罚从宽。具结书由值班律师在场签署，", 20) + "撤回具结书后，认罪的供述"
	english := strings.Repeat("The accused pleaded guilty; a withdrawal of the plea is possible before the hearing. ", 8) +
		"Under Art. 37, CPL-2018 says so. 具结书"
	german := strings.Repeat("Das Geständnis kann widerrufen werden, die Verständigung nach §257c StPO nicht. ", 8) + "Straße"
	syn := NewSynonyms([][]string{{"反悔", "撤回"}})
	for _, text := range []string{"签了具结书，还能反悔吗", "Withdrawing a plea: you can take it back", long, english, german} {
		syn.AddVocabulary(text, "zh-Hans")
	}
	texts := []string{
		long, "签了具结书", "具结。书", "反悔", "", english, german,
		strings.Repeat("The accused may withdraw the plea before the hearing. ", 12) + "具结书",
	}
	queries := []struct{ text, lang string }{
		{"签了具结书还能反悔吗", "zh-Hans"}, {"具结书", "zh-Hans"}, {"书", "zh-Hans"}, {"结书", "zh-Hans"},
		{"罪的供述", "zh-Hans"}, {"认罪认罚", "zh-Hans"}, {"具结书 withdraw", "zh-Hans"}, {"第37条 cpl", "zh-Hans"},
		{"can he withdraw the plea", "en"}, {"draw plead hear", "en"}, {"2018 article 37", "en"}, {"accuse ccused", "en"},
		{"geständnis widerruf", "de"}, {"Gestaendnis strasse", "de"}, {"ständ 257c", "de"}, {"verständigungsgespräch", "de"},
	}
	for _, text := range texts {
		prepared := NewText(text)
		if len(text) >= longText && (prepared.pairs == nil || prepared.words == "") {
			t.Fatalf("a text of %d bytes lists no pairs or words", len(text))
		}
		for _, raw := range queries {
			q := ParseQuery(raw.text, raw.lang, syn)
			if got, want := TextCoverage(prepared, q, raw.lang), TitleCoverage(text, q, raw.lang); got != want {
				t.Errorf("%q in %.20q: TextCoverage %v, TitleCoverage %v", raw.text, text, got, want)
			}
		}
	}
	// a pair across punctuation is not in the text; a word inside another one is
	for needle, want := range map[string]bool{"署撤": false, "从具": false, "从宽": true, "述": true, "罚从": true} {
		if got := NewText(long).has(needle); got != want {
			t.Errorf("long Chinese text has %q: %v, want %v", needle, got, want)
		}
	}
	for needle, want := range map[string]bool{"plead": true, "draw": true, "ccuse": true, "pleaguilty": false, "37": true, "2018": true, "cpl-2018": true, "art. 37": true} {
		if got := NewText(english).has(needle); got != want {
			t.Errorf("long English text has %q: %v, want %v", needle, got, want)
		}
	}
}

// TestProseIsPlain: a text prepared once (NewProse) gives the snippet and the answer the
// plain functions below, which work on the raw text at every call, give: long and short,
// Chinese, English and German, with capitals, line breaks, doubled spaces, letters whose
// lower case is another length, and queries that match nothing.
func TestProseIsPlain(t *testing.T) {
	syn := NewSynonyms([][]string{{"批捕", "批准逮捕"}, {"withdraw", "take back"}})
	texts := []string{
		"公安机关认为需要逮捕的，应当提请批准逮捕。检察院收到后，7日以内决定批不批准。不批准的，应当立即放人。",
		strings.Repeat("无关的内容。", 20) + "签了具结书以后，还可以反悔，但会失去从宽。" + strings.Repeat("其他内容。", 20),
		strings.Repeat("The accused pleaded guilty. ", 10) + "He may Withdraw the plea within 10 days; after that:\nthe  court decides.\n" + strings.Repeat("Other words here. ", 10),
		strings.Repeat("Das Geständnis kann widerrufen werden. ", 6) + "Die Frist beträgt eine Woche. ẞ und İstanbul: Großbuchstaben.",
		"short text", "", "。。。", "  \n  ", "审查起诉：\n一个月以内作出决定；可以延长15日。",
		strings.Repeat("这是一句很长的话", 40) + "。",
	}
	queries := []struct{ text, lang string }{
		{"批捕要几天", "zh-Hans"}, {"具结书反悔", "zh-Hans"}, {"审查起诉多长时间", "zh-Hans"}, {"罪", "zh-Hans"},
		{"can he withdraw the plea", "en"}, {"how long does the court take", "en"}, {"nothing matches", "en"},
		{"Geständnis widerrufen Frist", "de"}, {"istanbul großbuchstaben", "de"},
	}
	for _, text := range texts {
		p := NewProse(text)
		if rand := len(text) % 3; rand == 1 { // as search prepares them: forms from import
			p = PreparedProse(text, strings.ToLower(text), SentenceForms(text))
		} else if rand == 2 { // forms that do not fit are found again
			p = PreparedProse(text, strings.ToLower(text), "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@")
		}
		for _, raw := range queries {
			q := ParseQuery(raw.text, raw.lang, syn)
			for _, width := range []int{10, 40, 80, 120} {
				if got, want := p.Snippet(q, raw.lang, width), plainSnippet(text, q, raw.lang, width); got != want {
					t.Errorf("%q in %.20q, width %d: snippet %q, plain %q", raw.text, text, width, got, want)
				}
				if got, want := p.Answer(q, raw.lang, width), plainAnswer(text, q, raw.lang, width); got != want {
					t.Errorf("%q in %.20q, width %d: answer %q, plain %q", raw.text, text, width, got, want)
				}
			}
		}
	}
}

// TestStoredFormsAreUsed: forms given to PreparedProse decide which sentence answers.
func TestStoredFormsAreUsed(t *testing.T) {
	text := "审查起诉的材料很多。审查起诉一般一个月以内作出决定。"
	q := ParseQuery("审查起诉多长时间", "zh-Hans", nil)
	if got := PreparedProse(text, text, SentenceForms(text)).Answer(q, "zh-Hans", 120); !strings.Contains(got, "一个月") {
		t.Fatalf("answer with the true forms = %q", got)
	}
	swapped := string([]byte{'@' + byte(Duration), '@'}) // the first sentence said to state the duration
	if got := PreparedProse(text, text, swapped).Answer(q, "zh-Hans", 120); strings.Contains(got, "一个月") {
		t.Errorf("answer with swapped forms = %q: the stored forms were not used", got)
	}
}

// plainSnippet is Snippet as it was before texts were prepared (NewProse): it picks the part of text, at most width runes long, that holds the most distinct
// pieces of the query, and marks cut ends with "…". Without a match it returns the start.
func plainSnippet(text string, q Query, lang string, width int) string {
	if strings.ContainsAny(text, "\n\t\r") || strings.Contains(text, "  ") {
		text = strings.Join(strings.Fields(text), " ") // stored text is already tidy
	}
	if utf8.RuneCountInString(text) <= width {
		return text
	}
	// byte offset of every rune, to turn match offsets into rune positions
	starts := make([]int, 0, len(text))
	for i := range text {
		starts = append(starts, i)
	}
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		lower = text // lower-casing changed byte widths: match case-sensitively
	}
	type hit struct{ pos, needle int }
	var hits []hit
	for n, needle := range q.snippetNeedles(lang) {
		if needle == "" {
			continue // an empty needle would match everywhere, forever
		}
		for from := 0; ; {
			k := strings.Index(lower[from:], needle)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(needle)
			if !guidance.HasHan(needle) && at > 0 {
				if r, _ := utf8.DecodeLastRuneInString(lower[:at]); unicode.IsLetter(r) {
					continue // inside a word
				}
			}
			hits = append(hits, hit{sort.SearchInts(starts, at), n})
		}
	}
	runes := len(starts)
	if len(hits) == 0 {
		return strings.TrimSpace(text[:starts[width]]) + "…"
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	best, bestScore := 0, -1
	for i := range hits {
		distinct := map[int]bool{}
		for j := i; j < len(hits) && hits[j].pos < hits[i].pos+width*3/4; j++ {
			distinct[hits[j].needle] = true
		}
		if len(distinct) > bestScore {
			best, bestScore = i, len(distinct)
		}
	}
	start := max(hits[best].pos-width/6, 0)
	// start at a word or sentence boundary when one is near
	for k := start; k > 0 && k > start-12; k-- {
		r, _ := utf8.DecodeLastRuneInString(text[:starts[k]])
		if unicode.IsSpace(r) || strings.ContainsRune("。！？；，.!?;", r) {
			start = k
			break
		}
	}
	end := min(start+width, runes)
	if end == runes {
		start = max(end-width, 0)
	}
	byteEnd := len(text)
	if end < runes {
		byteEnd = starts[end]
	}
	out := strings.TrimSpace(text[starts[start]:byteEnd])
	if start > 0 {
		out = "…" + out
	}
	if end < runes {
		out += "…"
	}
	return out
}

// plainSentences is sentences as it was before texts were prepared: it splits text into sentences: Chinese ends at 。！？； and list items at line
// breaks; English at ". ", "? ", "! " and "; ".
func plainSentences(text string) []string {
	var out []string
	start := 0
	emit := func(end int) {
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i, r := range text {
		switch r {
		case '。', '！', '？', '；', '\n':
			emit(i + utf8.RuneLen(r))
		case '.', '?', '!', ';':
			if next, _ := utf8.DecodeRuneInString(text[i+1:]); i+1 >= len(text) || next == ' ' || next == '\n' {
				emit(i + 1)
			}
		}
	}
	emit(len(text))
	return out
}

// plainAnswer is Answer as it was before texts were prepared (NewProse): it picks the sentence or two of a passage that answer the query: the sentence that
// holds the most of the query's words, preferring one that states what the question asks
// for (a duration for "how long", a permission for "can he"); a short answer is followed by
// its next sentence when that one continues it. It returns at most maxRunes runes.
func plainAnswer(text string, q Query, lang string, maxRunes int) string {
	ss := plainSentences(text)
	if len(ss) == 0 {
		return ""
	}
	needles := q.snippetNeedles(lang)
	best, bestScore := 0, -1.0
	for i, s := range ss {
		lower := strings.ToLower(s)
		score := 0.0
		for _, n := range needles {
			if n != "" && strings.Contains(lower, n) {
				score++
			}
		}
		if q.Asks != 0 && Facets(s)&q.Asks != 0 {
			score += 1.5
		}
		if utf8.RuneCountInString(s) < 6 {
			score -= 1 // a heading-like fragment, a list stub
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	out := ss[best]
	if best+1 < len(ss) && utf8.RuneCountInString(out)+utf8.RuneCountInString(ss[best+1]) <= maxRunes*3/4 {
		next := ss[best+1]
		sep := ""
		if !guidance.HasHan(out) {
			sep = " "
		}
		if strings.HasSuffix(out, "：") || strings.HasSuffix(out, ":") || (q.Asks != 0 && Facets(next)&q.Asks != 0) {
			out += sep + next
		}
	}
	if r := []rune(out); len(r) > maxRunes {
		out = string(r[:maxRunes]) + "…"
	}
	return out
}

// TestGermanStems: inflected forms, umlauts typed as two letters and ß share a stem; the
// u of qu is not an umlaut.
func TestGermanStems(t *testing.T) {
	for _, group := range [][]string{
		{"Geständnis", "Geständnisse", "Gestaendnis", "geständnisses"},
		{"Verständigung", "Verstaendigung", "Verständigungen"},
		{"Gericht", "Gerichte", "Gerichts"},
		{"Berufung", "Berufungen"},
		{"Strafmaß", "Strafmass"},
		{"Übersetzer", "Uebersetzer"},
	} {
		want := stem(strings.ToLower(group[0]), "de")
		for _, w := range group[1:] {
			if got := stem(strings.ToLower(w), "de"); got != want {
				t.Errorf("stem(%q) = %q, want %q (as %q)", w, got, want, group[0])
			}
		}
	}
	if a, b := stem("quelle", "de"), stem("quälle", "de"); a == b {
		t.Errorf("Quelle folded to an umlaut: %q", a)
	}
	if stem("revision", "de") == stem("verständigung", "de") {
		t.Error("different words share a stem")
	}
}

// TestGermanCompounds: a compound is indexed under the content words it is made of, and a
// compound the content never writes is searched for by its parts.
func TestGermanCompounds(t *testing.T) {
	x := NewIndexer()
	x.AddGermanWords("Das Verfahren endet mit einem Urteil. Die Verständigung ist eine Absprache. Ein Gespräch.")
	f := x.Index("Im Strafverfahren gibt es ein Verständigungsgespräch.", "de")
	tokens := " " + f.Words + " "
	for _, word := range []string{"verfahren", "verständigung", "gespräch"} {
		if part := stem(word, "de"); !strings.Contains(tokens, " "+part+" ") {
			t.Errorf("tokens %q lack the part %q", f.Words, part)
		}
	}
	if strings.Contains(tokens, " fahr") {
		t.Errorf("a word under 10 letters was taken apart: %q", f.Words)
	}

	syn := NewSynonyms(nil)
	syn.AddVocabulary("Das Verfahren endet mit einem Urteil. Die Verständigung ist eine Absprache.", "de")
	q := ParseQuery("Verständigungsverfahren", "de", syn)
	got := " " + strings.Join(q.Words, " ") + " "
	for _, word := range []string{"verständigung", "verfahren"} {
		if part := stem(word, "de"); !strings.Contains(got, " "+part+" ") {
			t.Errorf("query words %q lack the part %q", q.Words, part)
		}
	}
	if q := ParseQuery("Verfahren", "de", syn); len(q.Words) != 1 {
		t.Errorf("a word the content uses was taken apart: %q", q.Words)
	}
}
