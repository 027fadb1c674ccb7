#!/usr/bin/env python3
"""Table operations per event from Azurite's --debug log (stdin), by table and kind.

Usage: ... | table-operations.py <events processed>
A request is one round trip: a batch transaction counts once whatever it holds. Creating tables and listing the
poison table (the bench polls /api/status) are not per-event work and are shown apart.
"""
import re
import sys
from collections import Counter
from urllib.parse import unquote

events = int(sys.argv[1])
request = re.compile(r"TableStorageContextMiddleware: RequestMethod=(\w+) RequestURL=\S+?/devstoreaccount1/([^ ?]*)")
ops = Counter()
for line in sys.stdin:
    match = request.search(line)
    if not match:
        continue
    method, path = match.group(1), unquote(match.group(2))
    table = re.split(r"[(]", path, maxsplit=1)[0].removeprefix("bench")
    if table == "Tables" or "Poison" in table:
        ops[("(not per event)", f"{method} {table}")] += 1
        continue
    if table == "$batch":
        kind = "batch"
    elif method == "GET":
        kind = "read" if "RowKey=" in path else "query"
    elif method == "POST":
        kind = "insert"
    elif method == "PUT":
        kind = "conditional replace" if re.search(r'"if-match":"W/', line) else "upsert"
    elif method in ("PATCH", "MERGE"):
        kind = "merge"
    else:
        kind = method.lower()
    ops[(table, kind)] += 1

per_event = {key: n for key, n in ops.items() if key[0] != "(not per event)"}
print(f"events_processed={events} table_requests={sum(per_event.values())} per_event={sum(per_event.values()) / events:.2f}")
for table in sorted({t for t, _ in per_event}):
    kinds = {k: n for (t, k), n in per_event.items() if t == table}
    detail = ", ".join(f"{k} {n / events:.2f}" for k, n in sorted(kinds.items()))
    print(f"  {table:<24} {sum(kinds.values()) / events:5.2f}  ({detail})")
for (_, what), n in sorted((k, n) for k, n in ops.items() if k[0] == "(not per event)"):
    print(f"  not per event: {what} x{n}")
