// Package speech reads text aloud offline through the speech engine the computer already
// has: espeak-ng on Linux, SAPI (through Windows PowerShell's System.Speech) on Windows and
// `say` on macOS. Nothing is sent anywhere and nothing is logged.
//
// Text is read one sentence at a time (Split), each by its own run of the engine's
// program, so that stopping kills one short process and is immediate, and so that the
// screen can mark the sentence being read (Player). The program is started with
// exec.CommandContext, never through a shell; the text reaches it on standard input (or,
// for PowerShell, in an environment variable), never on its command line, which other
// users of the computer can read.
package speech

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/pleaguide/pleaguide/guidance"
)

// ErrNoEngine is returned when the computer has no speech engine the app can use (or it
// has no voice for any of the app's languages).
var ErrNoEngine = errors.New("no speech engine found")

// ErrNoVoice is returned when the engine has no voice for the language asked for.
var ErrNoVoice = errors.New("no voice for this language")

// Voice is a voice an engine offers, with the engine's own name for its language
// ("cmn-latn-pinyin" and "en-us" for espeak-ng, "zh_CN" for say, "zh-CN" for SAPI).
type Voice struct {
	Name string
	Lang string
}

// kind is which program an Engine runs.
type kind int

const (
	espeakNG kind = iota
	macSay
	sapi
)

// Engine is a speech program on this computer and the voice it uses for each of the app's
// languages.
type Engine struct {
	// Name is the engine's name for people: "espeak-ng", "say" or "SAPI".
	Name string
	// Path is the program that is run.
	Path string
	// Voices are all the voices the engine offers.
	Voices []Voice

	kind   kind
	chosen map[guidance.Lang]Voice
}

// Voice is the voice the engine reads lang with.
func (e *Engine) Voice(lang guidance.Lang) (Voice, bool) {
	if e == nil {
		return Voice{}, false
	}
	v, ok := e.chosen[lang]
	return v, ok
}

// Speak reads text aloud in lang and returns when it has been read, or at once when ctx
// is cancelled: the program is killed and ctx's error is returned. Errors never hold the
// text.
func (e *Engine) Speak(ctx context.Context, lang guidance.Lang, text string) error {
	v, ok := e.Voice(lang)
	if !ok {
		return ErrNoVoice
	}
	err := e.command(ctx, v, text, "").Run()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return fmt.Errorf("%s: %w", e.Name, err)
	}
	return nil
}

// command is the program reading text with voice v, to wav when it is not "" (espeak-ng
// only: the tests listen that way).
func (e *Engine) command(ctx context.Context, v Voice, text, wav string) *exec.Cmd {
	var cmd *exec.Cmd
	switch e.kind {
	case espeakNG:
		args := []string{"-v", v.Name, "-b", "1"} // -b 1: the text is UTF-8
		if wav != "" {
			args = append(args, "-w", wav)
		}
		cmd = exec.CommandContext(ctx, e.Path, append(args, "--stdin")...)
		cmd.Stdin = strings.NewReader(text)
	case macSay:
		args := []string{"-f", "-"} // -f -: the text is on standard input
		if v.Name != "" {
			args = append([]string{"-v", v.Name}, args...)
		}
		cmd = exec.CommandContext(ctx, e.Path, args...)
		cmd.Stdin = strings.NewReader(text)
	case sapi:
		// Windows PowerShell reads a redirected standard input itself and decodes it with
		// the console's code page, so the text goes in an environment variable: it reaches
		// the script as UTF-16 unchanged, and unlike the command line no other user's
		// program can read it
		cmd = exec.CommandContext(ctx, e.Path, "-NoProfile", "-NonInteractive", "-EncodedCommand", encodePS(sapiSpeak))
		cmd.Env = append(os.Environ(), "PLEAGUIDE_SPEECH_TEXT="+text, "PLEAGUIDE_SPEECH_VOICE="+v.Name)
	}
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard // nothing the engine says is kept
	cmd.WaitDelay = time.Second
	hideWindow(cmd)
	return cmd
}

// sapiSpeak reads $env:PLEAGUIDE_SPEECH_TEXT with the voice named in
// $env:PLEAGUIDE_SPEECH_VOICE. No text is ever put into the script itself.
const sapiSpeak = `$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
if ($env:PLEAGUIDE_SPEECH_VOICE) { $s.SelectVoice($env:PLEAGUIDE_SPEECH_VOICE) }
$s.Speak($env:PLEAGUIDE_SPEECH_TEXT)`

// sapiVoices lists the enabled voices, one "name<TAB>culture" a line.
const sapiVoices = `$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
foreach ($v in $s.GetInstalledVoices()) { if ($v.Enabled) { $v.VoiceInfo.Name + "` + "`t" + `" + $v.VoiceInfo.Culture.Name } }`

// encodePS is a script as PowerShell's -EncodedCommand takes it: base64 of UTF-16LE.
func encodePS(script string) string {
	u := utf16.Encode([]rune(script))
	b := make([]byte, 2*len(u))
	for i, c := range u {
		b[2*i], b[2*i+1] = byte(c), byte(c>>8)
	}
	return base64.StdEncoding.EncodeToString(b)
}

