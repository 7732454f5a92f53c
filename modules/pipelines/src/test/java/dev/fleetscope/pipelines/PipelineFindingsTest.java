package dev.fleetscope.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.pipelines.http.SourceException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link PipelineAnswersFuzzTest}: an Airflow run that ends before it starts escaped as
 * the model's {@link IllegalArgumentException}; answers are now checked with their context.
 */
class PipelineFindingsTest {
  @Test
  void aValueTheModelRefusesBecomesTheSourcesErrorWithItsContext() {
    Supplier<Object> refusing =
        () -> {
          throw new IllegalArgumentException(
              "run r of d ends (2026-11-23T07:05:00Z) before it starts");
        };
    SourceException e =
        assertThrows(
            SourceException.class,
            () -> JsonFields.checked("Airflow prod: dag run r of d", refusing));
    assertEquals(
        "Airflow prod: dag run r of d: run r of d ends (2026-11-23T07:05:00Z) before it starts",
        e.getMessage());
  }
}
