# Build and run contract: docs/design.md, "Build and run". Every target works from a clean clone.
SHELL := /bin/bash
.DEFAULT_GOAL := build
DOTNET ?= dotnet
CONFIG ?= Release
BIN := $(CURDIR)/bin
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

.PHONY: build dist dist-linux-amd64 test reliability schema sdk sdk-build up down bench format lint interop-deps clean

# The plugin is a Native AOT binary (no .NET runtime on the user's machine; linked with clang, or gcc where clang is
# missing); its symbols stay in obj/. The emulator stays a framework-dependent app.
PLUGIN_RID ?= linux-x64
build:
	$(DOTNET) publish provider/Plugin/Plugin.csproj -c $(CONFIG) -r $(PLUGIN_RID) -o $(BIN) -p:PublishAot=true \
	  -p:CopyOutputSymbolsToPublishDirectory=false --nologo -v quiet
	$(DOTNET) publish emulator/Emulator.csproj -c $(CONFIG) -o $(BIN) --no-self-contained -p:UseAppHost=true --nologo -v quiet
	@echo "built $(BIN)/pulumi-resource-alicloud-live and $(BIN)/alicloud-live-emulator"

# Release artefacts as `pulumi plugin install resource alicloud-live v<version> --file <tarball>` unpacks them into
# ~/.pulumi/plugins/resource-alicloud-live-v<version>/: the binary alone at the archive root (no PulumiPlugin.yaml for
# resource plugins; the CLI writes its own .partial/.lock files), owned by root in the archive. The Linux binaries are
# Native AOT: linux-arm64 is cross-linked by clang against Debian's aarch64 cross toolchain (clang,
# gcc-aarch64-linux-gnu). macOS and Windows cannot be Native AOT-linked here (no Apple linker and SDK, no MSVC
# linker), so they are self-contained, trimmed single-file builds. `make test` builds all of them and tests each.
DIST := $(CURDIR)/dist
DIST_OBJ := $(CURDIR)/obj/dist
PLUGIN := pulumi-resource-alicloud-live
EMULATOR := alicloud-live-emulator
VERSION = $(shell $(BIN)/$(PLUGIN) --version)
SINGLE_FILE_TARGETS := osx-x64:darwin-amd64 osx-arm64:darwin-arm64 win-x64:windows-amd64
PUBLISH_FLAGS := -c $(CONFIG) -p:CopyOutputSymbolsToPublishDirectory=false --nologo -v quiet
# $(call tarball,<folder>,<file>,<archive name>)
tarball = tar -C $(1) --owner=0 --group=0 --numeric-owner -cf - $(2) | gzip -n > $(DIST)/$(3)

dist-linux-amd64: build
	mkdir -p $(DIST)
	$(call tarball,$(BIN),$(PLUGIN),$(PLUGIN)-v$(VERSION)-linux-amd64.tar.gz)

dist: dist-linux-amd64
	$(DOTNET) publish provider/Plugin/Plugin.csproj -r linux-arm64 -o $(DIST_OBJ)/linux-arm64 -p:PublishAot=true \
	  -p:CppCompilerAndLinker=clang $(PUBLISH_FLAGS)
	$(call tarball,$(DIST_OBJ)/linux-arm64,$(PLUGIN),$(PLUGIN)-v$(VERSION)-linux-arm64.tar.gz)
	@set -e; for target in $(SINGLE_FILE_TARGETS); do rid=$${target%%:*}; platform=$${target##*:}; \
	  case $$rid in win-*) file=$(PLUGIN).exe;; *) file=$(PLUGIN);; esac; \
	  echo "$$platform: self-contained, trimmed single file"; \
	  $(DOTNET) publish provider/Plugin/Plugin.csproj -r $$rid -o $(DIST_OBJ)/$$rid -p:PublishAot=false --self-contained \
	    -p:PublishSingleFile=true -p:PublishTrimmed=true -p:DebugType=none $(PUBLISH_FLAGS); \
	  $(call tarball,$(DIST_OBJ)/$$rid,$$file,$(PLUGIN)-v$(VERSION)-$$platform.tar.gz); done
	$(DOTNET) publish emulator/Emulator.csproj -r linux-x64 -o $(DIST_OBJ)/emulator --self-contained \
	  -p:PublishSingleFile=true -p:DebugType=none $(PUBLISH_FLAGS)
	$(call tarball,$(DIST_OBJ)/emulator,$(EMULATOR),$(EMULATOR)-v$(VERSION)-linux-amd64.tar.gz)
	cd $(DIST) && sha256sum *.tar.gz > SHA256SUMS
	@cat $(DIST)/SHA256SUMS

# npm ci empties node_modules before installing; through a symbolic link (a worktree sharing another checkout's
# install) it would empty the other checkout's packages, so a linked node_modules is used as it is.
interop-deps:
	@if [ -L tests/Interop/node_modules ]; then echo "tests/Interop/node_modules is a link: used as it is"; \
	else $(MAKE) --no-print-directory tests/Interop/node_modules/.package-lock.json; fi

tests/Interop/node_modules/.package-lock.json: tests/Interop/package-lock.json
	cd tests/Interop && npm ci --no-audit --no-fund --loglevel=error

# Each suite prints its own summary and the name and message of every failed test; the last line totals them
# ("N passed, N failed").
test: build interop-deps dist
	$(DOTNET) build Provider.sln -c $(CONFIG) --nologo -v quiet
	@set -o pipefail; $(DOTNET) test Provider.sln -c $(CONFIG) --no-build --nologo -v quiet \
	  --logger "console;verbosity=minimal" 2>&1 | tee .test-output.log; \
	status=$$?; \
	awk '/(Passed|Failed)!  -/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($$i == "Passed:") p += $$(i+1); if ($$i == "Failed:") f += $$(i+1) } } \
	     END { printf "%d passed, %d failed\n", p, f }' .test-output.log; \
	rm -f .test-output.log; exit $$status

# The reliability suite (docs/design.md, "How every resource behaves", under faults), writing docs/reliability.md from what the run observed.
reliability: build interop-deps
	$(DOTNET) build tests/Reliability.Tests/Reliability.Tests.csproj -c $(CONFIG) --nologo -v quiet
	RELIABILITY_REPORT=$(CURDIR)/docs/reliability.md $(DOTNET) test tests/Reliability.Tests/Reliability.Tests.csproj -c $(CONFIG) --no-build --nologo -v quiet
	@echo "wrote docs/reliability.md"

schema: build
	$(BIN)/pulumi-resource-alicloud-live schema > schema.json
	@echo "wrote schema.json"

sdk:
	$(DOTNET) run --project tools/SdkGen -c $(CONFIG) -- schema.json sdk/dotnet

# sdk/dotnet is built with its own project settings (sdk/Directory.Build.props), as a user's machine builds it; the
# package (version from the schema, pulumi-plugin.json and version.txt as content, README and licence) goes to bin/packages.
sdk-build:
	$(DOTNET) pack sdk/dotnet/AlicloudLive.Sdk.csproj -c $(CONFIG) -o $(BIN)/packages --nologo -v quiet
	@ls $(BIN)/packages/AlicloudLive.Sdk.*.nupkg

up:
	@command -v pulumi >/dev/null || { echo "make up needs the Pulumi CLI (https://www.pulumi.com/docs/install/); it is not on PATH." >&2; exit 1; }
	@$(MAKE) --no-print-directory build
	@bash scripts/dev-stack.sh up

down:
	@command -v pulumi >/dev/null || { echo "make down needs the Pulumi CLI; it is not on PATH." >&2; exit 1; }
	@bash scripts/dev-stack.sh down

# In-process figures (BenchmarkDotNet, short runs) first, then the whole-plugin driver, which writes docs/benchmarks.md
# with both. It takes a few minutes: the emulator's QPS limits run in real time (500 creates at 10/s alone take 50 s).
# The references measured in the same run: the smallest Native AOT Grpc.AspNetCore server (bench/ReferenceServer) and
# the plugin as it was before the native build (BENCH_BEFORE: hand-written transport, framework-dependent), built from
# git into obj/bench-before.
BENCH_RESULTS := BenchmarkDotNet.Artifacts/results
BENCH_BEFORE := ad57332
BENCH_BEFORE_DIR := $(CURDIR)/obj/bench-before/$(BENCH_BEFORE)
bench: build
	$(DOTNET) publish bench/ReferenceServer/ReferenceServer.csproj -r $(PLUGIN_RID) -o $(BIN)/reference -p:PublishAot=true $(PUBLISH_FLAGS)
	@if [ ! -x $(BENCH_BEFORE_DIR)/bin/$(PLUGIN) ]; then rm -rf $(BENCH_BEFORE_DIR) && mkdir -p $(BENCH_BEFORE_DIR) \
	  && git archive $(BENCH_BEFORE) | tar -x -C $(BENCH_BEFORE_DIR) && $(MAKE) -C $(BENCH_BEFORE_DIR) --no-print-directory build; fi
	rm -rf $(BENCH_RESULTS)
	$(DOTNET) run -c $(CONFIG) --project bench/Microbenchmarks -- --filter '*'
	$(DOTNET) run -c $(CONFIG) --project bench/PluginDriver -- --out docs/benchmarks.md --microbenchmarks $(BENCH_RESULTS) \
	  --before $(BENCH_BEFORE_DIR)/bin/$(PLUGIN) --before-label "$(BENCH_BEFORE), before the native plugin"

# sdk/dotnet is generated in upstream codegen's shape (block namespaces and all), so the repository's style rules skip it.
format:
	$(DOTNET) format Provider.sln --exclude sdk/dotnet

lint:
	$(DOTNET) format Provider.sln --verify-no-changes --exclude sdk/dotnet

clean:
	rm -rf $(BIN) $(DIST) */*/bin */*/obj */bin */obj tests/*/bin tests/*/obj
