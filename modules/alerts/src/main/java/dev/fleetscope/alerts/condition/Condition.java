package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.alerts.input.AlertInputs;
import java.time.Instant;
import java.util.List;

/** Measures one kind of rule over the inputs: one measurement per subject it can judge. */
public interface Condition {
  /** Called only when the inputs know the kind's {@link RuleKind#input() input group}. */
  List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now);

  static Condition of(RuleKind kind) {
    return switch (kind) {
      case DATASET_DRIFT -> new DatasetDrift();
      case PIPELINE_FAILED -> new PipelineFailed();
      case PIPELINE_SLOW -> new PipelineSlow();
      case OOM_KILLS -> new OomKilled();
      case CPU_THROTTLING -> new CpuThrottled();
      case GPU_IDLE -> new GpuIdle();
      case COST_OVER_FORECAST -> new CostOverForecast();
      case SOURCE_UNHEALTHY -> new SourceUnhealthy();
    };
  }
}
