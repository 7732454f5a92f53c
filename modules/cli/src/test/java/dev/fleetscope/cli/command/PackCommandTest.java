package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandTest {
  private static final String POD_HEADER = "pod,cpu,memory_bytes,gpus,gpu_model,zone\n";
  private static final String TYPE_HEADER =
      "name,cpu,memory_bytes,gpus,gpu_model,max_pods,price_per_hour,zone\n";

  @TempDir Path dir;

  @Test
  void packsPodsOntoTheCheapestNodesAndPrintsTheIssuesJsonShape() throws Exception {
    // three 2-core pods: one 8-core node at 0.30 beats two 4-core nodes at 0.20 each; the GPU pod
    // needs the L4 type
    Path pods =
        write(
            "pods.csv",
            POD_HEADER
                + "a,2,4294967296,,,\n"
                + "b,2,4294967296,,,\n"
                + "c,2,4294967296,,,\n"
                + "infer,1,2Gi,1,NVIDIA L4,\n");
    Path types =
        write(
            "types.csv",
            TYPE_HEADER
                + "small,4,16Gi,0,,110,0.20,\n"
                + "large,8,32Gi,0,,110,0.30,\n"
                + "l4,4,16Gi,1,L4,110,0.80,\n");

    CliTestSupport.Result result =
        CliTestSupport.run(
            new PackCommand(),
            "--pods",
            pods.toString(),
            "--instance-types",
            types.toString(),
            "--format",
            "json");

    assertEquals(0, result.exitCode(), result.err());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(List.of("cost_per_hour", "nodes", "unplaced"), fields(json));
    assertEquals(1.1, json.get("cost_per_hour").asDouble(), 1e-9);
    assertEquals(2, json.get("nodes").size());
    for (JsonNode node : json.get("nodes")) {
      assertEquals(List.of("name", "instance_type", "zone", "pods"), fields(node));
      assertTrue(node.get("zone").isNull());
      if (node.get("instance_type").asText().equals("large")) {
        assertEquals("[\"a\",\"b\",\"c\"]", node.get("pods").toString());
      } else {
        assertEquals("l4", node.get("instance_type").asText());
        assertEquals("[\"infer\"]", node.get("pods").toString());
      }
    }
    assertEquals(0, json.get("unplaced").size());
  }

  @Test
  void listsAPodThatFitsNoTypeWithTheReasonAndExitsThree() throws Exception {
    Path pods = write("pods.csv", POD_HEADER + "ok,1,1Gi,,,\nhuge,64,1Gi,,,\ngpu,1,1Gi,1,H100,\n");
    Path types = write("types.csv", TYPE_HEADER + "small,4,16Gi,0,,110,0.20,us-east-1a\n");

    CliTestSupport.Result result =
        CliTestSupport.run(
            new PackCommand(), "--pods", pods.toString(), "--instance-types", types.toString());

    assertEquals(ExitCode.FAILED, result.exitCode());
    assertTrue(result.out().contains("2 pods fit no instance type:"), result.out());
    assertTrue(result.out().matches("(?s).*\\nhuge +\\S.*"), result.out());
    assertTrue(result.out().matches("(?s).*\\ngpu +\\S.*"), result.out());
    assertTrue(result.out().contains("us-east-1a"), result.out());
    assertEquals(
        "fleetscope pack: 2 of 3 pods fit no instance type; they are listed with the reason\n",
        result.err());
  }

  @Test
  void namesTheFileLineAndColumnOfABadValue() throws Exception {
    Path pods = write("pods.csv", POD_HEADER + "a,1,1Gi,,,\nb,lots,1Gi,,,\n");
    Path types = write("types.csv", TYPE_HEADER + "small,4,16Gi,0,,110,0.20,\n");

    CliTestSupport.Result result =
        CliTestSupport.run(
            new PackCommand(), "--pods", pods.toString(), "--instance-types", types.toString());

    assertEquals(ExitCode.BAD_INPUT, result.exitCode());
    assertEquals(
        "fleetscope pack: "
            + pods
            + ", line 3, column 2 (cpu): 'lots' is not a number of cores (2, 0.5 or 500m)\n",
        result.err());
    assertEquals("", result.out());
  }

  @Test
  void namesAWrongHeaderAndARepeatedName() throws Exception {
    Path types = write("types.csv", TYPE_HEADER + "small,4,16Gi,0,,110,0.20,\n");
    Path typo = write("typo.csv", "pod,cpu,memory,gpus,gpu_model,zone\n");
    assertEquals(
        "fleetscope pack: "
            + typo
            + ", line 1, column 3: unknown column 'memory'; the header is"
            + " pod,cpu,memory_bytes,gpus,gpu_model,zone\n",
        CliTestSupport.run(
                new PackCommand(), "--pods", typo.toString(), "--instance-types", types.toString())
            .err());

    Path twice = write("twice.csv", POD_HEADER + "a,1,1Gi,,,\na,1,1Gi,,,\n");
    assertEquals(
        "fleetscope pack: " + twice + ", line 3, column 1 (pod): 'a' is named twice\n",
        CliTestSupport.run(
                new PackCommand(), "--pods", twice.toString(), "--instance-types", types.toString())
            .err());

    Path price = write("price.csv", TYPE_HEADER + "small,4,16Gi,0,,110,-1,\n");
    Path pods = write("pods.csv", POD_HEADER + "a,1,1Gi,,,\n");
    assertEquals(
        "fleetscope pack: "
            + price
            + ", line 2, column 7 (price_per_hour): '-1' is not a non-negative price\n",
        CliTestSupport.run(
                new PackCommand(), "--pods", pods.toString(), "--instance-types", price.toString())
            .err());
  }

  @Test
  void saysWhichFileIsMissing() {
    CliTestSupport.Result result =
        CliTestSupport.run(
            new PackCommand(),
            "--pods",
            dir.resolve("none.csv").toString(),
            "--instance-types",
            dir.resolve("t.csv").toString());
    assertEquals(ExitCode.BAD_INPUT, result.exitCode());
    assertEquals("fleetscope pack: " + dir.resolve("none.csv") + ": no such file\n", result.err());
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
