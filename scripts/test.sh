#!/usr/bin/env bash
# Runs the whole test suite: installs system packages, starts a throw-away PostgreSQL server for the
# database tests (stopped on exit, whatever happens), then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-packages.sh
# The committed .swift-format, strictly: a finding fails the run.
swift format lint --strict --recursive Sources Tests Benchmarks Fuzz Package.swift
FIVEAIM_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/fiveaim-test-postgres.XXXXXX")
export FIVEAIM_PG_DIR
trap 'bash scripts/postgres-stop.sh' EXIT
eval "$(bash scripts/postgres-start.sh)"
export FIVEAIM_TEST_DATABASE_URL
swift test --parallel --num-workers 2 "$@"
