package textindex

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/hant"
)

// Version names what import computes with this package: the tokens, Facets and
// SentenceForms stored in the content database. It is part of the content hash, so a
// change here rebuilds content.db at the next start; change it whenever they change.
const Version = "2026-12-01 one full-stop rule with read-aloud"

// Form is what kind of answer a question asks for, or what kind of statement a text makes.
type Form uint8

// The forms a question can take and a text can answer.
const (
	Duration   Form = 1 << iota // how long, how many days, by when
	Permission                  // can, may, is it allowed
	Duty                        // must, do we have to, is it required
	Count                       // how much, how many, what share
	NoLaw                       // a passage that states no law: advice, questions for the lawyer
	OtherLaw                    // a passage citing another jurisdiction's law: a note comparing the two
)

// question cues: the words that make a query ask for a form
var (
	zhCues = []struct {
		words []string
		form  Form
	}{
		{[]string{"多久", "多少天", "几天", "多少日", "几日", "几个月", "多少个月", "多长时间", "多长", "什么时候", "哪天", "期限", "最长", "最多几", "几年", "多少年"}, Duration},
		{[]string{"能不能", "能否", "可不可以", "可以吗", "能吗", "还能", "能不", "行不行", "行吗", "会不会", "算不算", "允许", "有没有权"}, Permission},
		{[]string{"要不要", "必须", "需不需要", "需要吗", "一定要", "得不得", "应不应该", "是不是要", "要吗", "谁必须"}, Duty},
		{[]string{"多少", "几成", "百分之", "多少钱", "减多少", "几次"}, Count},
	}
	enCues = []struct {
		phrase string
		form   Form
	}{
		{"how long", Duration}, {"how many days", Duration}, {"how many months", Duration},
		{"how soon", Duration}, {"by when", Duration}, {"deadline", Duration}, {"time limit", Duration},
		{"when must", Duration}, {"when can", Duration}, {"how quickly", Duration}, {"until", Duration},
		{"can he", Permission}, {"can she", Permission}, {"can i", Permission}, {"can we", Permission},
		{"can the", Permission}, {"can they", Permission}, {"can someone", Permission}, {"may", Permission},
		{"is it allowed", Permission}, {"will they", Permission}, {"will he", Permission}, {"allowed", Permission},
		{"do we have to", Duty}, {"does he have to", Duty}, {"do i have to", Duty}, {"have to", Duty},
		{"must", Duty}, {"should we", Duty}, {"should he", Duty}, {"required", Duty}, {"need to", Duty},
		{"how much", Count}, {"how many", Count}, {"what share", Count}, {"percent", Count},
	}
	deCues = []struct {
		phrase string
		form   Form
	}{
		{"wie lange", Duration}, {"bis wann", Duration}, {"wie viel zeit", Duration}, {"wie viele tage", Duration},
		{"wann muss", Duration}, {"frist", Duration}, {"fristen", Duration},
		{"darf ich", Permission}, {"darf man", Permission}, {"darf das", Permission}, {"darf der", Permission},
		{"darf die", Permission}, {"darf mein", Permission}, {"kann ich", Permission}, {"kann man", Permission},
		{"kann das", Permission}, {"kann der", Permission}, {"kann die", Permission}, {"kann mein", Permission},
		{"können", Permission}, {"dürfen", Permission}, {"erlaubt", Permission},
		{"muss ich", Duty}, {"muss man", Duty}, {"muss das", Duty}, {"muss der", Duty}, {"muss die", Duty},
		{"müssen", Duty}, {"brauche ich", Duty}, {"brauchen", Duty},
		{"wie viel", Count}, {"wie viele", Count}, {"wie hoch", Count}, {"prozent", Count},
	}
)

// traditionalOnce adds, on first use, the Traditional form of every Chinese cue word,
// particle and pattern (as guidance/hant writes Traditional: 什么 → 什麼, 几个月 → 幾個月),
// so Traditional queries and the converted mainland text are read like Simplified ones.
var traditionalOnce sync.Once

func addTraditional() {
	traditionalOnce.Do(func() {
		conv := func(words []string) []string {
			out := words
			for _, w := range words {
				if t, err := hant.Convert(w); err == nil && t != w && !slices.Contains(out, t) {
					out = append(out, t)
				}
			}
			return out
		}
		for i := range zhCues {
			zhCues[i].words = conv(zhCues[i].words)
		}
		zhPermit, zhDuty = conv(zhPermit), conv(zhDuty)
		zhQuestionWords = sortedLongestFirst(conv(zhQuestionWords))
		both := func(re *regexp.Regexp) *regexp.Regexp {
			t, err := hant.Convert(re.String())
			if err != nil || t == re.String() {
				return re
			}
			return regexp.MustCompile(`(?:` + re.String() + `)|(?:` + t + `)`)
		}
		zhDuration, zhNumber = both(zhDuration), both(zhNumber)
	})
}

