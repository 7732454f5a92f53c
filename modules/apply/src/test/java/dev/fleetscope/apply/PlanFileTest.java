package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {
  @Test
  void readsTheRecommendOutputShapeIncludingANullCpuLimit() throws Exception {
    String json =
        """
        {"recommendations":[{"container":"prod/ml/serving/api",
          "cpu":{"request":0.25,"limit":null},"memory":{"request":536870912,"limit":536870912},
          "replay":{"cpuThrottledShare":0.0},"confidence":0.9,"reason":"steady"}]}
        """;
    List<PlannedSizing> recs = PlanFile.parse(new StringReader(json), "PLAN.json");
    assertEquals(
        List.of(
            new PlannedSizing(
                new ContainerTarget("prod", "ml", "serving", "api"),
                0.25,
                OptionalDouble.empty(),
                536870912,
                OptionalDouble.of(536870912))),
        recs);
  }

  @Test
  void namesLineAndColumnOfANegativeMemoryRequest() {
    // the position named is the end of the offending recommendation object
    String json =
        """
        {"recommendations":[
          {"container":"prod/ml/serving/api","cpu":{"request":0.25},"memory":{"request":-1,"limit":1}}
        ]}
        """;
    var e =
        assertThrows(
            PlanFile.PlanException.class,
            () -> PlanFile.parse(new StringReader(json), "PLAN.json"));
    assertEquals(
        "PLAN.json line 2, column 94: prod/ml/serving/api: memory request must be a positive number, was -1.0",
        e.getMessage());
  }

  @Test
  void refusesAContainerIdWithoutFourParts() {
    String json =
        "{\"recommendations\":[{\"container\":\"ml/serving/api\",\"cpu\":{\"request\":1},\"memory\":{\"request\":1}}]}";
    var e =
        assertThrows(
            PlanFile.PlanException.class, () -> PlanFile.parse(new StringReader(json), "p.json"));
    assertEquals(
        "p.json line 1, column 93: container id 'ml/serving/api' is not of the form cluster/namespace/owner/container",
        e.getMessage());
  }

  @Test
  void saysWhatIsMissingWhenThereIsNoRecommendationsArray() {
    var e =
        assertThrows(
            PlanFile.PlanException.class, () -> PlanFile.parse(new StringReader("{}"), "p.json"));
    assertEquals(
        "p.json: no \"recommendations\" array (expected the output of recommend --format json)",
        e.getMessage());
  }

  @Test
  void refusesANullRecommendationInsteadOfFailingWithANullPointer() {
    var e =
        assertThrows(
            PlanFile.PlanException.class,
            () -> PlanFile.parse(new StringReader("{\"recommendations\":[null]}"), "p.json"));
    assertEquals(
        "p.json: recommendation 1 is null, not an object with a container", e.getMessage());
  }

  @Test
  void refusesAFileThatIsNotUtf8InsteadOfFailingToRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("PLAN.json");
    Files.write(file, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    var e = assertThrows(PlanFile.PlanException.class, () -> PlanFile.read(file));
    assertEquals(file + ": not UTF-8 text", e.getMessage());
  }
}
