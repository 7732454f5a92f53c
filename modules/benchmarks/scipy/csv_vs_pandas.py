"""Side by side, in one run: `fleetscope recommend --samples` against pandas on 5 M rows, and `fleetscope drift
--reference --current` against pandas + SciPy on 1 M + 1 M rows. Every run is a whole process timed from the
outside (the JVM's start, the interpreter's start and imports included); the runs alternate so that both sides
see the same machine load. Prints the median of RUNS wall times, peak RSS and the speed-up, as a Markdown table.

    /usr/bin/python3 modules/benchmarks/scipy/csv_vs_pandas.py [DATA_DIR] [RUNS]

DATA_DIR (default target/csv-bench under this module) receives the CSV files on the first run (generate_csv.py).
`./fleetscope` is run from the repository root; it builds the launcher jar first if the sources changed, so run
it once before measuring.
"""
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
PYTHON = sys.executable


def timed(command):
    """Wall seconds and peak RSS (MB) of one process; its output is dropped, a failure stops the run."""
    with tempfile.NamedTemporaryFile("r") as stats:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", stats.name] + command, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
        seconds, kilobytes = stats.read().split()[-2:]
        return float(seconds), int(kilobytes) / 1024


def main():
    data = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "..", "target", "csv-bench")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    subprocess.run([PYTHON, os.path.join(HERE, "generate_csv.py"), data], check=True)
    samples = os.path.join(data, "samples-5m.csv")
    ref = os.path.join(data, "drift-reference-1m.csv")
    cur = os.path.join(data, "drift-current-1m.csv")
    rows = [
        ("recommend --samples, 5 M rows",
         ["./fleetscope", "recommend", "--samples", samples],
         [PYTHON, os.path.join(HERE, "recommend_pandas.py"), samples], "pandas read_csv + groupby().quantile()"),
        ("drift --reference --current, 1 M + 1 M rows",
         ["./fleetscope", "drift", "--reference", ref, "--current", cur],
         [PYTHON, os.path.join(HERE, "drift_pandas.py"), ref, cur], "pandas read_csv + SciPy"),
    ]
    print(f"| command | fleetscope (median of {runs}) | peer (median of {runs}) | speed-up |")
    print("|---|---|---|---|")
    for title, ours, peer, peer_name in rows:
        mine, theirs = [], []
        for _ in range(runs):
            mine.append(timed(ours))
            theirs.append(timed(peer))
        m = statistics.median(s for s, _ in mine)
        t = statistics.median(s for s, _ in theirs)
        print(f"| `{title}` | {m:.2f} s, peak RSS {max(r for _, r in mine):.0f} MB "
              f"| {peer_name}: {t:.2f} s, peak RSS {max(r for _, r in theirs):.0f} MB | {t / m:.1f}× |",
              flush=True)
        print(f"<!-- fleetscope runs {[s for s, _ in mine]}, peer runs {[s for s, _ in theirs]} -->", flush=True)


if __name__ == "__main__":
    main()
