# Plea Guide — everyday targets. `make run` and `make test` do all set-up themselves.
SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin:$(shell go env GOPATH 2>/dev/null || echo $(HOME)/go)/bin

TAGS    := sqlite_fts5 migrated_fynedo
comma   := ,
empty   :=
space   := $(empty) $(empty)
BIN     := bin/pleaguide
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
GOI18N      := github.com/nicksnyder/go-i18n/v2/goi18n@v2.7.0
FYNE        := fyne.io/tools/cmd/fyne@v1.7.4

.PHONY: run build windows test unit race fuzz check vulncheck smoke eval bench lint-content i18n-extract i18n-merge package setup setup-test clean

## run: install what is missing, build and start the app
run: setup build
	./$(BIN)

build:
	go build -buildvcs=auto -tags "$(TAGS)" -o $(BIN) ./cmd/pleaguide

## windows: cross-compile the Windows .exe with mingw-w64 (cgo: SQLite, GLFW), so a change
## that breaks the Windows build fails `make test`. -H=windowsgui: no console window opens
## beside the app (the CLI then prints nothing: `make windows WINLDFLAGS=` for a console build).
WINCC      ?= x86_64-w64-mingw32-gcc
WINLDFLAGS ?= -H=windowsgui
windows:
	CC=$(WINCC) CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
		go build -buildvcs=auto -tags "$(TAGS)" -ldflags "$(WINLDFLAGS)" -o bin/pleaguide.exe ./cmd/pleaguide

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

## test: every test — unit and UI tests, the race detector over guidance/ and ui/, static
## checks, content lint, a smoke test of the real app under Xvfb, and the Windows build
test: setup-test unit race fuzz check smoke eval windows

unit:
	go test -tags "$(TAGS)" -count=1 -timeout 20m ./...

## race: the domain and UI tests again under the race detector (goroutines at start-up and
## fyne.Do callbacks share state with the UI)
race:
	go test -race -tags "$(TAGS)" -count=1 -timeout 30m ./guidance/... ./ui/...

## fuzz: a short run of every fuzz target (their seeds also run in unit)
FUZZTIME ?= 8s
fuzz:
	go test -run '^$$' -fuzz '^FuzzParseTopic$$' -fuzztime $(FUZZTIME) ./guidance/content/
	go test -run '^$$' -fuzz '^FuzzLoadGlossary$$' -fuzztime $(FUZZTIME) ./guidance/content/
	go test -run '^$$' -fuzz '^FuzzParseQuery$$' -fuzztime $(FUZZTIME) ./guidance/textindex/
	go test -tags "$(TAGS)" -run '^$$' -fuzz '^FuzzSearch$$' -fuzztime $(FUZZTIME) ./guidance/sqlite/
	go test -run '^$$' -fuzz '^FuzzEnd$$' -fuzztime $(FUZZTIME) ./guidance/deadline/
	go test -run '^$$' -fuzz '^FuzzWalkthrough$$' -fuzztime $(FUZZTIME) ./guidance/interview/
	go test -run '^$$' -fuzz '^FuzzFileByNeverLater$$' -fuzztime $(FUZZTIME) ./guidance/interview/
	go test -run '^$$' -fuzz '^FuzzImport$$' -fuzztime $(FUZZTIME) ./guidance/casefile/

check: lint-content
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	go vet -tags "$(TAGS)" ./...
	go run $(STATICCHECK) -tags "$(TAGS)" ./...
	@scripts/check-imports.sh
	@scripts/check-size.sh
	@scripts/vulncheck.sh

## vulncheck: known vulnerabilities reachable from our code (govulncheck), also in check
vulncheck:
	@scripts/vulncheck.sh

lint-content:
	go run -tags "$(TAGS)" ./cmd/pleaguide content lint assets/content

smoke: build
	scripts/smoke.sh $(BIN) shots/smoke.png

## eval: score search on its evaluation set (docs/search.md): top-1, top-3 and MRR per
## language for the tuning and the held-out questions, and every question missed
eval:
	set -o pipefail; go test -tags "$(TAGS)" -count=1 -v -run '^TestEval$$' ./guidance/sqlite/ -args -eval.report -eval.heldout \
		| grep -v -E '^(=== RUN|--- PASS|PASS$$|ok )'

## bench: Go benchmarks for search and import, and cold start against a bare Fyne window
bench: setup-test
	scripts/bench.sh

## i18n-extract: write locales/active.en.toml from the messages in ui/
i18n-extract:
	go run $(GOI18N) extract -format toml -outdir locales ./ui

## i18n-merge: after i18n-extract, write locales/translate.<lang>.toml with what each
## language lacks; translate those files and run it again to fold them in
i18n-merge:
	cd locales && go run $(GOI18N) merge -format toml -sourceLanguage en active.*.toml $$(ls translate.*.toml 2>/dev/null)

## package: a desktop package for this OS (dist/Plea Guide.tar.xz on Linux). The release
## binary is built here (trimmed, stripped, with the tags); `fyne package --src .` then reads
## the one FyneApp.toml at the top level and counts its Build up (commit that with a release).
## fyne rewrites the file, so it holds no comments: the ID and version must match
## cmd/pleaguide/library.go, which TestFyneAppMatchesBinary checks. On Linux the tarball
## then gets the icon theme's 16-256 px icons (scripts/package-icons.sh, assets/icons)
RELEASE := bin/release/pleaguide
package: setup
	go build -trimpath -ldflags "-s -w" -tags "$(TAGS)" -o $(RELEASE) ./cmd/pleaguide
	go run $(FYNE) package --release --src . --exe $(RELEASE)
	mkdir -p dist && mv ./*.tar.xz ./*.exe ./*.app dist/ 2>/dev/null || true
	if [ -f "dist/Plea Guide.tar.xz" ]; then scripts/package-icons.sh "dist/Plea Guide.tar.xz"; fi

clean:
	rm -rf bin dist shots
