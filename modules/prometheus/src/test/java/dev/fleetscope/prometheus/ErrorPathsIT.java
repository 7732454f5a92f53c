package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way reading a real Prometheus can go wrong, each brought about for real and each told
 * clearly.
 */
class ErrorPathsIT {
  /**
   * {@code fleetscope:s3cret-pass}, hashed with bcrypt: {@code python3 -c "import crypt;
   * print(crypt.crypt('s3cret-pass', crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)))"}.
   */
  private static final String BCRYPT_S3CRET_PASS =
      "$2b$04$6nrFe7JxEPEwf5iPmQGsgOZogC46uaxDsLK7Gy01kdwdO/q1NBzwO";

  @TempDir Path dir;

  @Test
  void reportsABadQueryNamingIt() throws Exception {
    try (PrometheusClient client = new PrometheusClient(StandardFleetServer.get().settings())) {
      PrometheusException e =
          assertThrows(
              PrometheusException.class,
              () ->
                  client.query(
                      new PromQuery("broken", "rate(container_cpu_usage_seconds_total[5m]"),
                      Instant.now(),
                      (l, s) -> {}));

      assertEquals(Problem.BAD_DATA, e.problem());
      assertEquals(1, client.requestsSent());
      assertTrue(
          e.getMessage()
              .contains(
                  "rejected the query as invalid for query \"broken\" (rate(container_cpu_usage_seconds_total[5m]): "
                      + "HTTP 400, bad_data: invalid parameter \"query\": 1:43: parse error: unclosed left parenthesis"),
          e.getMessage());
    }
  }

