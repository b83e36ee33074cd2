#!/usr/bin/env bash
# Mutation testing of one room of the core with Stryker.NET (the dotnet-stryker tool pinned in
# .config/dotnet-tools.json), scoped with --mutate to that room's files and run against the core test project.
# Slow (tens of minutes per room) and not part of .ci/run; docs/testing.md records the scores it measured.
#   bash tests/Mutation/run.sh calendar|indicators|submissions|rollup [extra dotnet-stryker options]
# The report goes to StrykerOutput/<room>/ (ignored by git).
# STRYKER_CONCURRENCY (default 1) is the number of test hosts Stryker runs at once: 2 on a machine otherwise idle.
# It is set here rather than with --concurrency among the extra options because Stryker refuses a repeated option.
set -euo pipefail
cd "$(dirname "$0")/../.."
room=${1:?usage: tests/Mutation/run.sh calendar|indicators|submissions|rollup}
shift
# Each room is judged by its own tests in the core test project (--test-case-filter): a mutant another room's test
# happens to kill does not count, and a run takes minutes per hundred mutants instead of hours.
case "$room" in
  # Working days and deadlines (issue 28's scope): the business calendar (working days, due dates, the day tables it
  # builds) and the deadline and report-due rules. The room's other files are not mutated: the deadline text parser (907
  # mutants alone) and the lunar calendar (about 600); and the periods, cut-offs, day numbers and civil-service decisions,
  # whose mutants Stryker judges as static ones (they run while the calendar's tables are built): 204 of the 491 that
  # scope had, each run against every Calendar test, about a minute each on the shared machine.
  # CALENDAR_WHOLE_ROOM=1 mutates every file of the room.
  calendar) if [[ ${CALENDAR_WHOLE_ROOM:-} == 1 ]]; then mutate=(--mutate '**/Calendar/**/*.cs'); else
              mutate=(--mutate '**/Calendar/BusinessCalendar.cs' --mutate '**/Calendar/Deadline.cs'
                      --mutate '**/Calendar/ReportDueRule.cs'); fi
            tests='FullyQualifiedName~.Tests.Calendar.' ;;
  # Numbers, expressions and targets: the whole Indicators room.
  indicators) mutate=(--mutate '**/Indicators/**/*.cs'); tests='FullyQualifiedName~.Tests.Indicators.' ;;
  # Readers and the desk (issue 28's scope): the CSV and JSON readers, the fields they share, the desk that checks a
  # submission. The room's other files (status JSON, Vietnamese messages, aggregation, data sets) are not mutated:
  # the whole room is 1,033 mutants, about two hours on the shared machine.
  submissions) mutate=(--mutate '**/Submissions/SubmissionCsvReader.cs' --mutate '**/Submissions/SubmissionJson.cs'
                       --mutate '**/Submissions/SubmissionFields.cs' --mutate '**/Submissions/SubmissionDesk.cs')
               tests='FullyQualifiedName~.Tests.Submissions.' ;;
  # The rollup engine: the engine itself, its partials and the store it reads.
  rollup) mutate=(--mutate '**/Rollup/RollupEngine.cs' --mutate '**/Rollup/RollupPartial.cs'
                  --mutate '**/Rollup/DossierStore.cs' --mutate '**/Rollup/DossierStoreBuilder.cs'
                  --mutate '**/Rollup/CellLanes.cs' --mutate '**/Rollup/RollupMeasures.cs'
                  --mutate '**/Rollup/RollupIndicators.cs'); tests='FullyQualifiedName~.Tests.Rollup.' ;;
  *) echo "tests/Mutation/run.sh: unknown room '$room' (calendar, indicators, submissions, rollup)" >&2; exit 2 ;;
esac
dotnet tool restore > /dev/null
cd tests/KhanhHoa.Governance.Tests
# Each FsCheck property runs a fifth of its cases, at least 10 (tests/KhanhHoa.Governance.Tests/PropertyAttribute.cs):
# Stryker runs a mutant's covering tests once per mutant, and the properties that write and read whole files were most
# of a mutant's time. docs/testing.md shows a sample of mutants judged the same with all cases. Set it to 100 for all.
export PROPERTY_CASES_PERCENT="${PROPERTY_CASES_PERCENT:-20}"
# One test host unless STRYKER_CONCURRENCY says more: the machine is shared. The core test project alone is the suite
# that judges the room.
# --disable-bail lets a run of several mutants go to its end: with bail (Stryker's default) Stryker 5.1 cancelled a run
# as soon as it judged every mutant of it decided, and with this project's xUnit v3 adapter it judged some before their
# covering tests had run (mutant 8325 of the Rollup room was called a survivor after the first of its two tests; the
# property it skipped kills it), then tested the rest of the run again, one mutant a run. docs/testing.md has the details.
# --log-to-file keeps each mutant's verdict in StrykerOutput/<room>/logs as it comes (the reports are written only at
# the end, and the progress bar is not shown without a terminal), so a run stopped early still says what it found.
exec dotnet stryker --project KhanhHoa.Governance.csproj "${mutate[@]}" --test-case-filter "$tests" --concurrency "${STRYKER_CONCURRENCY:-1}" \
  --disable-bail --log-to-file --reporter html --reporter json --reporter progress --reporter cleartext \
  --output "../../StrykerOutput/$room" "$@"
