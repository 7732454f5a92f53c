"""Expected values for the drift module's tests, computed with SciPy 1.10 / NumPy 1.24 (Debian's python3-scipy).

Run with /usr/bin/python3 (the system interpreter that has python3-scipy 1.10.1). The Java tests hold the printed
numbers as literals next to their inputs; nothing here runs during the build. The Evidently functions below restate
what evidently/calculations/stattests/*.py and utils.get_binned_data do (Evidently itself is not installed).
"""
import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance

assert scipy.__version__.startswith("1.10"), scipy.__version__


def seq(n, mult, mod, scale, shift):
    """x_i = ((i * mult) % mod) / scale + shift for i in 0..n-1: exact in both Python and Java."""
    return np.array([((i * mult) % mod) / scale + shift for i in range(n)])


def binned(ref, cur, numerical, fill):
    """evidently.calculations.stattests.utils.get_binned_data"""
    ref = np.asarray(ref); cur = np.asarray(cur)
    if numerical and len(np.unique(ref)) > 20:
        bins = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = sorted(set(ref.tolist()) | set(cur.tolist()))
        r = np.array([np.sum(ref == k) / len(ref) for k in keys])
        c = np.array([np.sum(cur == k) / len(cur) for k in keys])
    if fill:
        for a in (r, c):
            m = min(a[a != 0])
            np.place(a, a == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return r, c


def psi(ref, cur, numerical):
    r, c = binned(ref, cur, numerical, True)
    v = 0
    for i in range(len(r)):
        v += (r[i] - c[i]) * np.log(r[i] / c[i])
    return v


def chi(ref, cur):
    keys = sorted(set(ref) | set(cur))
    k = len(cur) / len(ref)
    return stats.chisquare([cur.count(x) for x in keys], [ref.count(x) * k for x in keys])[1]


def ztest(ref, cur):
    if len(set(ref)) == 1 and len(set(cur)) == 1 and ref[0] == cur[0]:
        return 1
    key = sorted(set(ref) | set(cur))[0]
    r = [0 if x == key else 1 for x in ref]; c = [0 if x == key else 1 for x in cur]
    n1, n2 = len(r), len(c); p1 = sum(r) / n1; p2 = sum(c) / n2
    P = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2))
    return 2 * stats.norm.sf(abs(z))


def wasserstein_norm(ref, cur):
    return stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)


def show(label, value):
    print(f"{label}: {float(value)!r}")


