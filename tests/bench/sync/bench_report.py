#!/usr/bin/env python3
"""Helpers of run-sync-bench.sh (standard library only).

  bench_report.py server-times ACCESS_LOG FIRST_LINE PATH OUT.json
      median/p95/min/max of duration_ms over fitflow-server access-log lines (JSON, one per
      request) from line FIRST_LINE (1-based) on whose path is PATH and status 200.
  bench_report.py table RESULTS_DIR
      prints the side-by-side table from the JSON files the script wrote into RESULTS_DIR.
"""
import json
import math
import sys
from pathlib import Path


def nearest_rank(sorted_values, fraction):
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def server_times(log_path, first_line, path, out_path):
    durations = []
    with open(log_path, encoding="utf-8", errors="replace") as log:
        for number, line in enumerate(log, start=1):
            if number < first_line or not line.startswith("{"):
                continue
            entry = json.loads(line)
            if entry.get("path") == path and entry.get("status") == 200:
                durations.append(float(entry["duration_ms"]))
    durations.sort()
    if not durations:
        sys.exit(f"no {path} requests with status 200 in {log_path} from line {first_line}")
    summary = {
        "count": len(durations),
        "min_ms": durations[0],
        "median_ms": nearest_rank(durations, 0.5),
        "p95_ms": nearest_rank(durations, 0.95),
        "max_ms": durations[-1],
        "total_ms": sum(durations),
    }
    Path(out_path).write_text(json.dumps(summary) + "\n", encoding="utf-8")


def load(results, name):
    path = Path(results) / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def table(results):
    push = load(results, "push")
    push_server = load(results, "push-server")
    # pull-small has as many rows as pouchdb has documents; pull-large is FitFlow only.
    pulls = [(load(results, "pull-small"), load(results, "pull-small-server"), True, "owner"),
             (load(results, "pull-large"), load(results, "pull-large-server"), False, "owner"),
             (load(results, "pull-trainer"), load(results, "pull-trainer-server"), False,
              "trainer")]
    idle = load(results, "nothing-new")
    idle_server = load(results, "nothing-new-server")
    pouch = load(results, "pouchdb")

    rows = []

    def row(what, fitflow, pouchdb="", ratio=""):
        rows.append((what, fitflow, pouchdb, ratio))

    def ratio(pouch_seconds, fitflow_seconds):
        # Time ratio: above 1 means FitFlow was faster.
        return f"{pouch_seconds / fitflow_seconds:.2g}x" if fitflow_seconds > 0 else ""

    if push:
        n = push["mutations"]
        row(f"Push {n:,} mutations, 200/batch ({push['batches']} batches)",
            f"{push['push_s']:.2f} s ({push['mutations_per_s']:,.0f}/s)",
            f"{pouch['replicate_push_s']:.2f} s (replicate)" if pouch else "",
            ratio(pouch["replicate_push_s"], push["push_s"]) if pouch else "")
        if pouch:
            row("  pouchdb raw _bulk_docs, 200/batch (no client store)", "",
                f"{pouch['bulk_docs_push_s']:.2f} s", ratio(pouch["bulk_docs_push_s"], push["push_s"]))
        if push_server:
            row("  server time per push batch, median / p95",
                f"{push_server['median_ms']:.1f} / {push_server['p95_ms']:.1f} ms")
        row(f"  local writes of the {n:,} records (row + outbox)", f"{push['local_write_s']:.2f} s")
    for pull, pull_server, compared, role in pulls:
        if not pull:
            continue
        same = bool(pouch) and compared
        row(f"Initial pull {pull['rows']:,} rows into an encrypted store, {role} ({pull['pages']} pages)",
            f"{pull['pull_s']:.2f} s ({pull['rows_per_s']:,.0f} rows/s)",
            f"{pouch['replicate_pull_s']:.2f} s (replicate)" if same else "",
            ratio(pouch["replicate_pull_s"], pull["pull_s"]) if same else "")
        if pull_server:
            row("  server time per page, median / p95 (sum over the pull)",
                f"{pull_server['median_ms']:.1f} / {pull_server['p95_ms']:.1f} ms "
                f"({pull_server['total_ms'] / 1000:.2f} s)")
        row("  client RSS after page 1 / 10% / 50% / last",
            " / ".join(mib(pull[k]) for k in ("rss_after_first_page_kib", "rss_at_10pct_pages_kib",
                                               "rss_at_50pct_pages_kib", "rss_after_last_page_kib")))
        row("  client peak RSS growth during the pull", mib(pull["peak_growth_kib"]),
            mib(pouch["pull_rss_growth_kib"]) + " (RSS growth)" if same else "")
    if idle_server:
        row(f"Nothing-new pull, server time, median / p95 ({idle_server['count']} requests)",
            f"{idle_server['median_ms']:.2f} / {idle_server['p95_ms']:.2f} ms")
    if idle:
        request = idle["pull_request"]
        round_ = idle["sync_round"]
        row("  same, client HTTP time (new TLS connection each), median / p95",
            f"{request['median_ms']:.1f} / {request['p95_ms']:.1f} ms")
        row(f"  whole syncOnce round with nothing new, median of {round_['count']}",
            f"{round_['median_ms']:.1f} ms",
            f"{pouch['nothing_new_median_ms']:.1f} ms (replicate)" if pouch else "",
            ratio(pouch["nothing_new_median_ms"] / 1000, round_["median_ms"] / 1000) if pouch else "")

    headers = ("Measurement", "FitFlow", "pouchdb-server", "PouchDB / FitFlow")
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(4)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))


def main(argv):
    if len(argv) == 6 and argv[1] == "server-times":
        server_times(argv[2], int(argv[3]), argv[4], argv[5])
    elif len(argv) == 3 and argv[1] == "table":
        table(argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
