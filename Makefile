# Two commands for people: `make run` and `make test`. Both install any
# missing Debian packages first (the list is .ci/packages.txt).
PRESET   ?= release
BUILD    := build/$(PRESET)
JOBS     ?= 2
PACKAGES := $(shell sed -e 's/\#.*//' .ci/packages.txt)
SUDO     := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: all deps configure build run test bench tsan asan fuzz isa-check format clean

all: build

# Install only what is missing, so a ready machine never touches apt.
deps:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

# `make run ARGS='--language ko --presentation'` passes options to the app.
run: build
	$(BUILD)/src/app/normlab $(ARGS)

test: build
	ctest --preset $(PRESET) -j $(JOBS)

bench: deps
	cmake --preset $(PRESET)
	cmake --build --preset $(PRESET) -j $(JOBS) --target normlab-bench normlab-gui-bench normlab
	$(BUILD)/bench/normlab-bench
	$(BUILD)/bench/normlab-gui-bench
	@# Start-up to the first frame and peak memory with every lab used (it
	@# exits 1 when a target is missed; the figures are the point here).
	-@if [ -n "$$DISPLAY" ]; then $(BUILD)/src/app/normlab --measure-footprint; \
	  elif command -v xvfb-run >/dev/null; then \
	    xvfb-run -a -s "-screen 0 1280x800x24" $(BUILD)/src/app/normlab --measure-footprint; \
	  else QT_QPA_PLATFORM=offscreen $(BUILD)/src/app/normlab --measure-footprint; fi
	@if /usr/bin/python3 -c 'import torch' 2>/dev/null; then /usr/bin/python3 bench/torch_peer.py; \
	  else echo "python3-torch not installed: skipping the PyTorch peer"; fi
	@echo "End to end: $(BUILD)/src/cli/normlab-cli run bn-paper --steps 600 --out /tmp/normlab-bn-paper --profile"
	@echo "  against:   /usr/bin/python3 bench/torch_twin_run.py --steps 600"

# The engine, session and CLI with their tests under a sanitizer (the presets
# leave the GUI out); a report fails the test that made it. Each test runs
# in its own process (ctest), so one test's threads never meet another's.
# SANITIZED picks the test binaries by ctest label (CI: core session).
# SANITIZE_SKIP leaves out the tests that check a claim over a whole data set:
# about 1,000 s each under ASan, and the dev build checks them
# (`SANITIZE_SKIP=` runs them too).
SANITIZED       ?= core session cli
SANITIZE_SKIP   ?= (Preset|CourseWalk)\.
SANITIZED_TESTS := $(SANITIZED:%=normlab_%_tests)
empty :=
space := $(empty) $(empty)
SANITIZED_CTEST := -L '^($(subst $(space),|,$(strip $(SANITIZED))))$$' \
                   $(if $(SANITIZE_SKIP),-E '$(SANITIZE_SKIP)')
tsan: deps
	cmake --preset tsan
	nice cmake --build --preset tsan -j $(JOBS) --target $(SANITIZED_TESTS)
	TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 $(TSAN_OPTIONS)" \
	  ctest --preset tsan -j $(JOBS) $(SANITIZED_CTEST)

asan: deps
	cmake --preset asan
	nice cmake --build --preset asan -j $(JOBS) --target $(SANITIZED_TESTS)
	ASAN_OPTIONS="detect_leaks=1 $(ASAN_OPTIONS)" UBSAN_OPTIONS="print_stacktrace=1 $(UBSAN_OPTIONS)" \
	  ctest --preset asan -j $(JOBS) $(SANITIZED_CTEST)

# Each parser's libFuzzer target for FUZZ_SECONDS (clang, ASan + UBSan), from
# the seeds in tests/fuzz/seeds; new inputs go to build/fuzz/corpus, a crash's
# input to build/fuzz/crash-* (replay: build/fuzz/tests/fuzz/fuzz_csv FILE).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= csv idx config
fuzz: deps
	cmake --preset fuzz
	nice cmake --build --preset fuzz -j $(JOBS)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus/$$t && \
	  echo "fuzz_$$t for $(FUZZ_SECONDS) s" && \
	  build/fuzz/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -dict=tests/fuzz/$$t.dict -artifact_prefix=build/fuzz/ \
	    build/fuzz/corpus/$$t tests/fuzz/seeds/$$t || exit 1; \
	done

# Compile (never run) the engine and its tests for x86-64-v4 with warnings as
# errors, so an AVX-512 user's compiler is met even on a host without AVX-512.
isa-check: deps
	cmake --preset isa-check
	cmake --build --preset isa-check -j $(JOBS)

format:
	find src tests bench -name '*.h' -o -name '*.cpp' | xargs clang-format -i

clean:
	rm -rf build
