package dev.fleetscope.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Metric;
import dev.fleetscope.model.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrometheusExpositionTest {
  private static final Pattern SAMPLE =
      Pattern.compile("^([A-Za-z_:][A-Za-z0-9_:]*)\\{(.*)} (\\S+)$");
  static MutableClock clock;
  static PrometheusExposition exposition;

  @BeforeAll
  static void serve() throws IOException {
    clock = new MutableClock(DemoFleetTest.NOW);
    exposition =
        PrometheusExposition.start(new Simulator(Simulator.DEFAULT_SEED, clock), "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    exposition.close();
  }

  record Sample(String name, String labels, double value) {
    String label(String key) {
      Matcher m = Pattern.compile("(?:^|,)" + key + "=\"([^\"]*)\"").matcher(labels);
      return m.find() ? m.group(1) : null;
    }
  }

  static List<Sample> scrape() throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + exposition.port() + "/metrics"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    return response
        .body()
        .lines()
        .map(SAMPLE::matcher)
        .filter(Matcher::matches)
        .map(m -> new Sample(m.group(1), m.group(2), Double.parseDouble(m.group(3))))
        .toList();
  }

  @Test
  void speaksTheMetricAndLabelNamesOfTheRealExporters() throws Exception {
    Map<String, List<Sample>> families =
        scrape().stream().collect(Collectors.groupingBy(Sample::name));
    for (String name :
        List.of(
            "container_cpu_usage_seconds_total",
            "container_memory_working_set_bytes",
            "container_cpu_cfs_throttled_periods_total",
            "container_oom_events_total",
            "kube_pod_container_resource_requests",
            "kube_pod_container_resource_limits",
            "kube_pod_resource_request",
            "kube_pod_resource_limit",
            "kube_pod_owner",
            "kube_replicaset_owner",
            "kube_job_owner",
            "kube_pod_container_status_last_terminated_reason",
            "kube_node_status_allocatable",
            "kube_node_labels",
            "kube_horizontalpodautoscaler_spec_target_metric",
            "DCGM_FI_DEV_GPU_UTIL",
            "DCGM_FI_DEV_FB_USED",
            "DCGM_FI_PROF_GR_ENGINE_ACTIVE")) {
      assertTrue(families.containsKey(name), "missing " + name);
    }
    Sample cpuRequest =
        families.get("kube_pod_container_resource_requests").stream()
            .filter(s -> "cpu".equals(s.label("resource")))
            .findFirst()
            .orElseThrow();
    assertEquals("core", cpuRequest.label("unit"));
    // kube-scheduler counts the pod-level pod at its spec.resources, beyond its containers' sum
    Sample joiner =
        families.get("kube_pod_resource_request").stream()
            .filter(
                s ->
                    s.label("pod").startsWith("feature-joiner-")
                        && "cpu".equals(s.label("resource")))
            .findFirst()
            .orElseThrow();
    assertEquals(3.0, joiner.value());
    assertEquals("cores", joiner.label("unit"));
    double containers =
        families.get("kube_pod_container_resource_requests").stream()
            .filter(
                s ->
                    s.label("pod").equals(joiner.label("pod")) && "cpu".equals(s.label("resource")))
            .mapToDouble(Sample::value)
            .sum();
    assertTrue(containers < 3.0, "the containers ask " + containers + " cores together");
    assertTrue(
        families.get("kube_pod_owner").stream()
            .anyMatch(s -> "ReplicaSet".equals(s.label("owner_kind"))));
    assertTrue(
        families.get("kube_pod_container_status_last_terminated_reason").stream()
            .allMatch(s -> "OOMKilled".equals(s.label("reason"))));
    assertTrue(
        families.get("DCGM_FI_DEV_GPU_UTIL").stream()
            .anyMatch(s -> "1g.5gb".equals(s.label("GPU_I_PROFILE"))));
    assertTrue(
        families.get("container_memory_working_set_bytes").stream()
                .map(s -> s.label("cluster"))
                .distinct()
                .count()
            == 3);
  }

  @Test
  void servesModelServersAsVllmTritonTgiAndOpenTelemetryNameThem() throws Exception {
    Map<String, List<Sample>> families =
        scrape().stream().collect(Collectors.groupingBy(Sample::name));
    for (String name :
        List.of(
            "vllm:request_success_total",
            "vllm:e2e_request_latency_seconds_bucket",
            "vllm:time_to_first_token_seconds_bucket",
            "vllm:inter_token_latency_seconds_bucket",
            "vllm:time_per_output_token_seconds_bucket",
            "vllm:kv_cache_usage_perc",
            "vllm:gpu_cache_usage_perc",
            "vllm:num_requests_waiting",
            "nv_inference_request_success",
            "nv_inference_request_duration_us",
            "nv_inference_pending_request_count",
            "tgi_request_count",
            "tgi_request_duration_bucket",
            "tgi_queue_size",
            "http_server_request_duration_seconds_bucket")) {
      assertTrue(families.containsKey(name), "missing " + name);
    }
    assertTrue(
        families.get("http_server_request_duration_seconds_bucket").stream()
            .allMatch(
                s -> s.label("model") != null && s.label("http_response_status_code") != null));
    assertTrue(
        families.get("tgi_request_count").stream().allMatch(s -> s.label("model") == null),
        "TGI labels no model");
  }

  @Test
  void countsEachMinutesRequestsOnTheServersCounters() throws Exception {
    DemoServer server =
        DemoServers.of(exposition.simulator().fleet()).stream()
            .filter(s -> s.kind() == dev.fleetscope.model.serving.ServerKind.VLLM)
            .findFirst()
            .orElseThrow();
    String pod = server.workload().pods().getFirst().name();
    long before = Math.floorDiv(clock.instant().getEpochSecond(), 60);
    double first = stopped(pod);
    clock.advance(Duration.ofMinutes(4));
    double second = stopped(pod);
    ServingPoint minute = new ServingPoint();
    ServingMinute minutes = new ServingMinute();
    double expected = 0;
    for (long m = before; m < before + 4; m++) {
      minutes.fill(server, m, minute);
      expected += minute.requests - minute.failures - minute.lengthCapped;
    }
    assertEquals(expected, second - first);
    assertTrue(expected > 0);
  }

  private static double stopped(String pod) throws Exception {
    return scrape().stream()
        .filter(s -> s.name().equals("vllm:request_success_total"))
        .filter(s -> pod.equals(s.label("pod")) && "stop".equals(s.label("finished_reason")))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void ownsStandaloneJobPodsByTheirJobAndCronJobPodsThroughOne() throws Exception {
    List<Sample> samples = scrape();
    var fleet = exposition.simulator().fleet();
    var standalone =
        fleet
            .workloads()
            .filter(w -> w.ref().kind() == dev.fleetscope.model.WorkloadKind.JOB)
            .map(w -> w.ref().name())
            .collect(Collectors.toSet());
    List<Sample> jobOwners =
        samples.stream().filter(s -> s.name().equals("kube_job_owner")).toList();
    assertTrue(jobOwners.stream().allMatch(s -> "CronJob".equals(s.label("owner_kind"))));
    assertTrue(
        jobOwners.stream().noneMatch(s -> standalone.contains(s.label("job_name"))),
        "a standalone Job has no owner");
    assertTrue(
        samples.stream()
            .anyMatch(
                s ->
                    s.name().equals("kube_pod_owner")
                        && "Job".equals(s.label("owner_kind"))
                        && standalone.contains(s.label("owner_name"))));
    assertTrue(
        samples.stream()
            .anyMatch(s -> s.name().equals("kube_pod_info") && s.label("node") != null));
    assertTrue(samples.stream().anyMatch(s -> s.name().equals("kube_deployment_spec_replicas")));
  }

  @Test
  void servesTheSimulatorsNumbers() throws Exception {
    SimWorkload w =
        exposition
            .simulator()
            .fleet()
            .workloads()
            .filter(x -> "online-inference".equals(x.labels().get("workload-type")))
            .findFirst()
            .orElseThrow();
    SimContainer container = w.primary();
    SimPod pod = w.pods().getFirst();
    long second = clock.instant().getEpochSecond();
    double expected =
        Simulator.reading(container, second / 60, second, new UsagePoint())
            .get(Metric.MEMORY_BYTES);
    Sample memory =
        scrape().stream()
            .filter(
                s ->
                    s.name().equals("container_memory_working_set_bytes")
                        && pod.name().equals(s.label("pod"))
                        && container.spec().name().equals(s.label("container")))
            .findFirst()
            .orElseThrow();
    assertEquals(expected, memory.value(), expected * 1e-9);
  }

  @Test
  void cpuCountersGrowByTheCpuUsedBetweenScrapes() throws Exception {
    Sample before = firstCpuCounter(scrape());
    clock.advance(Duration.ofMinutes(3));
    Sample after =
        scrape().stream()
            .filter(s -> s.name().equals(before.name()) && s.labels().equals(before.labels()))
            .findFirst()
            .orElseThrow();
    double used = after.value() - before.value();
    assertTrue(used > 0 && used < 3 * 60 * 64, "cpu seconds used in three minutes: " + used);
  }

  private static Sample firstCpuCounter(List<Sample> samples) {
    return samples.stream()
        .filter(
            s ->
                s.name().equals("container_cpu_usage_seconds_total")
                    && s.labels().contains("recsys-serving"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void namesNativeSidecarsKedasHpaAndLeavesClaimedGpusOutOfTheResources() throws Exception {
    List<Sample> samples = scrape();
    assertTrue(
        samples.stream()
            .anyMatch(
                s ->
                    s.name().equals("kube_pod_init_container_resource_requests")
                        && "envoy".equals(s.label("container"))));
    assertTrue(
        samples.stream()
            .noneMatch(
                s ->
                    s.name().equals("kube_pod_container_resource_requests")
                        && "envoy".equals(s.label("container"))));
    assertTrue(
        samples.stream()
            .anyMatch(
                s ->
                    s.name().equals("kube_horizontalpodautoscaler_spec_target_metric")
                        && "keda-hpa-orders-consumer".equals(s.label("horizontalpodautoscaler"))
                        && "s0-kafka-orders".equals(s.label("metric_name"))
                        && "average".equals(s.label("metric_target_type"))
                        && s.value() == 50));
    assertTrue(
        samples.stream()
            .anyMatch(
                s ->
                    s.name().equals("kube_horizontalpodautoscaler_info")
                        && "keda-hpa-orders-consumer".equals(s.label("horizontalpodautoscaler"))
                        && "orders-consumer".equals(s.label("scaletargetref_name"))));
    List<Sample> trainer =
        samples.stream()
            .filter(
                s ->
                    "trainer".equals(s.label("container"))
                        && s.label("pod") != null
                        && s.label("pod").startsWith("llm-finetune-dra"))
            .toList();
    assertTrue(trainer.stream().anyMatch(s -> s.name().equals("DCGM_FI_PROF_GR_ENGINE_ACTIVE")));
    assertTrue(
        trainer.stream().noneMatch(s -> "nvidia_com_gpu".equals(s.label("resource"))),
        "GPUs held through a DRA claim are no extended resource");
  }
}
