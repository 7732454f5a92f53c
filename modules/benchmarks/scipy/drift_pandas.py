"""The pandas + SciPy peer of `fleetscope drift --reference REF --current CUR`: both CSV files read with
pandas.read_csv, then what Evidently's default data drift preset computes on windows this large: normed
Wasserstein distance for numerical columns, Jensen-Shannon distance of value shares for categorical ones (the
same functions as drift_report_scipy.py). Timed from the outside as a whole process.

    /usr/bin/python3 modules/benchmarks/scipy/drift_pandas.py reference.csv current.csv
"""
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])
scores = {}
for name in reference.columns:
    ref, cur = reference[name], current[name]
    if pd.api.types.is_numeric_dtype(ref) and ref.nunique() > 5:
        r, c = ref.dropna().to_numpy(), cur.dropna().to_numpy()
        scores[name] = stats.wasserstein_distance(r, c) / max(np.std(r), 0.001)
    else:
        keys = sorted(set(ref.dropna().unique()) | set(cur.dropna().unique()))
        r = ref.value_counts(normalize=True).reindex(keys, fill_value=0)
        c = cur.value_counts(normalize=True).reindex(keys, fill_value=0)
        scores[name] = distance.jensenshannon(r.to_numpy(), c.to_numpy())
print(f"{len(scores)} columns compared over {len(reference)} + {len(current)} rows")
