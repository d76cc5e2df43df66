#!/bin/sh
# Fetches the page's JavaScript libraries and the Natural Earth base map (package.json, exact
# versions in package-lock.json) with the machine's own npm, once: again only when
# package-lock.json is newer than the installed copy. The build copies the files the page uses
# into the jar; nothing is fetched at run time.
set -e
cd "$(dirname "$0")/../.."
if ! command -v npm >/dev/null 2>&1; then
  echo "sitrep: the build needs Node.js and npm (https://nodejs.org, or your package manager's" >&2
  echo "sitrep: 'nodejs' and 'npm') to fetch the web page's libraries; install them and build again." >&2
  exit 1
fi
marker=node_modules/.package-lock.json
if [ -f "$marker" ] && [ ! package-lock.json -nt "$marker" ]; then
  echo "web page libraries are up to date (node_modules)"
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund
