#!/usr/bin/env bash
# Browser tests use Debian's Chromium: Playwright cannot download its own browser on a
# closed network. Installs it when missing (as root, as on CI); otherwise says what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
	exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "factquiz: installing Debian's chromium for the browser tests (once)…" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq chromium >/dev/null
	exit 0
fi
echo "factquiz: /usr/bin/chromium is missing; browser tests will use Playwright's own browser if it is installed (npx playwright install chromium)." >&2