  @Test
  void triesAgainThenReportsAQueryThatTimesOut() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    ConnectionSettings impatient =
        prometheus
            .settings()
            .withTimeouts(
                Timeouts.DEFAULT
                    .withQuery(Duration.ofNanos(1000))
                    .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(20)));
    try (PrometheusClient client = new PrometheusClient(impatient)) {
      HistoryRequest request =
          HistoryRequest.ending(prometheus.fleet.end(), Duration.ofHours(12), FixtureFleet.STEP);

      PrometheusException e =
          assertThrows(
              PrometheusException.class, () -> new HistoryReader(client).read(request, p -> {}));

      assertEquals(Problem.TIMEOUT, e.problem());
      assertEquals(
          1 + 3,
          client.requestsSent(),
          "the owners' index lookup, then three tries of the CPU query");
      assertTrue(
          e.getMessage().contains(" timed out evaluating the query for query \"CPU usage\" ("),
          e.getMessage());
      // Prometheus says "in query queue", "in query execution" or "in expression evaluation",
      // depending on where the timeout caught the query.
      assertTrue(e.getMessage().contains("HTTP 503, timeout: query timed out in "), e.getMessage());
      assertTrue(
          e.getMessage()
              .endsWith(
                  ". Tried again with backoff; raise the query timeout or use a coarser step"),
          e.getMessage());
    }
  }

  /**
   * 12 hours every 3 seconds is 14,400 points: more than Prometheus's 11,000, read in two requests.
   */
  @Test
  void splitsARangeBeyond11000PointsAndReadsItWhole() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    FixtureFleet fleet = prometheus.fleet;
    Duration step = Duration.ofSeconds(3);
    StepGrid grid = new StepGrid(fleet.start().plus(step), step, 14_400);
    ConnectionSettings settings = prometheus.settings();
    try (PrometheusClient client = new PrometheusClient(settings)) {
      OwnerIndex owners =
          OwnerIndex.read(
              client, new ClusterLabels(settings.labels(), "none"), fleet.start(), fleet.end());
      UsageAccumulator memory = new UsageAccumulator(Metric.MEMORY_BYTES, grid, owners);

      new RangeFetcher(client)
          .fetch(
              new UsageQueries(settings.labels()).usage(Metric.MEMORY_BYTES, Duration.ofMinutes(1)),
              grid,
              memory);

      assertEquals(1 + 2, client.requestsSent(), "the owners, then the range in two pieces");
      ContainerRef redis =
          new WorkloadRef("c1", "ml", WorkloadKind.STATEFUL_SET, "feature-store")
              .container("redis");
      Series read = memory.series().get(redis);
      FixturePod.Usage usage = fleet.pods().get(2).containers().getFirst();
      for (int i = 0; i < grid.points(); i++) {
        // The point at start + 3 s (i + 1) sees, over its last minute, the sample of minute floor(3
        // (i + 1) / 60) - 1.
        int minute = (3 * (i + 1)) / 60 - 1;
        if (minute < 0) {
          assertTrue(Double.isNaN(read.get(i)), "no sample before the first minute, point " + i);
          continue;
        }
        int k = minute / FixtureFleet.SCRAPES_PER_STEP;
        double peak = usage.value(Metric.MEMORY_BYTES, k);
        double expected =
            minute % FixtureFleet.SCRAPES_PER_STEP == usage.peakMinute(k)
                ? peak
                : Math.rint(peak * 0.9);
        assertEquals(
            expected, read.get(i), expected * HistoryReaderIT.STORAGE_PRECISION, "point " + i);
      }
    }
  }

  @Test
  void halvesRangesTheServerFindsTooHeavyAndSaysWhatItCouldNotRead() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    HistoryRequest request =
        HistoryRequest.ending(prometheus.fleet.end(), Duration.ofHours(12), FixtureFleet.STEP);
    FleetHistory normal;
    try (PrometheusClient client = new PrometheusClient(prometheus.settings())) {
      normal = new HistoryReader(client).read(request, p -> {});
    }
    try (PrometheusServer small = prometheus.another(dir, null, "--query.max-samples=1000");
        PrometheusClient client =
            new PrometheusClient(
                ConnectionSettings.forUrl(small.url())
                    .withLabels(prometheus.settings().labels()))) {
      FleetHistory split = new HistoryReader(client).read(request, p -> {});

      assertTrue(split.requests() > normal.requests(), split.requests() + " requests");
      for (ContainerRef ref : normal.usage().keySet()) {
        for (Metric metric : Metric.values()) {
          assertArrayEquals(
              normal.usage().get(ref).history(metric).toArray(),
              split.usage().get(ref).history(metric).toArray(),
              ref + " " + metric);
        }
        assertEquals(normal.usage().get(ref).oomKills(), split.usage().get(ref).oomKills());
      }
      assertEquals(Map.of(), split.cpuThrottling());
      assertEquals(1, split.annotations().warnings().size());
      assertTrue(
          split
              .annotations()
              .warnings()
              .getFirst()
              .startsWith(
                  "CPU throttling was not read: Prometheus at "
                      + small.url()
                      + " would load too many samples into memory (the server's --query.max-samples) for query \"CPU throttling\""),
          split.annotations().warnings().getFirst());

      PrometheusException e =
          assertThrows(
              PrometheusException.class,
              () -> new QuantileReader(client).read(request, List.of(0.95), p -> {}));
      assertEquals(Problem.TOO_MANY_SAMPLES, e.problem());
      assertTrue(e.getMessage().contains("for query \"CPU usage p95.00\""), e.getMessage());
    }
  }

  @Test
  void refusesWrongCredentialsAndReadsWithTheRightOnes() throws Exception {
    Path webConfig =
        Files.writeString(
            dir.resolve("web.yml"),
            "basic_auth_users:\n  fleetscope: " + BCRYPT_S3CRET_PASS + "\n");
    StandardFleetServer prometheus = StandardFleetServer.get();
    try (PrometheusServer guarded = prometheus.another(dir, webConfig)) {
      ConnectionSettings settings =
          ConnectionSettings.forUrl(guarded.url()).withLabels(prometheus.settings().labels());
      try (PrometheusClient wrong =
          new PrometheusClient(
              settings.withAuth(Auth.basic("fleetscope", Secret.inline("guess"))))) {
        PrometheusException e =
            assertThrows(PrometheusException.class, () -> new ConnectionTester(wrong).test());

        assertEquals(Problem.UNAUTHORIZED, e.problem());
        assertEquals(
            "Prometheus at "
                + guarded.url()
                + " refused Fleetscope's credentials: HTTP 401, Unauthorized. "
                + "Check the connection's user, password or bearer token",
            e.getMessage());
      }
      Path password = Files.writeString(dir.resolve("password"), "s3cret-pass\n");
      try (PrometheusClient right =
          new PrometheusClient(
              settings.withAuth(Auth.basic("fleetscope", Secret.fromFile(password))))) {
        assertEquals(
            20,
            new HistoryReader(right)
                .read(
                    HistoryRequest.ending(
                        prometheus.fleet.end(), Duration.ofHours(1), FixtureFleet.STEP),
                    p -> {})
                .requests());
      }
    }
  }

  @Test
  void presentsAClientCertificateToAServerThatRequiresOne() throws Exception {
    HeldCertificate ca =
        new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("fleetscope test CA")
            .build();
    HeldCertificate serverCert =
        new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName("127.0.0.1").build();
    HeldCertificate clientCert =
        new HeldCertificate.Builder().signedBy(ca).commonName("fleetscope").build();
    Path caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
    Files.writeString(dir.resolve("server.pem"), serverCert.certificatePem());
    Files.writeString(dir.resolve("server.key"), serverCert.privateKeyPkcs8Pem());
    Path certFile = Files.writeString(dir.resolve("client.pem"), clientCert.certificatePem());
    Path keyFile = Files.writeString(dir.resolve("client.key"), clientCert.privateKeyPkcs8Pem());
    Path webConfig =
        Files.writeString(
            dir.resolve("web.yml"),
            "tls_server_config:\n  cert_file: server.pem\n  key_file: server.key\n"
                + "  client_ca_file: ca.pem\n  client_auth_type: RequireAndVerifyClientCert\n");
    StandardFleetServer prometheus = StandardFleetServer.get();
    try (PrometheusServer mutual = prometheus.another(dir, webConfig)) {
      ConnectionSettings settings =
          ConnectionSettings.forUrl(mutual.url()).withLabels(prometheus.settings().labels());
      try (PrometheusClient anonymous =
          new PrometheusClient(settings.withTls(Tls.trusting(caFile)))) {
        PrometheusException e =
            assertThrows(PrometheusException.class, () -> anonymous.buildInfo());
        // Under TLS 1.3 the client may finish its handshake before the server checks the client's
        // certificate: the server's refusal then comes either as a fatal alert during the
        // handshake or as a dropped connection just after it, depending on timing. Both must
        // point the user at the client certificate.
        if (e.problem() == Problem.TLS) {
          assertTrue(
              e.getMessage().contains("bad_certificate")
                  && e.getMessage()
                      .endsWith("or the client certificate and key, of the connection"),
              e.getMessage());
        } else {
          assertEquals(Problem.CONNECTION, e.problem(), e.getMessage());
          assertTrue(
              e.getMessage()
                  .endsWith(
                      "(an https server that requires a client certificate closes the connection like this when it "
                          + "gets none, or one it does not trust)"),
              e.getMessage());
        }
      }
      try (PrometheusClient known =
          new PrometheusClient(
              settings.withTls(Tls.trusting(caFile).withClientCertificate(certFile, keyFile)))) {
        assertTrue(known.buildInfo().version().startsWith("2."), "a Prometheus 2 answered");
      }
    }
  }
}
