# One `dotnet test` run per call, its TRX file collected for the closing summary.

TRX_FILES=()
RUN_ERRORS=0     # runs that left no usable results (crash, timeout, missing TRX)
FAILED_RUNS=0    # runs with at least one failed test

# Limits for one run: a hung test is aborted by VSTest, a hung runner by `timeout`.
: "${SWITCHBOARD_TEST_HANG_TIMEOUT:=10m}"
: "${SWITCHBOARD_TEST_RUN_TIMEOUT:=40m}"

# run_test_project LABEL PROJECT [NAME=VALUE...] — the extra arguments become the run's environment.
# Every run starts without SWITCHBOARD_TEST_POSTGRES so only the PostgreSQL run sees a database server.
run_test_project() {
  local label=$1 project=$2
  shift 2
  local dir=$RESULTS_DIR/$label
  local log=$dir/console.log trx=$dir/$label.trx
  mkdir -p "$dir"

  local -a cmd=(env -u SWITCHBOARD_TEST_POSTGRES "$@"
    timeout --kill-after=30s "$SWITCHBOARD_TEST_RUN_TIMEOUT"
    dotnet test "$project" -c Release --no-build --nologo
    --logger "trx;LogFileName=$label.trx" --results-directory "$dir"
    --blame-hang --blame-hang-timeout "$SWITCHBOARD_TEST_HANG_TIMEOUT" --blame-hang-dump-type none)
  if [[ -n $FILTER ]]; then
    cmd+=(--filter "$FILTER")
  fi

  local started=$SECONDS rc=0
  if [[ $VERBOSE == 1 ]]; then
    "${cmd[@]}" 2>&1 | tee "$log" || rc=${PIPESTATUS[0]}
  else
    "${cmd[@]}" >"$log" 2>&1 || rc=$?
  fi
  local seconds=$((SECONDS - started))

  if [[ ! -f $trx ]]; then
    printf '    %-22s no results (dotnet test exited %s after %s s)\n' "$label" "$rc" "$seconds"
    show_log_tail "$log" 40
    RUN_ERRORS=$((RUN_ERRORS + 1))
    return 0
  fi

  local report_rc=0
  python3 "$LIB_DIR/trx_report.py" run "$label" "$seconds" "$trx" || report_rc=$?
  case $report_rc in
    0)
      TRX_FILES+=("$trx")
      # dotnet test failed although no test did: the host crashed or the run timed out midway.
      if ((rc != 0)); then
        info "  dotnet test exited $rc without a failed test: counted as a failed run"
        show_log_tail "$log" 40
        RUN_ERRORS=$((RUN_ERRORS + 1))
      fi
      ;;
    1)
      TRX_FILES+=("$trx")
      FAILED_RUNS=$((FAILED_RUNS + 1))
      ;;
    *)
      show_log_tail "$log" 40
      RUN_ERRORS=$((RUN_ERRORS + 1))
      ;;
  esac
}
