package dev.fleetscope.cost.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One UTC day's exact cost (the rows whose ChargePeriodStart falls on it), in the store's currency.
 */
public record DailyCost(LocalDate day, BigDecimal cost) {}
