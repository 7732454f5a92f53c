package dev.fleetscope.alerts;

/** What makes an alert one: its rule and its subject. */
public record AlertKey(String ruleId, String subjectKey) {}
