package speech

import (
	"context"
	"encoding/base64"
	"errors"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/pleaguide/pleaguide/guidance"
)

func TestChooseVoices(t *testing.T) {
	espeak := parseEspeakVoices(`Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  af              --/M      Afrikaans          gmw/af
 5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn              (zh-cmn 5)(zh 5)
 5  cmn-latn-pinyin --/M      Chinese_(Mandarin,_latin_as_Pinyin) sit/cmn-Latn-pinyin  (zh-cmn 5)(zh 5)
 5  de              --/M      German             gmw/de
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
`)
	say := parseSayVoices(`Alex                en_US    # Most people recognize me by my voice.
Anna                de_DE    # Hallo, ich heiße Anna und ich bin eine deutsche Stimme.
Bad News            en_US    # The light you see at the end of the tunnel is the headlamp of a fast approaching train.
Daniel              en_GB    # Hello, my name is Daniel. I am a British-English voice.
Mei-Jia             zh_TW    # 您好，我叫美佳。我說國語。
Ting-Ting           zh_CN    # 您好，我叫Ting-Ting。我讲中文普通话。
`)
	sapiOut := parseSAPIVoices("Microsoft Huihui Desktop\tzh-CN\r\nMicrosoft Zira Desktop\ten-US\r\n\r\n")
	tests := []struct {
		name   string
		kind   kind
		voices []Voice
		want   map[guidance.Lang]string // "" for no voice
	}{
		{"espeak-ng: pinyin Mandarin, not the cmn voice that reads tone numbers", espeakNG, espeak,
			map[guidance.Lang]string{guidance.LangZhHans: "cmn-latn-pinyin", guidance.LangZhHant: "cmn-latn-pinyin", guidance.LangEn: "en-us", guidance.LangDe: "de"}},
		{"espeak-ng without Chinese", espeakNG, []Voice{{"en-gb", "en-gb"}},
			map[guidance.Lang]string{guidance.LangZhHans: "", guidance.LangEn: "en-gb", guidance.LangDe: ""}},
		{"say: voice names with spaces, Taiwan's voice for Traditional", macSay, say,
			map[guidance.Lang]string{guidance.LangZhHans: "Ting-Ting", guidance.LangZhHant: "Mei-Jia", guidance.LangEn: "Alex", guidance.LangDe: "Anna"}},
		{"SAPI: only the voices installed", sapi, sapiOut,
			map[guidance.Lang]string{guidance.LangZhHans: "Microsoft Huihui Desktop", guidance.LangZhHant: "Microsoft Huihui Desktop", guidance.LangEn: "Microsoft Zira Desktop", guidance.LangDe: ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := choose(tc.kind, tc.voices)
			for lang, want := range tc.want {
				if v := got[lang]; v.Name != want {
					t.Errorf("%s: voice %q, want %q", lang, v.Name, want)
				}
			}
		})
	}
	if len(say) != 6 || say[2].Name != "Bad News" {
		t.Errorf("say voices %+v", say)
	}
}

func TestDetectWithoutAnEngine(t *testing.T) {
	none := func(string) (string, error) { return "", exec.ErrNotFound }
	for _, goos := range []string{"linux", "darwin", "windows", "freebsd"} {
		if e, err := detect(context.Background(), goos, none); !errors.Is(err, ErrNoEngine) || e != nil {
			t.Errorf("%s: detect = %v, %v; want ErrNoEngine", goos, e, err)
		}
	}
	var e *Engine
	if _, ok := e.Voice(guidance.LangEn); ok {
		t.Error("a nil engine has a voice")
	}
}

// TestCommandsKeepTextOffTheCommandLine: the text is never an argument (other users can
// read a program's arguments) and no shell is involved.
func TestCommandsKeepTextOffTheCommandLine(t *testing.T) {
	const text = `你好 "; rm -rf / $(reboot) & echo`
	for _, e := range []*Engine{
		{Name: "espeak-ng", Path: "/usr/bin/espeak-ng", kind: espeakNG},
		{Name: "say", Path: "/usr/bin/say", kind: macSay},
		{Name: "SAPI", Path: `C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe`, kind: sapi},
	} {
		cmd := e.command(context.Background(), Voice{Name: "v", Lang: "x"}, text, "")
		if cmd.Path != e.Path {
			t.Errorf("%s runs %q, want %q", e.Name, cmd.Path, e.Path)
		}
		for _, a := range cmd.Args {
			if strings.Contains(a, "你好") || strings.Contains(a, "reboot") {
				t.Errorf("%s: text in argument %q", e.Name, a)
			}
		}
		switch e.kind {
		case sapi:
			if cmd.Stdin != nil {
				t.Errorf("SAPI: standard input set")
			}
			found := false
			for _, v := range cmd.Env {
				found = found || v == "PLEAGUIDE_SPEECH_TEXT="+text
			}
			if !found {
				t.Errorf("SAPI: text not in the environment")
			}
			script := decodePS(t, cmd.Args[len(cmd.Args)-1])
			if script != sapiSpeak {
				t.Errorf("SAPI runs %q", script)
			}
		default:
			if cmd.Stdin == nil {
				t.Errorf("%s: text not on standard input", e.Name)
			}
		}
	}
}

func decodePS(t *testing.T, enc string) string {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(enc)
	if err != nil || len(b)%2 != 0 {
		t.Fatalf("-EncodedCommand %q: %v", enc, err)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return string(utf16.Decode(u))
}
