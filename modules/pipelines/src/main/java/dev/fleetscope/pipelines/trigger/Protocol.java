package dev.fleetscope.pipelines.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.JwtCredentials;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.util.Optional;

/** How one orchestrator is asked to start a run, and how it names the run it started. */
interface Protocol {
  ObjectMapper JSON = new ObjectMapper();

  /** The request, body as sent, credential masked. */
  PreparedTrigger prepare(RetrainReason reason);

  Credentials credentials();

  /** The run id (as the pipeline source reports it) and its page, from the answer. */
  StartedRun started(JsonNode answer) throws SourceException;

  record StartedRun(String runId, Optional<URI> link) {}

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a trigger's body holds only JSON values", e);
    }
  }

  /** The {@code Authorization} header as a preview shows it. */
  static Optional<String> masked(Credentials credentials, String tokenHint) {
    return switch (credentials) {
      case Credentials.None none -> Optional.empty();
      case Credentials.Basic basic -> Optional.of("Basic " + PreparedTrigger.MASK);
      case Credentials.Bearer bearer -> Optional.of("Bearer " + PreparedTrigger.MASK);
      case JwtCredentials jwt -> Optional.of("Bearer " + PreparedTrigger.MASK + " " + tokenHint);
    };
  }
}
