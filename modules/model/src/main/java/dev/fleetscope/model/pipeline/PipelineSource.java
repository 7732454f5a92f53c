package dev.fleetscope.model.pipeline;

import dev.fleetscope.model.poll.PolledSource;
import java.util.List;

/**
 * Anything that reports pipeline runs: an Airflow, a Kubeflow Pipelines, an Argo Workflows, the
 * demo fleet.
 *
 * <p>{@link #poll()} may block on I/O; it runs on a thread of its own, never on the FX thread. A
 * source may fetch only what changed since its last poll, but each poll returns every run it knows
 * within its history window, so a caller can replace what it had.
 */
public interface PipelineSource extends PolledSource<List<PipelineRun>> {
  /** Stable id, unique among the sources; runs carry it as {@link PipelineRun#source()}. */
  @Override
  String id();

  /**
   * The runs known now. Throws with a message a person understands, naming the source, when it
   * cannot.
   */
  @Override
  List<PipelineRun> poll() throws Exception;
}
