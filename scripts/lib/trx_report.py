#!/usr/bin/env python3
"""Reads VSTest TRX files for scripts/test (standard library only).

  trx_report.py run LABEL SECONDS FILE.trx
      One summary line for a test run, then each failed test with its message.
      Exit 0: no failures; 1: failures; 3: the file is not a readable TRX.
  trx_report.py total RUN_ERRORS FILE.trx...
      The closing line `Tests: N passed, N failed, N skipped` over every file; each run that
      produced no usable results (RUN_ERRORS) counts as one failure.
      Exit 0 only when nothing failed and at least one test passed.
"""

import sys
import xml.etree.ElementTree as ET

MESSAGE_LINES = 25
STACK_LINES = 8


def counts(root):
    counters = root.find("./{*}ResultSummary/{*}Counters")
    if counters is None:
        raise ValueError("no Counters element")

    def n(*names):
        return sum(int(counters.get(name, "0")) for name in names)

    passed = n("passed", "passedButRunAborted")
    failed = n("failed", "error", "timeout", "aborted")
    # VSTest leaves notExecuted at 0 for skipped xunit tests; they show only in total - executed.
    skipped = max(n("notExecuted", "inconclusive", "notRunnable"), n("total") - passed - failed)
    return passed, failed, skipped


def load(path):
    root = ET.parse(path).getroot()
    return root, counts(root)


def text_of(result, path):
    node = result.find(path)
    return (node.text or "").strip() if node is not None else ""


def print_block(text, limit, indent):
    lines = text.splitlines()
    for line in lines[:limit]:
        print(indent + line)
    if len(lines) > limit:
        print(f"{indent}... ({len(lines) - limit} more lines in the TRX file)")


def project_frames(stack):
    """Drops the reflection and xunit frames that sit under every failing test."""
    noise = ("at System.Reflection.", "at System.RuntimeMethodHandle.", "at Xunit.")
    return "\n".join(line for line in stack.splitlines() if not line.strip().startswith(noise))


def report_run(label, seconds, path):
    try:
        root, (passed, failed, skipped) = load(path)
    except (ET.ParseError, ValueError, OSError) as error:
        print(f"    {label:<22} unreadable results {path}: {error}")
        return 3
    note = "" if passed + failed + skipped else "  (no test results)"
    print(f"    {label:<22} {passed} passed, {failed} failed, {skipped} skipped  ({seconds} s){note}")
    for result in root.iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}UnitTestResult"):
        outcome = result.get("outcome", "")
        name = result.get("testName", "?")
        if outcome in ("NotExecuted", "Inconclusive"):
            reason = text_of(result, "./{*}Output/{*}StdOut") or text_of(result, "./{*}Output/{*}ErrorInfo/{*}Message")
            print(f"      SKIPPED {name}" + (f": {reason.splitlines()[0]}" if reason else ""))
        elif outcome not in ("Passed", "PassedButRunAborted"):
            print(f"      FAILED  {name}")
            print_block(text_of(result, "./{*}Output/{*}ErrorInfo/{*}Message"), MESSAGE_LINES, "          ")
            print_block(project_frames(text_of(result, "./{*}Output/{*}ErrorInfo/{*}StackTrace")), STACK_LINES, "          ")
    # Errors of the run itself (e.g. the test host crashed); xunit also echoes each failed test here.
    for info in root.iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}RunInfo"):
        message = text_of(info, "./{*}Text")
        if info.get("outcome") == "Error" and not message.endswith("[FAIL]"):
            print_block("run error: " + message, MESSAGE_LINES, "      ")
    return 1 if failed else 0


def report_total(run_errors, paths):
    passed = skipped = 0
    failed = run_errors
    for path in paths:
        try:
            _, (p, f, s) = load(path)
        except (ET.ParseError, ValueError, OSError):
            f, p, s = 1, 0, 0
        passed, failed, skipped = passed + p, failed + f, skipped + s
    if failed == 0 and passed == 0:
        print("    no test ran: that counts as a failure")
    print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
    return 0 if failed == 0 and passed > 0 else 1


def main(argv):
    if len(argv) == 5 and argv[1] == "run":
        return report_run(argv[2], argv[3], argv[4])
    if len(argv) >= 3 and argv[1] == "total":
        return report_total(int(argv[2]), argv[3:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
