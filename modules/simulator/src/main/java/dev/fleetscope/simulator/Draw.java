package dev.fleetscope.simulator;

import java.util.SplittableRandom;

/**
 * Seeded draws for the fleet's shape: sizes spread the way real ones are (log-uniform), names, ids.
 */
final class Draw {
  private static final String KUBE_SAFE = "bcdfghjklmnpqrstvwxz2456789";
  private final SplittableRandom rng;

  Draw(long seed) {
    this.rng = new SplittableRandom(seed);
  }

  double uniform(double from, double to) {
    return from + (to - from) * rng.nextDouble();
  }

  /** Log-uniform: as many workloads between 100m and 1 core as between 1 and 10 cores. */
  double logUniform(double from, double to) {
    return Math.exp(uniform(Math.log(from), Math.log(to)));
  }

  int between(int from, int toInclusive) {
    return rng.nextInt(from, toInclusive + 1);
  }

  boolean chance(double probability) {
    return rng.nextDouble() < probability;
  }

  long nextLong() {
    return rng.nextLong();
  }

  /** A suffix as Kubernetes generates for pod and ReplicaSet names. */
  String kubeSuffix(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(KUBE_SAFE.charAt(rng.nextInt(KUBE_SAFE.length())));
    }
    return s.toString();
  }

  String hex(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(Character.forDigit(rng.nextInt(16), 16));
    }
    return s.toString();
  }
}
