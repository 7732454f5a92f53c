package dev.fleetscope.model.serving;

import java.util.List;

/** The model servers Fleetscope recognises by the metrics they export. */
public enum ServerKind {
  /** vLLM's OpenAI-compatible server ({@code vllm:} metrics, labelled {@code model_name}). */
  VLLM("vllm", "vLLM"),
  /** NVIDIA Triton Inference Server ({@code nv_inference_*}, labelled {@code model}). */
  TRITON("triton", "Triton"),
  /** Hugging Face Text Generation Inference ({@code tgi_*}, one model per server, unlabelled). */
  TGI("tgi", "TGI"),
  /**
   * Any server instrumented with OpenTelemetry's HTTP server metrics, labelled with a model label.
   */
  OTEL("otel", "OpenTelemetry");

  private final String id;
  private final String displayName;

  ServerKind(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** {@code vllm}, {@code triton}, {@code tgi} or {@code otel}: the form in JSON and on the CLI. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** What servers of this kind never export, as a model's problems say it. */
  public List<String> gaps() {
    return switch (this) {
      case TRITON ->
          List.of(
              "no latency percentiles: Triton counts cumulative request durations only, so the"
                  + " mean latency is shown instead");
      case TGI -> List.of("no time to first token: TGI does not export it");
      case VLLM, OTEL -> List.of();
    };
  }
}
