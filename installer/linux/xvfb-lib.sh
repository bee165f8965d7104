# shellcheck shell=bash
# Sourced by installer/linux/smoke-test.sh and installer/benchmark/benchmark.sh (bash).
# A private X server and a way to see, from outside the app, when its first window is on screen.
# Needs: xvfb, xdotool.

# start_xvfb: starts Xvfb on a free display, exports DISPLAY and XVFB_PID
start_xvfb() {
  local fd_file
  fd_file="$(mktemp)"
  # -noreset: by default Xvfb resets when its last client leaves, and an app that starts meanwhile (the next
  # benchmark round) is told "cannot open display"
  Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp -noreset 9>"$fd_file" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 100); do
    [ -s "$fd_file" ] && break
    sleep 0.1
  done
  [ -s "$fd_file" ] || { echo "Xvfb did not start" >&2; return 1; }
  DISPLAY=":$(head -n1 "$fd_file")"
  export DISPLAY
  rm -f "$fd_file"
}

stop_xvfb() {
  if [ -n "${XVFB_PID:-}" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=
  fi
}

now_ms() {
  echo $(( $(date +%s%N) / 1000000 ))
}

# wait_for_window TITLE PID TIMEOUT_S: polls every 10 ms until a viewable (mapped) window named exactly TITLE
# exists; prints its X window id. Fails when PID exits first or after TIMEOUT_S seconds.
wait_for_window() {
  local title="$1" pid="$2" timeout_s="$3"
  local deadline=$(( $(now_ms) + timeout_s * 1000 )) id
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if id="$(xdotool search --onlyvisible --name "^${title}\$" 2>/dev/null | head -n1)" && [ -n "$id" ]; then
      echo "$id"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

# rss_kib PID [VmRSS|VmHWM]: resident memory of a process in KiB
rss_kib() {
  awk -v key="${2:-VmRSS}:" '$1 == key { print $2 }' "/proc/$1/status" 2>/dev/null
}

# has_graphics_device: true when Linux offers a graphics card here (anything in /dev/dri, or NVIDIA's /dev/nvidia*):
# the test of src/main/java/org/outboxdoctor/ui/RenderingChoice.java and installer/linux/outbox-doctor-start
has_graphics_device() {
  local device
  for device in /dev/dri/* /dev/nvidia*; do
    [ -e "$device" ] && return 0
  done
  return 1
}
