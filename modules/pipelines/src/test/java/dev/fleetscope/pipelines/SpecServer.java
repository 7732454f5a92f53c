package dev.fleetscope.pipelines;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A MockWebServer that checks every request it receives against saved OpenAPI/Swagger specs
 * (Atlassian's swagger-request-validator: path, method, query parameters and their types, security
 * header, body), then answers with a scripted handler. {@link #close()} fails the test if any
 * request broke its spec. The requests are checked at {@link #close()}, not while the client waits:
 * the first check of a large spec (Argo's) can take longer than a client's read deadline on a
 * loaded machine, and the stand-in's own work must not count against the client's deadlines.
 */
public final class SpecServer implements AutoCloseable {
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();
  private static final LevelResolver STRICT =
      LevelResolver.create()
          .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
          // A parameter whose schema has no type (Airflow 3's POST /dags/{dag_id}/dagRuns) allows
          // any value, but the validator tries to parse it as JSON; a typed parameter never gets
          // this message (a bad integer is a type error).
          .withLevel(
              "validation.request.parameter.schema.invalidJson", ValidationReport.Level.IGNORE)
          .build();

  /**
   * Messages that come from converting a spec, not from a request breaking it. Kubeflow's {@code
   * runtime_config.parameters} maps names to {@code google.protobuf.Value} (any JSON), declared
   * {@code additionalProperties: {}}, which the Swagger 2 parser turns into "object".
   */
  private static final List<Predicate<String>> ARTEFACTS =
      List.of(
          m -> m.contains("/runtime_config/parameters/") && m.contains("allowed: [\"object\"]"));

  private final MockWebServer server = new MockWebServer();
  private final List<OpenApiInteractionValidator> validators = new ArrayList<>();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Function<RecordedRequest, MockResponse> handler =
      r -> Responses.status(500, "no handler");

  /**
   * @param specs file names under {@code /specs} in the test resources
   */
  public SpecServer(String... specs) {
    for (String spec : specs) {
      validators.add(
          VALIDATORS.computeIfAbsent(
              spec,
              s ->
                  // inline, not by URL: from another module's tests the specs are inside a jar,
                  // where the parser cannot resolve a spec's own references
                  OpenApiInteractionValidator.createForInlineApiSpecification(
                          Responses.resource("/specs/" + s))
                      .withLevelResolver(STRICT)
                      .build()));
    }
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            return handler.apply(request);
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the mock server on loopback", e);
    }
  }

  public SpecServer respond(Function<RecordedRequest, MockResponse> handler) {
    this.handler = handler;
    return this;
  }

  public HttpUrl url(String path) {
    return server.url(path);
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests whose path ends with {@code suffix}. */
  public List<RecordedRequest> requests(String suffix) {
    return requests().stream().filter(r -> r.getUrl().encodedPath().endsWith(suffix)).toList();
  }

  private void validate(RecordedRequest recorded) {
    HttpUrl url = recorded.getUrl();
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(recorded.getMethod(), url.encodedPath());
    for (String name : url.queryParameterNames()) {
      builder.withQueryParam(name, url.queryParameterValues(name));
    }
    recorded.getHeaders().forEach(h -> builder.withHeader(h.getFirst(), h.getSecond()));
    if (recorded.getBody() != null && recorded.getBody().size() > 0) {
      builder.withBody(recorded.getBody().utf8());
    }
    SimpleRequest request = builder.build();
    List<String> problems = new ArrayList<>();
    for (OpenApiInteractionValidator validator : validators) {
      ValidationReport report = validator.validateRequest(request);
      boolean pathUnknown =
          report.getMessages().stream()
              .anyMatch(m -> m.getKey().equals("validation.request.path.missing"));
      if (!pathUnknown) {
        List<String> errors =
            report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .filter(m -> ARTEFACTS.stream().noneMatch(a -> a.test(m)))
                .toList();
        if (!errors.isEmpty()) {
          violations.add(recorded.getRequestLine() + " breaks its spec: " + errors);
        }
        return;
      }
      problems.add(report.getMessages().toString());
    }
    violations.add(recorded.getRequestLine() + " matches no path of the specs: " + problems);
  }

  @Override
  public void close() {
    server.close();
    requests().forEach(this::validate);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "requests that break the saved API specs:\n" + String.join("\n", violations));
    }
  }
}
