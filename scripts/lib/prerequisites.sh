# What the tests need on the machine, installed only when missing so a second run costs nothing.

# Directory holding initdb, pg_ctl and postgres. Debian keeps them per major version under
# /usr/lib/postgresql/<ver>/bin, off PATH; the newest installed version wins.
postgres_bin_dir() {
  local dir
  while read -r dir; do
    if [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]]; then
      printf '%s\n' "$dir"
      return 0
    fi
  done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV)
  local initdb
  initdb=$(command -v initdb 2>/dev/null) || return 1
  dir=$(dirname "$(readlink -f "$initdb")")
  [[ -x $dir/pg_ctl && -x $dir/postgres ]] || return 1
  printf '%s\n' "$dir"
}

# The Chromium binary the browser tests drive: the Debian package's real binary (it starts faster than
# the /usr/bin/chromium wrapper script), or the wrapper.
chromium_executable() {
  local candidate
  for candidate in /usr/lib/chromium/chromium /usr/bin/chromium; do
    if [[ -x $candidate ]]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

# Installs the Debian packages whose programs are missing. apt-get update runs only when there is
# something to install, so a prepared machine never touches the network here.
ensure_system_packages() {
  local log=$1
  local -a missing=()
  postgres_bin_dir >/dev/null || missing+=(postgresql)
  command -v python3 >/dev/null || missing+=(python3)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  chromium_executable >/dev/null || missing+=(chromium)
  command -v afl-fuzz >/dev/null || missing+=(afl++)
  # ---- Packages for later test suites go here --------------------------------------------------
  # SIP tests: sip-tester (provides /usr/bin/sipp).
  # Add a check and a `missing+=(...)` line for each, in the same style as above.
  # -----------------------------------------------------------------------------------------------

  if ((${#missing[@]} == 0)); then
    return 0
  fi
  info "installing: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    die "missing ${missing[*]}: install them (Debian: apt-get install ${missing[*]}) or run this script as root"
  fi
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
    >"$log" 2>&1; then
    show_log_tail "$log" 30
    die "apt-get could not install ${missing[*]}"
  fi
  postgres_bin_dir >/dev/null || die "postgresql installed but initdb/pg_ctl/postgres not found"
  chromium_executable >/dev/null || die "chromium installed but its binary was not found"
  command -v afl-fuzz >/dev/null || die "afl++ installed but afl-fuzz was not found"
}

# Installs the official Tencent Cloud Node SDK used by the interop tests. The lock file's hash is
# stamped into node_modules so an edited lock file triggers a fresh `npm ci`.
ensure_node_modules() {
  local dir=$1 log=$2
  local stamp=$dir/node_modules/.switchboard-lock.sha256
  local want
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ -f $dir/node_modules/tencentcloud-sdk-nodejs/package.json && -f $stamp && $(<"$stamp") == "$want" ]]; then
    return 0
  fi
  info "npm ci in ${dir#"$REPO_ROOT"/}"
  if ! (cd "$dir" && npm ci --no-audit --no-fund) >"$log" 2>&1; then
    show_log_tail "$log" 30
    die "npm ci failed in $dir"
  fi
  printf '%s\n' "$want" >"$stamp"
}