// Detect finds this computer's speech engine and its voices for the app's languages. It
// returns ErrNoEngine when there is none, or when it has no voice for any of them.
func Detect(ctx context.Context) (*Engine, error) {
	return detect(ctx, runtime.GOOS, exec.LookPath)
}

func detect(ctx context.Context, goos string, lookPath func(string) (string, error)) (*Engine, error) {
	var e Engine
	var list *exec.Cmd
	var parse func(string) []Voice
	switch goos {
	case "windows":
		path, err := lookPath("powershell.exe")
		if err != nil {
			return nil, ErrNoEngine
		}
		e = Engine{Name: "SAPI", Path: path, kind: sapi}
		list = exec.CommandContext(ctx, path, "-NoProfile", "-NonInteractive", "-EncodedCommand", encodePS(sapiVoices))
		parse = parseSAPIVoices
	case "darwin":
		path, err := lookPath("say")
		if err != nil {
			return nil, ErrNoEngine
		}
		e = Engine{Name: "say", Path: path, kind: macSay}
		list = exec.CommandContext(ctx, path, "-v", "?")
		parse = parseSayVoices
	default:
		path, err := lookPath("espeak-ng")
		if err != nil {
			return nil, ErrNoEngine
		}
		e = Engine{Name: "espeak-ng", Path: path, kind: espeakNG}
		list = exec.CommandContext(ctx, path, "--voices")
		parse = parseEspeakVoices
	}
	list.Stderr = io.Discard
	list.WaitDelay = time.Second
	hideWindow(list)
	out, err := list.Output()
	if err != nil {
		return nil, fmt.Errorf("list %s voices: %w: %w", e.Name, ErrNoEngine, err)
	}
	e.Voices = parse(string(out))
	e.chosen = choose(e.kind, e.Voices)
	if len(e.chosen) == 0 {
		return nil, ErrNoEngine
	}
	return &e, nil
}

// preferred are the engines' language names to read each of the app's languages with,
// best first.
var preferred = map[kind]map[guidance.Lang][]string{
	// espeak-ng 1.51's "cmn" voice reads the tone numbers of its own pinyin aloud in
	// English ("ni three", espeak-ng/espeak-ng#1028 and #1236); "cmn-latn-pinyin" reads
	// Chinese characters right, and is the only Mandarin voice for Traditional characters
	espeakNG: {
		guidance.LangZhHans: {"cmn-latn-pinyin", "cmn"},
		guidance.LangZhHant: {"cmn-latn-pinyin", "cmn"},
		guidance.LangEn:     {"en-us", "en-gb", "en"},
		guidance.LangDe:     {"de"},
	},
	macSay: {
		guidance.LangZhHans: {"zh_CN"},
		guidance.LangZhHant: {"zh_TW", "zh_CN"},
		guidance.LangEn:     {"en_US", "en_GB", "en_"},
		guidance.LangDe:     {"de_DE", "de_"},
	},
	sapi: {
		guidance.LangZhHans: {"zh-CN"},
		guidance.LangZhHant: {"zh-TW", "zh-HK", "zh-CN"},
		guidance.LangEn:     {"en-US", "en-GB", "en-"},
		guidance.LangDe:     {"de-DE", "de-"},
	},
}

// choose picks a voice for each language from voices; a name ending in "_" or "-" matches
// every language name it begins.
func choose(k kind, voices []Voice) map[guidance.Lang]Voice {
	out := map[guidance.Lang]Voice{}
	for lang, names := range preferred[k] {
	search:
		for _, want := range names {
			for _, v := range voices {
				if strings.EqualFold(v.Lang, want) || (strings.HasSuffix(want, "_") || strings.HasSuffix(want, "-")) && strings.HasPrefix(v.Lang, want) {
					out[lang] = v
					break search
				}
			}
		}
	}
	return out
}

// parseEspeakVoices reads `espeak-ng --voices`:
//
//	Pty Language       Age/Gender VoiceName          File                 Other Languages
//	 5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn  (zh-cmn 5)(zh 5)
//
// espeak-ng takes the language name as the voice to use.
func parseEspeakVoices(out string) []Voice {
	var vs []Voice
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || f[0] == "Pty" {
			continue
		}
		vs = append(vs, Voice{Name: f[1], Lang: f[1]})
	}
	return vs
}

// sayLine is a line of `say -v ?`: "Ting-Ting          zh_CN    # 你好，我叫Ting-Ting。"
// (names may hold spaces: "Bad News", "Eddy (English (US))").
var sayLine = regexp.MustCompile(`^(.+?)\s+([a-z]{2,3}_[A-Za-z0-9_]+)\s+#`)

func parseSayVoices(out string) []Voice {
	var vs []Voice
	for _, line := range strings.Split(out, "\n") {
		if m := sayLine.FindStringSubmatch(line); m != nil {
			vs = append(vs, Voice{Name: strings.TrimSpace(m[1]), Lang: m[2]})
		}
	}
	return vs
}

// parseSAPIVoices reads sapiVoices' "name<TAB>culture" lines.
func parseSAPIVoices(out string) []Voice {
	var vs []Voice
	for _, line := range strings.Split(out, "\n") {
		name, culture, ok := strings.Cut(strings.TrimRight(line, "\r"), "\t")
		if ok && name != "" {
			vs = append(vs, Voice{Name: name, Lang: culture})
		}
	}
	return vs
}
