package textindex

import (
	"sync"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/width"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/hant"
)

// Normalize prepares a typed query for tokenising: full-width letters, digits and
// punctuation become their ordinary forms (３７天 → 37天, ？→ ?), and Chinese is converted
// to the script of the content — Traditional characters typed into a Simplified search
// become Simplified (認罪認罰 → 认罪认罚) and the reverse — with OpenCC's phrase and
// character tables. Traditional is Taiwan's standard, as guidance/hant writes it.
func Normalize(s, lang string) string {
	s = width.Fold.String(s)
	if !guidance.HasHan(s) {
		return s
	}
	var conv *opencc.OpenCC
	switch lang {
	case "zh-Hans", "zh":
		conv = converter(&toSimplified, "t2s")
	case "zh-Hant":
		// exactly as the content was converted (s2tw and its fix of 签), so 家里 finds
		// 家裡 and 签字 finds 簽字; Traditional typed in Hong Kong forms (裏) becomes
		// Taiwan's (裡) on the way
		out, err := hant.Convert(s)
		if err != nil {
			return s
		}
		return out
	}
	if conv == nil {
		return s
	}
	out, err := conv.Convert(s)
	if err != nil {
		return s // the tables are embedded: a failure leaves the query as typed
	}
	return out
}

type lazyConverter struct {
	once sync.Once
	cc   *opencc.OpenCC
}

var toSimplified lazyConverter

// converter loads a conversion's tables on first use: they take tens of milliseconds to
// read, and most searches never need them before the window is up.
func converter(l *lazyConverter, name string) *opencc.OpenCC {
	l.once.Do(func() {
		cc, err := opencc.New(name)
		if err == nil {
			l.cc = cc
		}
	})
	return l.cc
}

// WarmUp loads the Chinese conversion tables ahead of the first search.
func WarmUp() {
	converter(&toSimplified, "t2s")
}
