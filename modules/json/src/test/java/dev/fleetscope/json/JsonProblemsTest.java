package dev.fleetscope.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files Jackson cannot map are told by place and problem, never by Java class or parser text. */
class JsonProblemsTest {
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  record Sources(List<Source> sources) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Log.class, name = "log"),
    @JsonSubTypes.Type(value = Pair.class, name = "pair")
  })
  sealed interface Source permits Log, Pair {}

  record Log(Path path, int keepDays) implements Source {}

  record Pair(String reference, String current) implements Source {}

  private static String problem(String json) {
    JsonProcessingException e =
        assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, Sources.class));
    return JsonProblems.describe(e);
  }

  @Test
  void anUnknownKindNamesTheKnownOnes() {
    assertEquals(
        "line 2, column 12, sources[0]: unknown kind 'pa'; known are log, pair",
        problem("{\"sources\": [\n  {\"kind\": \"pa\"}]}"));
  }

  @Test
  void aListWhereAPathBelongsSaysTextIsExpected() {
    assertEquals(
        "line 1, column 38, sources[0].path: expected text",
        problem("{\"sources\": [{\"kind\": \"log\", \"path\": [1]}]}"));
  }

  @Test
  void aNumberThatIsNotOneIsQuoted() {
    String problem = problem("{\"sources\": [{\"kind\": \"log\", \"keepDays\": \"a week\"}]}");
    assertEquals("line 1, column 42, sources[0].keepDays: 'a week' is not a number", problem);
  }

  @Test
  void anUnknownFieldListsTheKnownOnes() {
    assertEquals(
        "line 1, column 42, sources[0].paht: unknown field 'paht'; known are keepDays, path",
        problem("{\"sources\": [{\"kind\": \"log\", \"paht\": \"x\"}]}"));
  }

  /**
   * Found by fuzzing cost-sources.json: a field named {@code id([Source} was written bare in the
   * path, so the message read {@code [1].id([Source: unknown field ...}, which looks like Jackson's
   * own location text and does not say where the name ends.
   */
  @Test
  void aFieldNameThatIsNotAPlainNameIsQuotedInThePath() {
    record Entry(String path, int keepDays) {}
    record Holder(Entry log) {}
    JsonProcessingException e =
        assertThrows(
            JsonProcessingException.class,
            () -> JSON.readValue("{\"log\": {\"id([Source\": 1}}", Holder.class));
    assertEquals(
        "line 1, column 26, log[\"id([Source\"]: unknown field 'id([Source'; known are keepDays,"
            + " path",
        JsonProblems.describe(e));
  }

  @Test
  void brokenJsonSaysWhereOnceAndNeverQuotesTheInput() {
    String problem = problem("{\"sources\": [{\"kind\": \"log\", \"path\": \"s3cr3t\"");
    assertFalse(problem.contains("Source:"), problem);
    assertFalse(problem.contains("s3cr3t"), problem);
    assertEquals(
        "line 1, column 46, sources[0]: not JSON: Unexpected end-of-input: expected close marker"
            + " for Object",
        problem);
  }
}
