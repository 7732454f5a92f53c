"""The pandas peer of `fleetscope recommend --samples FILE`: read the samples CSV and take per-container
quantiles of CPU and memory (pandas.read_csv + groupby().quantile()), the core of KRR's simple strategy.
Timed from the outside as a whole process (interpreter start and imports included, as the JVM's start is).

    /usr/bin/python3 modules/benchmarks/scipy/recommend_pandas.py samples.csv
"""
import sys

import pandas as pd

frame = pd.read_csv(sys.argv[1], usecols=["container", "timestamp", "cpu_cores", "memory_bytes"])
quantiles = frame.groupby("container")[["cpu_cores", "memory_bytes"]].quantile(0.95)
print(f"{len(quantiles)} containers from {len(frame)} rows")
