// Package hant gives content packs written in Simplified Chinese a Traditional Chinese
// language, converted with OpenCC (github.com/longbridgeapp/opencc), so that a reader of
// 繁體中文 gets the mainland pack in the characters they read.
//
// The conversion is OpenCC's s2tw: phrase-level Simplified to Traditional (STPhrases,
// then STCharacters, so 发现 becomes 發現 and 头发 頭髮), then Taiwan's standard glyphs
// (TWVariants). It does not use s2twp, which also swaps mainland words for Taiwan ones:
// s2twp turns 程序 (procedure, as in 速裁程序) into 程式 (a computer program), 信息网络
// into 資訊網路 (renaming the crime 帮助信息网络犯罪活动罪) and 视频 into 影片. The
// mainland pack names mainland institutions, procedures and crimes, so their words must
// stay; only the characters change.
//
// Conversion happens once, when the content database is built (guidance/sqlite calls
// Overlay), never while the app shows a page. OpenCC's dictionaries are embedded in the
// library (go:embed): nothing outside the binary is read.
package hant

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"sync"
	"testing/fstest"

	"github.com/longbridgeapp/opencc"
)

// Conversion names the OpenCC conversion and the library version; it is part of the
// content hash, so a new converter rebuilds the content database.
const Conversion = "opencc v0.3.13 s2tw"

// From and To are the languages converted from and to.
const (
	From = "zh-Hans"
	To   = "zh-Hant"
)

var (
	once      sync.Once
	converter *opencc.OpenCC
	initErr   error
)

// Converter returns the Simplified-to-Traditional converter, built on first use (building
// its dictionaries takes a fraction of a second).
func Converter() (*opencc.OpenCC, error) {
	once.Do(func() { converter, initErr = newConverter() })
	return converter, initErr
}

func newConverter() (*opencc.OpenCC, error) {
	cc, err := opencc.New("s2tw")
	if err != nil {
		return nil, fmt.Errorf("load the Traditional Chinese converter: %w", err)
	}
	return cc, nil
}

// Convert converts Simplified Chinese text to Traditional.
func Convert(s string) (string, error) {
	cc, err := Converter()
	if err != nil {
		return "", err
	}
	out, err := cc.Convert(s)
	if err != nil {
		return "", fmt.Errorf("convert to Traditional Chinese: %w", err)
	}
	return signFix.Replace(out), nil
}

// signFix corrects the one default of OpenCC's character dictionary that is wrong for
// this content. STCharacters maps 签 first to 籤 (a slip drawn by lot, a label), not to
// 簽 (to sign), so every 签 that no phrase covers came out 籤: 籤具結書, 籤之前, 不籤 —
// over a hundred times in the mainland pack, on the one act the app is about. Here 签
// means to sign unless it is in one of the words put back below; words that also end
// a longer phrase with 签 = sign are left out (要求签字 is not 求籤, 证书签发 not 書籤).
// This is a fix on top of OpenCC, not a character table: every other character is
// OpenCC's.
var signFix = strings.NewReplacer(
	"標籤", "標籤", "抽籤", "抽籤", "牙籤", "牙籤", "竹籤", "竹籤", "籤詩", "籤詩",
	"籤", "簽",
)

// Overlay returns fsys with a Traditional Chinese language added to every pack written in
// Simplified Chinese but not in Traditional: each file of <pack>/zh-Hans/ is converted to
// <pack>/zh-Hant/, and in the pack's own TOML files (pack.toml, sources*.toml) zh-Hant is
// added to languages and every zh-Hans = "…" name or label gets a converted zh-Hant twin.
// The result holds every file in memory. Converted lists the packs that got the language.
func Overlay(fsys fs.FS) (out fs.FS, converted []string, err error) {
	mem := fstest.MapFS{}
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		mem[p] = &fstest.MapFile{Data: data}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read content: %w", err)
	}
	dirs, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, fmt.Errorf("read content: %w", err)
	}
	for _, d := range dirs {
		pack := d.Name()
		packFile, ok := mem[path.Join(pack, "pack.toml")]
		if !d.IsDir() || !ok || !needsConversion(packFile.Data) {
			continue
		}
		if err := convertPack(mem, pack); err != nil {
			return nil, nil, fmt.Errorf("pack %s: %w", pack, err)
		}
		converted = append(converted, pack)
	}
	return mem, converted, nil
}

var (
	languagesLine = regexp.MustCompile(`(?m)^\s*languages\s*=\s*\[[^\]]*\]`)
	// a zh-Hans = "…" pair, in an inline table or alone on a line of a [table]
	hansValue = regexp.MustCompile(`zh-Hans(\s*=\s*)"((?:[^"\\\n]|\\.)*)"`)
)

// needsConversion reports whether pack.toml lists zh-Hans and not zh-Hant.
func needsConversion(packTOML []byte) bool {
	line := languagesLine.Find(packTOML)
	return bytes.Contains(line, []byte(`"`+From+`"`)) && !bytes.Contains(line, []byte(`"`+To+`"`))
}

func convertPack(mem fstest.MapFS, pack string) error {
	from, to := path.Join(pack, From)+"/", path.Join(pack, To)+"/"
	for p, f := range mem {
		switch {
		case strings.HasPrefix(p, from):
			text, err := Convert(string(f.Data))
			if err != nil {
				return err
			}
			mem[to+strings.TrimPrefix(p, from)] = &fstest.MapFile{Data: []byte(text)}
		case path.Dir(p) == pack && strings.HasSuffix(p, ".toml"):
			data, err := addNames(f.Data)
			if err != nil {
				return err
			}
			f.Data = data
		}
	}
	return nil
}

// addNames adds zh-Hant to a languages list and a converted zh-Hant = "…" after every
// zh-Hans = "…": within the same inline table, or on the next line of a [table].
func addNames(data []byte) ([]byte, error) {
	data = languagesLine.ReplaceAllFunc(data, func(line []byte) []byte {
		if bytes.Contains(line, []byte(`"`+To+`"`)) {
			return line
		}
		return bytes.Replace(line, []byte(`"`+From+`"`), []byte(`"`+From+`", "`+To+`"`), 1)
	})
	var out bytes.Buffer
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		if !hansValue.Match(line) || bytes.Contains(line, []byte(To)) {
			out.Write(line)
			continue
		}
		alone := bytes.HasPrefix(bytes.TrimSpace(line), []byte(From))
		var convErr error
		line = hansValue.ReplaceAllFunc(line, func(m []byte) []byte {
			sub := hansValue.FindSubmatch(m)
			text, err := Convert(string(sub[2]))
			if err != nil {
				convErr = err
				return m
			}
			if alone {
				return fmt.Appendf(nil, "%s\n%s%s\"%s\"", m, To, sub[1], text)
			}
			return fmt.Appendf(nil, "%s, %s%s\"%s\"", m, To, sub[1], text)
		})
		if convErr != nil {
			return nil, convErr
		}
		out.Write(line)
	}
	return out.Bytes(), nil
}