if __name__ == "__main__":
    print("== Normal")
    for x in [-37.5, -20.0, -8.0, -1.5, -0.5, 0.0, 0.3, 1.0, 2.5, 8.3]:
        show(f"ndtr({x})", special.ndtr(x))
    print("== ChiSquared.sf(x, df)")
    for x, df in [(0.5, 1), (2.2, 2), (3.84, 1), (10.0, 3), (400.0, 5), (1e4, 3), (95.0, 100), (110.0, 100),
                  (4900.0, 5000), (5150.0, 5000), (0.001, 1), (1.0, 4)]:
        show(f"chi2.sf({x}, {df})", stats.chi2.sf(x, df))
    print("== kstwo.sf(x, n)")
    for n, x in [(5, 0.15), (5, 0.19), (5, 0.9), (10, 0.6), (40, 0.1), (40, 0.25), (100, 0.35), (1000, 0.02),
                 (1000, 0.05), (1000, 0.0005), (1000, 0.0009), (200000, 0.002), (200000, 0.004), (500000, 0.003),
                 (2000000, 0.001), (1000, 0.7)]:
        show(f"kstwo.sf({x}, {n})", stats.kstwo.sf(x, n))
    print("== ks_2samp")
    small = [
        ([1.0], [2.0]),
        ([1.0], [1.0]),
        ([1.0, 2.0], [1.5, 2.5]),
        ([0.1, 0.2, 0.3, 0.4, 0.5], [0.35, 0.45, 0.55, 0.65, 0.75]),
        ([1.0, 1.0, 2.0, 2.0, 3.0], [2.0, 3.0, 3.0, 3.0]),
        ([3.1, 0.5, 2.2, 1.7, 4.8, 2.9, 0.1], [5.5, 6.1, 4.9, 7.2, 5.0, 6.6, 8.1, 5.9, 6.0, 7.7, 4.4]),
    ]
    for a, b in small:
        r = stats.ks_2samp(a, b)
        print(f"ks_2samp({a}, {b}) = {float(r.statistic)!r}, {float(r.pvalue)!r}")
    for name, a, b in [
        ("seq(1000,7919,10007,1000,0) vs seq(10000,104729,100003,10000,0.05)",
         seq(1000, 7919, 10007, 1000, 0), seq(10000, 104729, 100003, 10000, 0.05)),
        ("seq(3000,7919,10007,1000,0) vs seq(3000,104729,100003,10000,0.1)",
         seq(3000, 7919, 10007, 1000, 0), seq(3000, 104729, 100003, 10000, 0.1)),
        ("seq(800,7919,10007,1000,0) vs seq(200000,104729,100003,10000,0.2)",
         seq(800, 7919, 10007, 1000, 0), seq(200000, 104729, 100003, 10000, 0.2)),
        ("seq(50000,7919,10007,1000,0) vs seq(60000,104729,100003,10000,0.01)",
         seq(50000, 7919, 10007, 1000, 0), seq(60000, 104729, 100003, 10000, 0.01)),
        ("seq(50000,7919,10007,1000,0) vs seq(60000,104729,100003,10000,0.05)",
         seq(50000, 7919, 10007, 1000, 0), seq(60000, 104729, 100003, 10000, 0.05)),
        ("seq(50000,7919,10007,1000,0) vs seq(60000,104729,100003,10000,0.12)",
         seq(50000, 7919, 10007, 1000, 0), seq(60000, 104729, 100003, 10000, 0.12)),
    ]:
        r = stats.ks_2samp(a, b)
        print(f"ks_2samp {name} = {float(r.statistic)!r}, {float(r.pvalue)!r}")
    print("== wasserstein_distance")
    show("wd([0,1,3],[5,6,8])", stats.wasserstein_distance([0, 1, 3], [5, 6, 8]))
    show("wd([1,1,2],[1,2,2,2])", stats.wasserstein_distance([1, 1, 2], [1, 2, 2, 2]))
    a, b = seq(100000, 7919, 10007, 1000, 0), seq(120000, 104729, 100003, 10000, 0.3)
    show("wd(seq(100000,7919,10007,1000,0), seq(120000,104729,100003,10000,0.3))", stats.wasserstein_distance(a, b))
    show("   normed by np.std(ref)", wasserstein_norm(a, b))
    print("== jensenshannon / entropy")
    show("js([0.5,0.5,0],[0,0.1,0.9])", distance.jensenshannon([0.5, 0.5, 0], [0, 0.1, 0.9]))
    show("js([1,0],[0,1])", distance.jensenshannon([1, 0], [0, 1]))
    show("js([0.2,0.3,0.5],[0.2,0.3,0.5])", distance.jensenshannon([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]))
    show("entropy([0.25,0.75],[0.5,0.5])", stats.entropy([0.25, 0.75], [0.5, 0.5]))
    print("== histogram_bin_edges sturges")
    for data in [seq(1000, 7919, 10007, 1000, 0), seq(1024, 7919, 10007, 1000, 0), np.array([0.0, 1.0, 1.0, 3.0])]:
        e = np.histogram_bin_edges(data, bins="sturges")
        print(len(data), "edges", len(e), [float(x) for x in e[:3]], float(e[-1]), np.histogram(data, e)[0].tolist())
    print("== Evidently column tests")
    ref = ["a"] * 6 + ["b"] * 3 + ["c"] * 1
    cur = ["a"] * 3 + ["b"] * 4 + ["c"] * 2 + ["d"] * 1
    show("chisquare a6 b3 c1 vs a3 b4 c2 d1 (d only current)", chi(ref, cur))
    show("chisquare a6 b3 c1 vs a5 b3 c2", chi(ref, ["a"] * 5 + ["b"] * 3 + ["c"] * 2))
    show("z x40 y60 vs x55 y45", ztest(["x"] * 40 + ["y"] * 60, ["x"] * 55 + ["y"] * 45))
    show("z x40 y60 vs x40 y60", ztest(["x"] * 40 + ["y"] * 60, ["x"] * 40 + ["y"] * 60))
    show("z 1.0 x 3 vs 2.0 x 4", ztest([1.0] * 3, [2.0] * 4))
    ref_num = seq(1500, 7919, 10007, 1000, 0); cur_num = seq(1200, 104729, 100003, 10000, 0.4)
    show("psi numeric seq(1500..) vs seq(1200..,0.4)", psi(ref_num, cur_num, True))
    r, c = binned(ref_num, cur_num, True, False)
    show("js numeric seq(1500..) vs seq(1200..,0.4)", distance.jensenshannon(r, c))
    show("wasserstein normed same", wasserstein_norm(ref_num, cur_num))
    r, c = binned(ref_num, cur_num, True, True)
    show("kl numeric same", stats.entropy(r, c))
    cats_ref = ["a"] * 700 + ["b"] * 300 + ["c"] * 1 + ["e"] * 1999
    cats_cur = ["a"] * 900 + ["b"] * 90 + ["d"] * 10 + ["e"] * 1000
    show("psi cat a700 b300 c1 e1999 vs a900 b90 d10 e1000", psi(cats_ref, cats_cur, False))
    r, c = binned(cats_ref, cats_cur, False, False)
    show("js cat same", distance.jensenshannon(r, c))
    ref5 = [float(i % 5) for i in range(2000)]; cur5 = [float(i % 4) for i in range(2000)]
    r, c = binned(ref5, cur5, True, False)
    show("js numeric i%5 (2000) vs i%4 (2000)", distance.jensenshannon(r, c))
    ks_ref = [float((i * 37) % 101) for i in range(600)]; ks_cur = [float((i * 41) % 97) + 3 for i in range(700)]
    show("ks p (i*37)%101 x600 vs (i*41)%97+3 x700", stats.ks_2samp(ks_ref, ks_cur).pvalue)
    show("hellinger cat a6 b3 c1 vs a3 b4 c2 d1",
         np.sqrt(1 - min(1, sum(np.sqrt((ref.count(k) / 10) * (cur.count(k) / 10)) for k in "abcd"))))
    ref = ["a"] * 19999 + ["b"]; cur = ["a"] * 10000 + ["c"] * 5
    show("psi a19999 b1 vs a10000 c5 (fill min/1e6 on reference)", psi(ref, cur, False))
    show("z [1.0] vs [2.0]", ztest([1.0], [2.0]))
    show("z [1.0, 2.0] vs [2.0, 2.0]", ztest([1.0, 2.0], [2.0, 2.0]))
    show("ks p [0.5,1.5,2.5,3.5,4.5,5.5] vs [2,3,4,5,6,7,8]", stats.ks_2samp([0.5, 1.5, 2.5, 3.5, 4.5, 5.5],
                                                                            [2, 3, 4, 5, 6, 7, 8]).pvalue)
    ref3 = [float(i % 3) for i in range(1500)]; cur3 = [float((i % 7) % 3) for i in range(1400)]
    r, c = binned(ref3, cur3, False, False)
    show("js categorical-declared i%3 x1500 vs (i%7)%3 x1400", distance.jensenshannon(r, c))
