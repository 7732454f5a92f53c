package dev.fleetscope.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.alerts.RuleKind;
import org.junit.jupiter.api.Test;

class ThresholdTextTest {
  @Test
  void showsFractionsAsPercentagesAndReadsThemBack() {
    assertEquals("50", ThresholdText.format(RuleKind.DATASET_DRIFT, 0.5));
    assertEquals("12.5", ThresholdText.format(RuleKind.CPU_THROTTLING, 0.125));
    assertEquals(0.3, ThresholdText.parse(RuleKind.DATASET_DRIFT, "30"), 1e-12);
    assertEquals(0.3, ThresholdText.parse(RuleKind.DATASET_DRIFT, " 30 % "), 1e-12);
    assertEquals("%", ThresholdText.unit(RuleKind.GPU_IDLE));
  }

  @Test
  void readsOtherUnitsAsTyped() {
    assertEquals("1.5", ThresholdText.format(RuleKind.PIPELINE_SLOW, 1.5));
    assertEquals(1.5, ThresholdText.parse(RuleKind.PIPELINE_SLOW, "1.5×"));
    assertEquals(2, ThresholdText.parse(RuleKind.PIPELINE_FAILED, "2 runs"));
    assertEquals(3, ThresholdText.parse(RuleKind.OOM_KILLS, "3"));
    assertEquals(10, ThresholdText.parse(RuleKind.SOURCE_UNHEALTHY, "10 min"));
  }

  @Test
  void refusesTextAndValuesOutsideTheKindsRangeSayingWhatFits() {
    IllegalArgumentException text =
        assertThrows(
            IllegalArgumentException.class,
            () -> ThresholdText.parse(RuleKind.DATASET_DRIFT, "half"));
    assertEquals("expected a number of %, such as 50, was \"half\"", text.getMessage());
    IllegalArgumentException percent =
        assertThrows(
            IllegalArgumentException.class,
            () -> ThresholdText.parse(RuleKind.DATASET_DRIFT, "120"));
    assertEquals("expected a percentage between 0 and 100, was 120", percent.getMessage());
    IllegalArgumentException runs =
        assertThrows(
            IllegalArgumentException.class,
            () -> ThresholdText.parse(RuleKind.PIPELINE_FAILED, "0"));
    assertEquals(
        "the threshold of a pipeline-failed rule is between 1 and 1000, was 0", runs.getMessage());
  }
}
