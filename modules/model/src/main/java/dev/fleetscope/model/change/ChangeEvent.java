package dev.fleetscope.model.change;

import java.time.Instant;

/**
 * One state a change entered, when, and why (the server's answer, the rollout's end, the
 * reconciliation).
 */
public record ChangeEvent(ChangeState state, Instant at, String detail) {}
