#!/usr/bin/env bash
# Installs the FHIR validator the export tests use (the versions pinned in package-lock.json), offline afterwards.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
