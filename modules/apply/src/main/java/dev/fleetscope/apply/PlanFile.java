package dev.fleetscope.apply;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads a PLAN.json: the {@code recommend --format json} output, {@code
 * {"recommendations":[{"container":ID,
 * "cpu":{"request":CORES,"limit":CORES|null},"memory":{"request":BYTES,"limit":BYTES|null},
 * ...}]}}. Fields it does not need (replay, confidence, reason) are read past.
 */
public final class PlanFile {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private PlanFile() {}

  /**
   * The plan's recommendations; throws {@link PlanException} naming the file, line and column of
   * bad input.
   */
  public static List<PlannedSizing> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      return parse(reader, file.toString());
    } catch (CharacterCodingException e) {
      throw new PlanException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static List<PlannedSizing> parse(Reader reader, String source) throws IOException {
    try {
      PlanJson plan = JSON.readValue(reader, PlanJson.class);
      if (plan == null || plan.recommendations() == null) {
        throw new PlanException(
            source
                + ": no \"recommendations\" array (expected the output of recommend --format json)");
      }
      List<PlannedSizing> recommendations = new ArrayList<>();
      for (int i = 0; i < plan.recommendations().size(); i++) {
        RecommendationJson recommendation = plan.recommendations().get(i);
        if (recommendation == null) {
          throw new PlanException(
              source + ": recommendation " + (i + 1) + " is null, not an object with a container");
        }
        recommendations.add(recommendation.toSizing());
      }
      return recommendations;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
      String why = cause == e ? e.getOriginalMessage() : cause.getMessage();
      String where =
          at == null ? source : source + " line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new PlanException(where + ": " + why, e);
    }
  }

  /** Bad plan input, with where it is. */
  public static final class PlanException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    PlanException(String message) {
      super(message);
    }

    PlanException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  record PlanJson(List<RecommendationJson> recommendations) {}

  record Amounts(Double request, Double limit) {}

  record RecommendationJson(String container, Amounts cpu, Amounts memory) {
    RecommendationJson {
      if (container == null) {
        throw new IllegalArgumentException("a recommendation has no \"container\"");
      }
      ContainerTarget.parse(container);
      require(cpu, "cpu", container);
      require(memory, "memory", container);
      positive(cpu.limit(), "cpu limit", container);
      positive(memory.limit(), "memory limit", container);
    }

    private static void require(Amounts amounts, String what, String container) {
      if (amounts == null || amounts.request() == null) {
        throw new IllegalArgumentException(container + ": no " + what + " request");
      }
      positive(amounts.request(), what + " request", container);
    }

    private static void positive(Double value, String what, String container) {
      if (value != null && !(value > 0 && Double.isFinite(value))) {
        throw new IllegalArgumentException(
            container + ": " + what + " must be a positive number, was " + value);
      }
    }

    PlannedSizing toSizing() {
      return new PlannedSizing(
          ContainerTarget.parse(container),
          cpu.request(),
          optional(cpu.limit()),
          memory.request(),
          optional(memory.limit()));
    }

    private static OptionalDouble optional(Double value) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }
}
