package dev.fleetscope.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkloadStateTest {
  private static final WorkloadRef REF =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving");
  private static final ContainerResources OLD =
      new ContainerResources(Map.of("cpu", "1"), Map.of("cpu", "2"));
  private static final ContainerResources NEW =
      OLD.withRequest("cpu", Optional.of("250m")).withLimit("cpu", Optional.empty());
  private static final WorkloadChange CHANGE =
      new WorkloadChange(REF, List.of(new ContainerChange("api", OLD, NEW)));

  @Test
  void settingAndRemovingValuesKeepsTheRest() {
    assertEquals(new ContainerResources(Map.of("cpu", "250m"), Map.of()), NEW);
    assertEquals(
        new WorkloadChange(REF, List.of(new ContainerChange("api", NEW, OLD))), CHANGE.reversed());
  }

  @Test
  void aRolloutIsJudgedByTheTemplateAndAnInPlaceResizeByEveryPod() {
    var state =
        new WorkloadState(
            REF,
            Map.of("api", OLD),
            2,
            Map.of("serving-a", Map.of("api", NEW), "serving-b", Map.of("api", NEW)),
            Optional.empty(),
            List.of(),
            false);
    assertTrue(state.holds(CHANGE, ApplyMethod.ROLLOUT, false));
    assertFalse(state.holds(CHANGE, ApplyMethod.ROLLOUT, true));
    assertTrue(state.holds(CHANGE, ApplyMethod.IN_PLACE, true));
    var halfResized =
        new WorkloadState(
            REF,
            Map.of("api", OLD),
            2,
            Map.of("serving-a", Map.of("api", NEW), "serving-b", Map.of("api", OLD)),
            Optional.empty(),
            List.of(),
            false);
    assertFalse(halfResized.holds(CHANGE, ApplyMethod.IN_PLACE, true));
    assertFalse(halfResized.holds(CHANGE, ApplyMethod.IN_PLACE, false));
  }
}
