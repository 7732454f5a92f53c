package dev.fleetscope.engine;

import java.util.Currency;

/**
 * Requested capacity a proposal gives back, over all replicas (negative when it asks for more), and
 * what that is worth per month.
 */
public record Savings(double cores, long bytes, double gpus, double perMonth, Currency currency) {}
