"""SciPy 1.10 baseline for DriftReportBenchmark: the same 50 columns, the statistics Evidently's default report
runs on them (normed Wasserstein on 40 numerical columns, Jensen-Shannon on value shares of 10 categorical ones),
plus the distinct-value count Evidently uses to pick the test. Run with Debian's interpreter:

    /usr/bin/python3 modules/benchmarks/scipy/drift_report_scipy.py [rows]

It leaves out pandas and Evidently's own overhead, so it is a lower bound on Evidently's time.
"""
import sys
import time

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

MOD = 999983


def numbers(n, mult, shift):
    return (np.arange(n, dtype=np.int64) * mult % MOD) / 1000.0 + shift


def codes(n, mult, j, mod):
    return ((np.arange(n, dtype=np.int64) * mult + j) % mod % 20).astype(np.float64)


def numerical_drift(ref, cur):
    ref = ref[np.isfinite(ref)]
    cur = cur[np.isfinite(cur)]
    n_values = len(np.unique(np.concatenate([ref, cur])))
    assert n_values > 5
    return stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)


def categorical_drift(ref, cur):
    ref = ref[np.isfinite(ref)]
    cur = cur[np.isfinite(cur)]
    keys = np.union1d(ref, cur)
    rk, rc = np.unique(ref, return_counts=True)
    ck, cc = np.unique(cur, return_counts=True)
    r = np.zeros(len(keys)); r[np.searchsorted(keys, rk)] = rc / len(ref)
    c = np.zeros(len(keys)); c[np.searchsorted(keys, ck)] = cc / len(cur)
    return distance.jensenshannon(r, c)


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    ref_num = [numbers(rows, 7919 + 2 * j, 0.0) for j in range(40)]
    cur_num = [numbers(rows, 104729 + 2 * j, 0.01 * j) for j in range(40)]
    ref_cat = [codes(rows, 7, j, 20) for j in range(10)]
    cur_cat = [codes(rows, 11, j, 23) for j in range(10)]
    times = []
    cpu = []
    for _ in range(3):
        t = time.perf_counter()
        c = time.process_time()
        scores = [numerical_drift(a, b) for a, b in zip(ref_num, cur_num)]
        scores += [categorical_drift(a, b) for a, b in zip(ref_cat, cur_cat)]
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    best = min(times)
    print(f"scipy {scipy.__version__}, numpy {np.__version__}: {rows} rows x 50 columns, two windows")
    print(f"seconds per report: runs {['%.2f' % x for x in times]}, best {best:.2f}")
    print(f"CPU seconds per report: {['%.2f' % x for x in cpu]}")
    print(f"columns x rows per second: {50 * 2 * rows / best:,.0f}")
    print("first scores:", [float('%.12g' % s) for s in scores[:2]], "last:", float('%.12g' % scores[-1]))


if __name__ == "__main__":
    main()
