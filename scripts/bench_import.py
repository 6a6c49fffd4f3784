"""For `make bench`: how long POST /indicator-values/import takes for a file of 10,000 rows (a dry
run, then the write, then the same file again: nothing to change), as a partner sends it.

Usage: bench_import.py URL ADMIN_TOKEN. Prints one markdown line.
"""

import json
import sys
import time
import urllib.request

URL, TOKEN = sys.argv[1].rstrip("/"), sys.argv[2]


def call(method, path, body=None, content_type="application/json"):
    req = urllib.request.Request(
        f"{URL}/api/v1{path}",
        data=body,
        method=method,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": content_type},
    )
    with urllib.request.urlopen(req, timeout=120) as res:
        return json.load(res)


code = f"BENCH_{int(time.time())}"
call("POST", "/indicators", json.dumps({"code": code, "name": "Bänkmått", "unit": "%", "better_direction": "lower", "source": "other"}).encode())
areas = [a["id"] for a in call("GET", "/areas?kind=neighbourhood&limit=100")["items"]]
rows = ["indicator_code;area_id;period;group;value;n"]
for i in range(10_000):
    area, month = areas[i % len(areas)], i // len(areas)
    rows.append(f"{code};{area};{2000 + month // 12}-{month % 12 + 1:02d};;{i % 97},5;{100 + i % 50}")
body = ("\n".join(rows) + "\n").encode()
timings = []
for query in ("?dry_run=true", "", ""):
    start = time.perf_counter()
    out = call("POST", f"/indicator-values/import{query}", body, "text/csv")
    timings.append((time.perf_counter() - start) * 1000)
    assert out["rows"] == 10_000, out
print(
    f"\n`POST /indicator-values/import`, 10,000 rows ({len(body) // 1024} kB): dry run {timings[0]:.0f} ms, "
    f"write {timings[1]:.0f} ms, the same file again {timings[2]:.0f} ms"
)
