package dev.fleetscope.model.serving;

/** Tokens an LLM server processed per second over a window: prompt (prefill) and generated. */
public record TokenRates(double promptPerSecond, double generationPerSecond) {
  public TokenRates {
    if (!(promptPerSecond >= 0) || !(generationPerSecond >= 0)) {
      throw new IllegalArgumentException(
          "token rates are non-negative, were " + promptPerSecond + ", " + generationPerSecond);
    }
  }
}
