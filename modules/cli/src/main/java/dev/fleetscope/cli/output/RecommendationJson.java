package dev.fleetscope.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.engine.Replay;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.runtime.rightsizing.NamedRecommendation;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON, which the apply command also reads as a PLAN.json:
 *
 * <pre>{@code
 * {"recommendations":[{"container":ID,"cpu":{"request":CORES,"limit":CORES|null},
 *   "memory":{"request":BYTES,"limit":BYTES},"replay":{...},"confidence":X,"reason":TEXT}]}
 * }</pre>
 *
 * Numbers are plain (never {@code 1.0E-4}): cores as the shortest decimal of the double, bytes as
 * integers. The replay holds {@code cpuSamples, cpuOverRequestShare, cpuOverLimitShare,
 * memorySamples, memoryOverLimitSamples, savedCores, savedBytes, savedGpus, savingsPerMonth,
 * currency}.
 */
public final class RecommendationJson implements RecommendationWriter {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  @Override
  public void write(List<NamedRecommendation> recommendations, Writer out) throws IOException {
    try (JsonGenerator json = MAPPER.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeArrayFieldStart("recommendations");
      for (NamedRecommendation named : recommendations) {
        write(json, named.container(), named.recommendation());
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void write(JsonGenerator json, String container, Recommendation r)
      throws IOException {
    Sizing proposed = r.proposed();
    json.writeStartObject();
    json.writeStringField("container", container);
    json.writeObjectFieldStart("cpu");
    plain(json, "request", proposed.cpuRequest());
    if (proposed.limits().cpuBounded()) {
      plain(json, "limit", proposed.cpuLimit());
    } else {
      json.writeNullField("limit");
    }
    json.writeEndObject();
    json.writeObjectFieldStart("memory");
    json.writeNumberField("request", proposed.memoryRequest());
    json.writeNumberField("limit", proposed.memoryLimit());
    json.writeEndObject();
    Replay replay = r.replay();
    json.writeObjectFieldStart("replay");
    json.writeNumberField("cpuSamples", replay.cpuSamples());
    plain(json, "cpuOverRequestShare", replay.cpuOverRequestShare());
    plain(json, "cpuOverLimitShare", replay.cpuOverLimitShare());
    json.writeNumberField("memorySamples", replay.memorySamples());
    json.writeNumberField("memoryOverLimitSamples", replay.memoryOverLimitSamples());
    plain(json, "savedCores", replay.savings().cores());
    json.writeNumberField("savedBytes", replay.savings().bytes());
    plain(json, "savedGpus", replay.savings().gpus());
    plain(json, "savingsPerMonth", replay.savings().perMonth());
    json.writeStringField("currency", replay.savings().currency().getCurrencyCode());
    json.writeEndObject();
    plain(json, "confidence", r.confidence());
    json.writeStringField("reason", r.reason());
    json.writeEndObject();
  }

  private static void plain(JsonGenerator json, String field, double value) throws IOException {
    json.writeFieldName(field);
    json.writeNumber(new BigDecimal(Double.toString(value)).stripTrailingZeros());
  }
}
