"""Writes the CSV files csv_vs_pandas.py compares on, once (a file already there is kept):

- samples-5m.csv: what `recommend --samples` reads, the layout of GenerateSampleCsv (500 containers, one row a
  minute, time-major so that no container's rows are together; requests and limits as Kubernetes quantities);
- drift-reference-1m.csv, drift-current-1m.csv: 1,000,000 rows each of 8 numerical and 2 categorical columns, the
  current window shifted and rescaled a little.

    /usr/bin/python3 modules/benchmarks/scipy/generate_csv.py DIR [SAMPLE_ROWS] [DRIFT_ROWS]
"""
import os
import sys

import numpy as np
import pandas as pd


def samples(path, rows, containers=500):
    rng = np.random.default_rng(7)
    cpu_base = 0.05 + 2 * rng.random(containers)
    memory_base = (100 + 4000 * rng.random(containers)) * (1 << 20)
    row = np.arange(rows, dtype=np.int64)
    c = row % containers
    minute = row // containers
    day = np.sin(2 * np.pi * (minute % 1440) / 1440.0) * 0.3 + 1
    cpu = cpu_base[c] * day * np.exp(0.2 * rng.standard_normal(rows))
    memory = (memory_base[c] * (1 + 0.02 * rng.standard_normal(rows))).astype(np.int64)
    names = np.array([f"bench/ns-{k % 20}/deploy-{k}/app" for k in range(containers)])
    frame = pd.DataFrame({
        "container": names[c],
        "timestamp": 1_700_006_400 + 60 * minute,
        "cpu_cores": np.round(cpu, 4),
        "memory_bytes": memory,
        "cpu_request": "2",
        "memory_request": "4Gi",
        "cpu_limit": "",
        "memory_limit": "4Gi",
    })
    frame.to_csv(path, index=False, float_format="%.4f")


def drift_window(path, rows, seed, shift, scale):
    rng = np.random.default_rng(seed)
    columns = {}
    for j in range(8):
        columns[f"feature_{j}"] = np.round(rng.normal(10 * j + shift * j, scale * (1 + j), rows), 6)
    columns["region"] = rng.choice(["eu-west", "us-east", "ap-south", "sa-east"], rows, p=[0.4, 0.3, 0.2, 0.1])
    columns["plan"] = rng.choice([f"plan-{k}" for k in range(12)], rows)
    pd.DataFrame(columns).to_csv(path, index=False)


def main():
    out = sys.argv[1]
    sample_rows = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000_000
    drift_rows = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    os.makedirs(out, exist_ok=True)
    jobs = [
        ("samples-5m.csv", lambda p: samples(p, sample_rows)),
        ("drift-reference-1m.csv", lambda p: drift_window(p, drift_rows, 1, 0.0, 1.0)),
        ("drift-current-1m.csv", lambda p: drift_window(p, drift_rows, 2, 0.05, 1.1)),
    ]
    for name, write in jobs:
        path = os.path.join(out, name)
        if not os.path.exists(path):
            print(f"writing {path}", file=sys.stderr)
            write(path + ".part")
            os.replace(path + ".part", path)


if __name__ == "__main__":
    main()
