package dev.fleetscope.cost.allocation;

import java.util.Optional;

/** The cluster, and the node when it can be told, that a billing row's resource belongs to. */
public record BillingTarget(String cluster, Optional<String> node) {}
