#!/usr/bin/env bash
# Checks what only Windows and macOS machines would run, on Linux (installer/linux/ci.sh runs it first):
#   - shellcheck on every shell script of the repository (the Windows and macOS CI steps are bash scripts too);
#     warnings and errors fail, style notes do not
#   - installer/check-inputs.py: the workflow YAML, every XML (AppStream, WiX) and plist (macOS) input, and the
#     upgrade code and bundle identifier that upgrades depend on
# Needs shellcheck and python3 with PyYAML (Debian: apt-get install shellcheck python3-yaml).
set -euo pipefail
cd "$(dirname "$0")/.."

# every tracked file that is a shell script: by name, or by its first line
scripts=()
while IFS= read -r -d '' file; do
  case "$file" in
    *.sh) scripts+=("$file") ;;
    *) head -n1 "$file" 2>/dev/null | grep -qE '^#!(/usr/bin/env (ba)?sh|/bin/(ba)?sh)' && scripts+=("$file") ;;
  esac
done < <(git ls-files -z --cached --others --exclude-standard 2>/dev/null \
           || find . -path ./target -prune -o -path ./.git -prune -o -type f -printf '%P\0')
shellcheck --external-sources --severity=warning "${scripts[@]}"
echo "lint: shellcheck found nothing in ${#scripts[@]} shell scripts"

# Debian's python3 has python3-yaml; another python3 first on the PATH (pyenv, say) may not
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
"$python" installer/check-inputs.py
