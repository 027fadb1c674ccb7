#!/usr/bin/env python3
"""Table operations per event from Azurite's --debug log (stdin), by table and kind.

Usage: ... | table-operations.py <events processed>
A request is one round trip: a batch transaction counts once, under the table it writes, whatever it holds (the
rows it holds are shown beside). Creating tables and listing the poison table (the bench polls /api/status) are
not per-event work and are shown apart.
"""
import re
import sys
from collections import Counter
from urllib.parse import unquote

events = int(sys.argv[1])
request = re.compile(r"TableStorageContextMiddleware: RequestMethod=(\w+) RequestURL=\S+?/devstoreaccount1/([^ ?]*)")
# A batch's body names its table in every action: "PUT http://host/devstoreaccount1/<table>(...) HTTP/1.1".
batch_action = re.compile(r"(?:POST|PUT|PATCH|MERGE|DELETE) \S+?/devstoreaccount1/(\w+)")
ops = Counter()
batched_rows = Counter()
for line in sys.stdin:
    if "TableHandler:batch() Raw request string" in line:
        tables = batch_action.findall(line)
        table = tables[0].removeprefix("bench")
        ops[(table, "batch")] += 1
        batched_rows[table] += len(tables)
        continue
    match = request.search(line)
    if not match:
        continue
    method, path = match.group(1), unquote(match.group(2))
    table = re.split(r"[(]", path, maxsplit=1)[0].removeprefix("bench")
    if table == "$batch":
        continue
    if table == "Tables" or "Poison" in table:
        ops[("(not per event)", f"{method} {table}")] += 1
        continue
    if method == "GET":
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
    if table in batched_rows:
        detail += f"; {batched_rows[table] / kinds['batch']:.1f} rows a batch"
    print(f"  {table:<24} {sum(kinds.values()) / events:5.2f}  ({detail})")
for (_, what), n in sorted((k, n) for k, n in ops.items() if k[0] == "(not per event)"):
    print(f"  not per event: {what} x{n}")
