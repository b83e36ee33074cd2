#!/usr/bin/env bash
# The README's test command. On a machine with only the .NET SDK (and root, or sudo), it installs what the
# tests drive when it is missing, then runs every test of Sdk.sln:
#   - Debian's chromium and chromium-driver: the HTML report and the web service in a real browser;
#   - LibreOffice (Writer) and poppler: the Word report printed to PDF and read back page by page;
#   - PostgreSQL: the web service's database tests start a throwaway cluster of their own on a free port.
# Extra arguments go to `dotnet test` (for example --filter).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
[ -x /usr/bin/soffice ] || need+=(libreoffice-writer-nogui)
[ -x /usr/bin/pdftotext ] && [ -x /usr/bin/pdftoppm ] || need+=(poppler-utils)
compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null || need+=(postgresql)

if [ "${#need[@]}" -gt 0 ]; then
  echo "tests/run.sh: installing ${need[*]}" >&2
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

exec dotnet test Sdk.sln "$@"
