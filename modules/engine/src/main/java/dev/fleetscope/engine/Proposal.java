package dev.fleetscope.engine;

/** What a strategy proposes for one container, and the one-line reason a person reads beside it. */
public record Proposal(Sizing sizing, String reason) {}
