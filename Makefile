# TrialCompare build, test and tooling targets. `make deps` installs the
# Debian/Ubuntu packages Fyne needs to build (cgo, OpenGL, X11, Wayland).

GO          ?= go
TAGS        := migrated_fynedo
FUZZTIME    ?= 1m
export LANG := en_US.UTF-8
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PACKAGES := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev
SCREENSHOT_PACKAGES := xvfb xauth xdotool imagemagick poppler-utils
# LibreOffice Calc prints the workbook; Carlito has Calibri's metrics, which
# the row heights are measured for; pdftotext reads the print back.
PRINT_PACKAGES := libreoffice-calc-nogui fonts-crosextra-carlito poppler-utils

# The fyne tool, pinned in tools/go.mod, packages the app.
FYNE        := $(GO) tool -modfile=tools/go.mod fyne
# mingw-w64 cross-compiles the Windows build's cgo (OpenGL, GLFW).
WINDOWS_PACKAGES := gcc-mingw-w64-x86-64
WINDOWS_CC  := x86_64-w64-mingw32-gcc

.PHONY: deps build run test bench fuzz lint screenshot check-print package windows

deps:
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEB_PACKAGES)

build:
	$(GO) build -tags $(TAGS) -o trialcompare .

# package builds TrialCompare.tar.xz, the Linux package: the binary, the
# icon and a .desktop file, with the name, app ID, version and icon of
# FyneApp.toml (whose [Migrations] gives the build tag migrated_fynedo).
# `sudo make -C DIR install` in the unpacked folder installs it under
# /usr/local. The fyne tool counts Build up in FyneApp.toml after every
# package; the file is put back as it was.
package:
	cp FyneApp.toml .FyneApp.toml.keep
	$(FYNE) package --os linux --release; status=$$?; mv .FyneApp.toml.keep FyneApp.toml; exit $$status

# windows cross-compiles trialcompare.exe with Debian's mingw-w64, so a
# change that breaks the Windows build fails in CI.
windows:
	command -v $(WINDOWS_CC) >/dev/null || ($(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(WINDOWS_PACKAGES))
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$(WINDOWS_CC) $(GO) build -tags $(TAGS) -o trialcompare.exe .

run:
	$(GO) run -tags $(TAGS) . $(FILES)

test:
	$(GO) test -tags $(TAGS) ./...

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -cpu 1 ./...
	$(GO) test -tags $(TAGS) -run '^$$' -bench Inspect500 -cpu 2 ./app

# check-print prints the workbook with LibreOffice and checks that no cell
# hides text; TRIALCOMPARE_PRINT_DIR=DIR keeps the printed PDFs there.
check-print:
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PRINT_PACKAGES)
	TRIALCOMPARE_REQUIRE_PRINT=1 $(GO) test -tags $(TAGS) -run 'TestWorkbookPrintsAllText' -count 1 -v ./export

# fuzz runs every fuzz target in the repository, one after another, each
# for $(FUZZTIME): `make fuzz FUZZTIME=30s`.
fuzz:
	GO=$(GO) TAGS=$(TAGS) FUZZTIME=$(FUZZTIME) scripts/fuzz

lint:
	test -z "$$(gofmt -l .)" || (gofmt -l . && false)
	$(GO) vet -tags $(TAGS) ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 -tags $(TAGS) ./...

screenshot: build
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SCREENSHOT_PACKAGES)
	SIZE=1600x1000 WAIT=4 scripts/screenshot docs/screenshot.png ./trialcompare testdata/seeds/0*.txt
	convert docs/screenshot.png -crop 1400x900+0+0 +repage docs/screenshot.png
	tmp=$$(mktemp -d) && ./trialcompare export -o $$tmp/board.pdf --paper a4 --title "Tumor board 25 Nov" testdata/seeds/0*.txt && \
		pdftoppm -r 100 -png -f 1 -l 1 -singlefile $$tmp/board.pdf docs/pdf-page1 && rm -r $$tmp
	tmp=$$(mktemp -d) && ./trialcompare board -o $$tmp/board.tcboard --title "Tumor board 25 Nov" --date 2026-11-25 \
		--board-note "Bring the MRD results" --note "NCT06803875=Dr. K: CD22 status pending; ask CHOP about slots" \
		--note "NCT04150497=Slots open in December" testdata/seeds/0*.txt && \
		HOME=$$tmp SIZE=1600x1000 WAIT=4 KEYS=ctrl+6 scripts/screenshot docs/board.png ./trialcompare $$tmp/board.tcboard && rm -r $$tmp
	convert docs/board.png -crop 1400x900+0+0 +repage docs/board.png
