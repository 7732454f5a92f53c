package dev.fleetscope.simulator.inference;

/** One logged request: when it came, its features, the model's score and the score's band. */
record Request(
    long epochSecond,
    double latencyMs,
    double basketValue,
    int items,
    double accountAgeDays,
    String country,
    String device,
    double score,
    String prediction) {}
