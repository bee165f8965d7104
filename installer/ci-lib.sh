# shellcheck shell=bash
# Sourced by installer/windows/ci-test.sh and installer/macos/ci-test.sh (bash): the steps both run against an
# installed app. The caller defines fail(). Outputs go to $out.

out=target/installer/ci-test
mkdir -p "$out"

# smoke_test LAUNCHER: the installed app opens its window, exits 0 once its first page shows (--smoke-test)
smoke_test() {
  local status
  set +e
  "$1" --smoke-test >"$out/smoke.txt" 2>&1
  status=$?
  set -e
  cat "$out/smoke.txt"
  [ "$status" -eq 0 ] || fail "$(basename "$1") --smoke-test exited $status"
}

# practice_check CONSOLE_LAUNCHER: the installed console launcher runs `practice run healthy --json`: exit 0, a report
practice_check() {
  local status
  set +e
  "$1" practice run healthy --json >"$out/practice.json" 2>"$out/practice.err"
  status=$?
  set -e
  cat "$out/practice.err"
  [ "$status" -eq 0 ] || { cat "$out/practice.json"; fail "practice run healthy exited $status"; }
  grep -q '"practice"' "$out/practice.json" || fail "practice run healthy --json printed no practice report"
  echo "practice run healthy: exit 0, $(wc -c <"$out/practice.json") bytes of JSON"
}
