package guidance

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// NoticeKind names something that went wrong at start-up and that the user must be told.
type NoticeKind int

// Start-up conditions.
const (
	NoticeDamagedDB       NoticeKind = iota + 1 // the database was damaged and moved aside
	NoticeNewerDB                               // the database is from a newer version and was left alone
	NoticeNoStore                               // the data folder cannot be written
	NoticeNoDataDir                             // the system names no folder for app data: all in memory
	NoticeContentRejected                       // new content failed its checks; the last good content is shown
	NoticeContentMissing                        // no usable content at all
)

// Notice is one start-up condition; Path is the file or folder it concerns, if any.
type Notice struct {
	Kind NoticeKind
	Path string
}

// MatchLanguage picks the closest interface language for a list of system locale strings
// such as "de_DE.UTF-8" or "zh-TW". Unknown or unparsable locales ("C", "POSIX") give
// English and are never reported as errors.
func MatchLanguage(locales []string) Lang {
	supported := make([]language.Tag, len(UILanguages))
	for i, l := range UILanguages {
		supported[i] = language.MustParse(string(l))
	}
	supported = append([]language.Tag{language.English}, supported...)
	var tags []language.Tag
	for _, loc := range locales {
		loc, _, _ = strings.Cut(loc, ".") // drop the encoding: de_DE.UTF-8
		loc, _, _ = strings.Cut(loc, "@")
		loc = strings.ReplaceAll(loc, "_", "-")
		if loc == "" || loc == "C" || loc == "POSIX" {
			continue
		}
		if tag, err := language.Parse(loc); err == nil {
			tags = append(tags, tag)
		}
	}
	if len(tags) == 0 {
		return LangEn
	}
	_, idx, conf := language.NewMatcher(supported).Match(tags...)
	if conf == language.No || idx == 0 {
		return LangEn
	}
	return UILanguages[idx-1]
}

// IsUILanguage reports whether l is one of the interface languages.
func IsUILanguage(l Lang) bool {
	for _, x := range UILanguages {
		if x == l {
			return true
		}
	}
	return false
}

// Clinic is clinic mode: the settings a legal-aid clinic makes for a shared machine. They
// are not personal data. They are saved together or not at all.
type Clinic struct {
	PINHash       string // the administrator PIN (casefile.HashPIN); "" until one is set
	AlwaysGuest   bool   // every visit is a guest session; no case files are offered
	RetentionDays int    // case files unused for this many days are deleted at start; 0 keeps them
	Name          string // shown on Home and on printed plans
	Address       string
	Phone         string
}

// Lines are the clinic's name, address and phone that are set, in that order.
func (c Clinic) Lines() []string {
	var out []string
	for _, v := range []string{c.Name, c.Address, c.Phone} {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// ErrBadRetention is returned for a retention period that is not a whole number of days.
var ErrBadRetention = errors.New("retention must be a whole number of days, 0 or more")

// ParseRetentionDays reads a retention period as typed or stored: empty means 0 (keep case
// files), anything else must be a whole number of days, 0 or more.
func ParseRetentionDays(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("retention days: %w", ErrBadRetention)
	}
	return n, nil
}

// Stages of a case, in order; questions are tagged with them and the plan shows them as the
// road ahead.
func Stages() []string {
	return []string{"investigation", "review", "trial", "after-judgment"}
}

// PackLanguages lists every language any of packs is written in, in order of first use.
func PackLanguages(packs []Pack) []Lang {
	seen := map[Lang]bool{}
	var langs []Lang
	for _, p := range packs {
		for _, l := range p.Languages {
			if !seen[l] {
				seen[l] = true
				langs = append(langs, l)
			}
		}
	}
	return langs
}

// CategoryNames maps "pack/category" to the category's names in every language.
func CategoryNames(packs []Pack) map[string]map[Lang]string {
	names := map[string]map[Lang]string{}
	for _, p := range packs {
		for _, c := range p.Categories {
			names[p.ID+"/"+c.ID] = c.Name
		}
	}
	return names
}