// asks finds the forms a query asks for.
func asks(s, lang string) Form {
	addTraditional()
	var f Form
	if guidance.HasHan(s) {
		for _, c := range zhCues {
			for _, w := range c.words {
				if strings.Contains(s, w) {
					f |= c.form
					break
				}
			}
		}
		if end := strings.TrimRight(s, "?？。! "); (strings.HasSuffix(end, "吗") || strings.HasSuffix(end, "嗎")) && f&(Duty|Duration) == 0 {
			f |= Permission // 能…吗, 可以…吗: a yes/no question about what is possible
		}
	}
	words := " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), isSeparator), " ") + " "
	for _, c := range enCues {
		if strings.Contains(words, " "+c.phrase+" ") {
			f |= c.form
		}
	}
	if strings.HasPrefix(lang, "de") {
		folded := foldUmlauts(words) // koennen, duerfen, muessen typed without umlauts
		for _, c := range deCues {
			if strings.Contains(folded, " "+c.phrase+" ") {
				f |= c.form
			}
		}
	}
	return f
}

var (
	zhDuration = regexp.MustCompile(`[0-9一二三四五六七八九十两半]+\s*(日|天|个月|个半月|年|小时|周)`)
	enDuration = regexp.MustCompile(`(?i)\b([0-9]+|one|two|three|four|five|six|seven|ten|twelve)[ -](day|days|month|months|year|years|hour|hours|week|weeks)\b`)
	zhNumber   = regexp.MustCompile(`[0-9]+\s*(%|日|天|个|年|次|名|项|条)|百分之`)
	enNumber   = regexp.MustCompile(`\b[0-9]+(%| ?percent\b| days?\b| months?\b| times?\b)`)
	deNumber   = regexp.MustCompile(`(?i)\b[0-9]+( ?%| prozent\b| tage\b| tagen\b| tagessätze| wochen\b| monate\b| monaten\b| jahre\b| jahren\b| mal\b)`)
	deDuration = regexp.MustCompile(`(?i)\b([0-9]+|ein|eine|einen|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)\s+(tag|tage|tagen|tages|woche|wochen|monat|monate|monaten|monats|jahr|jahre|jahren|jahres|stunde|stunden)\b`)
	zhPermit   = []string{"可以", "不能", "有权", "不得", "不可以", "能够", "允许", "不算", "也算", "不影响"}
	enPermit   = []string{" may ", " can ", " cannot ", " can't ", " allowed", " right to ", " not allowed", " may not "}
	zhDuty     = []string{"应当", "必须", "要在", "不得", "需要", "要求"}
	enDuty     = []string{" must ", " shall ", " has to ", " have to ", " required", " should "}
	dePermit   = []string{" darf ", " dürfen ", " kann ", " können ", " erlaubt", " zulässig", " verboten"}
	deDuty     = []string{" muss ", " müssen ", " verpflichtet", " soll ", " sollen ", " notwendig"}
)

// Facets says which forms of answer a text gives: a duration, a permission, a duty, a
// count. Import stores them for each passage, so search can favour passages that answer the
// way the question asks.
func Facets(text string) Form {
	addTraditional()
	var f Form
	lower := " " + strings.ToLower(text) + " "
	if zhDuration.MatchString(text) || enDuration.MatchString(text) || deDuration.MatchString(text) {
		f |= Duration
	}
	if zhNumber.MatchString(text) || enNumber.MatchString(lower) || deNumber.MatchString(text) {
		f |= Count
	}
	for _, w := range zhPermit {
		if strings.Contains(text, w) {
			f |= Permission
		}
	}
	for _, w := range enPermit {
		if strings.Contains(lower, w) {
			f |= Permission
		}
	}
	for _, w := range zhDuty {
		if strings.Contains(text, w) {
			f |= Duty
		}
	}
	for _, w := range enDuty {
		if strings.Contains(lower, w) {
			f |= Duty
		}
	}
	for _, w := range dePermit {
		if strings.Contains(lower, w) {
			f |= Permission
		}
	}
	for _, w := range deDuty {
		if strings.Contains(lower, w) {
			f |= Duty
		}
	}
	return f
}

// Answer picks the sentence or two of text that answer the query (see Prose.Answer). Search
// prepares its texts once with NewProse instead.
func Answer(text string, q Query, lang string, maxRunes int) string {
	return NewProse(text).Answer(q, lang, maxRunes)
}

// zhQuestionWords are the words that make a Chinese sentence a question, or only carry it
// ("请问", "我们"): they say how to answer (see asks), not what about, and a text that
// happens to hold 什么 or 怎么 is no better for it. Longest first.
var zhQuestionWords = sortedLongestFirst([]string{
	"是什么意思", "什么意思", "为什么", "怎么办", "怎么样", "是不是", "会不会", "能不能", "要不要",
	"可不可以", "有没有", "算不算", "行不行", "需不需要", "应不应该", "什么", "怎么", "怎样", "如何",
	"请问", "一下", "到底", "现在", "我们", "你们", "他们", "一般", "能否", "以后", "之后", "吗", "呢", "吧", "啊", "呀", "嘛",
})

// stripQuestionWords blanks out question words and particles in the Chinese parts of a
// query, so that the character pairs searched for are those of what it is about.
func stripQuestionWords(s, lang string) string {
	if !guidance.HasHan(s) {
		return s
	}
	addTraditional()
	for _, w := range zhQuestionWords {
		if strings.Contains(s, w) {
			s = strings.ReplaceAll(s, w, " ")
		}
	}
	return s
}

func sortedLongestFirst(words []string) []string {
	sort.SliceStable(words, func(i, j int) bool {
		return utf8.RuneCountInString(words[i]) > utf8.RuneCountInString(words[j])
	})
	return words
}
