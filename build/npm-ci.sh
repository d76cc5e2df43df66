#!/bin/sh
# Fetches a module's npm packages (its package.json, exact versions in package-lock.json) with the
# machine's own npm, once: again only when package-lock.json is newer than the installed copy.
# Usage: build/npm-ci.sh MODULE_DIR WHAT   (WHAT names the packages in messages)
set -e
cd "$1"
what="$2"
if ! command -v npm >/dev/null 2>&1; then
  echo "sitrep: the build needs Node.js and npm (https://nodejs.org, or your package manager's" >&2
  echo "sitrep: 'nodejs' and 'npm') to fetch $what; install them and build again." >&2
  exit 1
fi
marker=node_modules/.package-lock.json
if [ -f "$marker" ] && [ ! package-lock.json -nt "$marker" ]; then
  echo "$what: up to date (node_modules)"
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund
