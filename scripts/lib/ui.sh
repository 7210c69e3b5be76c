# Console output of scripts/test: one "==>" line per stage, indented detail. Everything goes to stdout so
# the order is kept when a CI log captures both streams; only a fatal error also goes to stderr.

step() { printf '==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Prints the last lines of a log so a failure is diagnosable without opening files.
show_log_tail() {
  local log=$1 lines=${2:-40}
  [[ -s $log ]] || return 0
  printf '    --- last %s lines of %s ---\n' "$lines" "$log"
  tail -n "$lines" "$log" | sed 's/^/    | /'
}
