# SPDX-License-Identifier: Apache-2.0
# Entry points for people, CI and `sam build` (which runs build-TokenFunction with ARTIFACTS_DIR set).

SWIFT ?= swift
EVENT ?= events/get-token.json

.PHONY: help deps build invoke test test-asan test-tsan fuzz soak package check-package lint-template bench clean

help:
	@echo "make invoke         install what is missing, build, and replay $(EVENT) through bootstrap"
	@echo "make test           run the test suite (moto started on 127.0.0.1 for the Secrets Manager tests)"
	@echo "make test-asan      run the test suite under AddressSanitizer (build in .build/asan)"
	@echo "make test-tsan      run the test suite under ThreadSanitizer (build in .build/tsan)"
	@echo "make fuzz           run each libFuzzer target for FUZZ_SECONDS (default 45) seconds"
	@echo "make soak           replay SOAK_INVOCATIONS (default 20000) events, sampling memory and descriptors"
	@echo "make package        build the deployment zip .build/lambda/TokenFunction.zip"
	@echo "make check-package  run the zip in an otherwise empty root under the emulator"
	@echo "make lint-template  check template.yaml with cfn-lint and sam validate --lint"
	@echo "make bench          measure signing, invocation CPU, latency, init and memory against peers"

deps:
	scripts/install-deps

build: deps
	$(SWIFT) build

invoke: build
	$(SWIFT) run invoke $(EVENT)

test: deps
	scripts/with-moto scripts/run-tests

test-asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt \
		scripts/with-moto $(SWIFT) test --sanitize=address --build-path .build/asan

test-tsan: deps
	scripts/with-moto $(SWIFT) test --sanitize=thread --build-path .build/tsan

fuzz: deps
	scripts/fuzz

soak: deps
	scripts/soak

package: deps
	scripts/package

check-package: package
	scripts/check-package

lint-template: deps
	scripts/lint-template

bench: deps
	scripts/bench

# Called by `sam build` (template.yaml: Metadata BuildMethod makefile) with ARTIFACTS_DIR set.
build-TokenFunction:
	scripts/package "$(ARTIFACTS_DIR)"

clean:
	rm -rf .build .aws-sam
