#!/usr/bin/env bash
# Installs the system packages the product and its tests need, when missing (Debian/Ubuntu).
#   hunspell-id: the Indonesian root lexicon the stemmer is guided by (/usr/share/hunspell/id_ID.dic).
set -euo pipefail

want=()
[ -f /usr/share/hunspell/id_ID.dic ] || want+=(hunspell-id)
for extra in "$@"; do
  case "$extra" in
    chromium) command -v chromium >/dev/null || want+=(chromium) ;;
    sqlite3) command -v sqlite3 >/dev/null || want+=(sqlite3) ;;
    *) want+=("$extra") ;;
  esac
done
[ ${#want[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${want[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${want[@]}" >/dev/null
