package dev.fleetscope.pipelines.airflow;

import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.fleetscope.pipelines.JsonFields;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.JsonHttp;
import dev.fleetscope.pipelines.http.JwtCredentials;
import dev.fleetscope.pipelines.http.Shape;
import dev.fleetscope.pipelines.http.SourceException;
import java.time.Clock;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Finding which Airflow answers and how to log in to it, shared by the run source and the triggers:
 * Airflow 3 answers {@code /api/v2/version} without credentials and issues JWTs from {@code POST
 * /auth/token}; Airflow 2 takes basic authentication on {@code /api/v1}.
 */
public final class AirflowLogin {
  private static final Shape TOKEN =
      Shape.object(Shape.required("access_token", JsonNodeType.STRING));

  private AirflowLogin() {}

  /** {@link AirflowVersion#V3} when {@code /api/v2/version} is found, else V2 (unconfirmed). */
  public static AirflowVersion probe(JsonHttp unauthenticated, HttpUrl base)
      throws SourceException {
    return unauthenticated
            .getIfFound(AirflowVersion.V3.api(base).addPathSegment("version").build(), Shape.OBJECT)
            .isPresent()
        ? AirflowVersion.V3
        : AirflowVersion.V2;
  }

  /** The credentials a version takes: basic for 2, a JWT issued on demand for 3. */
  public static Credentials credentials(
      AirflowVersion version,
      JsonHttp unauthenticated,
      HttpUrl base,
      String username,
      String password,
      Clock clock) {
    if (version == AirflowVersion.V2) {
      return new Credentials.Basic(username, password);
    }
    HttpUrl tokenUrl = tokenUrl(base);
    return new JwtCredentials(
        () ->
            JsonFields.required(
                unauthenticated.post(
                    tokenUrl, Map.of("username", username, "password", password), TOKEN),
                "access_token",
                unauthenticated.source() + ": the answer to POST " + tokenUrl),
        clock);
  }

  public static HttpUrl tokenUrl(HttpUrl base) {
    return base.newBuilder().addPathSegments("auth/token").build();
  }
}
