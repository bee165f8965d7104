# shellcheck shell=bash
# Sourced by run-app.sh and run-tests.sh (bash): installs what is missing with apt-get, as root directly or
# through sudo, so the README's two commands work on a fresh Debian machine that has no sudo (CI's kind) and
# for a user who has it.

missing_packages=()

# need_jdk PACKAGE: asks for PACKAGE unless javac 17 or later is on the PATH (Temurin, SDKMAN… count too)
need_jdk() {
  local version major
  version="$(javac -version 2>&1 | awk '{print $2}')" || version=
  major="${version%%.*}"
  if ! [[ "$major" =~ ^[0-9]+$ ]] || [ "$major" -lt 17 ]; then
    missing_packages+=("$1")
  fi
}

need_maven() {
  command -v mvn >/dev/null 2>&1 || missing_packages+=(maven)
}

# need_package NAME: a library package; Ubuntu 24.04 renamed some with a t64 suffix (libgtk-3-0t64)
need_package() {
  dpkg -s "$1" >/dev/null 2>&1 || dpkg -s "$1t64" >/dev/null 2>&1 || missing_packages+=("$1")
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "Installing ${missing_packages[*]} needs root, and this user has no sudo." >&2
    echo "Ask an administrator to run: apt-get install -y ${missing_packages[*]}" >&2
    echo "Then run this command again." >&2
    exit 1
  fi
}

# install_missing: installs what the need_* calls found missing; nothing (and no sudo prompt) when complete
install_missing() {
  [ ${#missing_packages[@]} -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "This script installs with apt-get (Debian, Ubuntu), which this system does not have." >&2
    echo "Install a JDK 17 or later and Maven 3.8 or later yourself (for the window also GTK 3 and libXtst)," >&2
    echo "then run this command again." >&2
    exit 1
  fi
  echo "Installing ${missing_packages[*]} with apt-get…"
  # env passes the setting through sudo, which drops most of the environment
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
}
