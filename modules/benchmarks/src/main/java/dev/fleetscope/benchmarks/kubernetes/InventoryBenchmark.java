package dev.fleetscope.benchmarks.kubernetes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.kubernetes.KubernetesFleetSource;
import dev.fleetscope.model.FleetSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The inventory of a large cluster: the first poll lists every kind in pages of 500 over HTTP from
 * a loopback server (the JDK's own, serving canned lists), parses and maps it to the model; a later
 * poll maps the mirrors the watches keep. {@code pods} pods of 2 containers, one Deployment and
 * ReplicaSet per 5 pods, one node per 20 pods.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InventoryBenchmark {
  @Param({"10000"})
  int pods;

  private HttpServer server;
  private final CountDownLatch watchesMayEnd = new CountDownLatch(1);
  private final Map<String, List<String>> pages = new HashMap<>();
  private Path kubeconfig;

  @Setup(Level.Trial)
  public void start() throws IOException {
    int deployments = pods / 5;
    pages.put("/api/v1/pods", page(pods, i -> pod(i, deployments)));
    pages.put("/apis/apps/v1/deployments", page(deployments, InventoryBenchmark::deployment));
    pages.put("/apis/apps/v1/replicasets", page(deployments, InventoryBenchmark::replicaSet));
    pages.put("/api/v1/nodes", page(pods / 20, InventoryBenchmark::node));
    pages.put("/api/v1/namespaces", page(20, i -> "{\"metadata\":{\"name\":\"ns-" + i + "\"}}"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::serve);
    server.start();
    kubeconfig = Files.createTempFile("inventory-benchmark", ".yaml");
    Files.writeString(
        kubeconfig,
        """
        clusters: [{name: big, cluster: {server: "http://127.0.0.1:%d"}}]
        users: [{name: u, user: {token: t}}]
        contexts: [{name: big, context: {cluster: big, user: u}}]
        """
            .formatted(server.getAddress().getPort()));
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    watchesMayEnd.countDown();
    server.stop(0);
    Files.deleteIfExists(kubeconfig);
  }

  /**
   * A source that has listed once and keeps its mirrors: each later poll only maps them to the
   * model.
   */
  @State(Scope.Benchmark)
  public static class Listed {
    KubernetesFleetSource source;

    @Setup(Level.Trial)
    public void listOnce(InventoryBenchmark cluster) throws Exception {
      ClusterConnector connector =
          new ClusterConnector(Kubeconfig.load(List.of(cluster.kubeconfig)), true);
      source = new KubernetesFleetSource(connector.connect("big"), Clock.systemUTC());
      source.poll();
    }

    @TearDown(Level.Trial)
    public void close() {
      source.close();
    }
  }

  @Benchmark
  public FleetSnapshot laterPoll(Listed listed) throws Exception {
    return listed.source.poll();
  }

  @Benchmark
  public FleetSnapshot firstPoll() throws Exception {
    ClusterConnector connector = new ClusterConnector(Kubeconfig.load(List.of(kubeconfig)), true);
    try (KubernetesFleetSource source =
        new KubernetesFleetSource(connector.connect("big"), Clock.systemUTC())) {
      return source.poll();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null && query.contains("watch=true")) {
      try {
        watchesMayEnd.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    List<String> list = pages.get(exchange.getRequestURI().getPath());
    int page =
        query != null && query.contains("continue=")
            ? Integer.parseInt(query.substring(query.indexOf("continue=") + 9))
            : 0;
    String body =
        list == null ? "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[]}" : list.get(page);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static List<String> page(int count, java.util.function.IntFunction<String> item) {
    List<String> pages = new ArrayList<>();
    for (int start = 0; start < count || start == 0; start += 500) {
      StringBuilder items = new StringBuilder();
      for (int i = start; i < Math.min(count, start + 500); i++) {
        items.append(items.isEmpty() ? "" : ",").append(item.apply(i));
      }
      String next = start + 500 < count ? String.valueOf(pages.size() + 1) : "";
      pages.add(
          "{\"metadata\":{\"resourceVersion\":\"1\",\"continue\":\""
              + next
              + "\"},\"items\":["
              + items
              + "]}");
    }
    return pages;
  }

  private static String resources() {
    return "{\"requests\":{\"cpu\":\"250m\",\"memory\":\"512Mi\"},\"limits\":{\"memory\":\"1Gi\"}}";
  }

  private static String template(int i) {
    return "{\"metadata\":{\"labels\":{\"app\":\"app-"
        + i
        + "\"}},\"spec\":{\"containers\":["
        + "{\"name\":\"api\",\"image\":\"api:1\",\"resources\":"
        + resources()
        + "},"
        + "{\"name\":\"sidecar\",\"image\":\"envoy:1\",\"resources\":"
        + resources()
        + "}]}}";
  }

  private static String deployment(int i) {
    return "{\"metadata\":{\"name\":\"app-"
        + i
        + "\",\"namespace\":\"ns-"
        + i % 20
        + "\",\"labels\":{\"team\":\"t"
        + i % 7
        + "\"}},\"spec\":{\"replicas\":5,\"selector\":{\"matchLabels\":{\"app\":\"app-"
        + i
        + "\"}},\"template\":"
        + template(i)
        + "}}";
  }

  private static String replicaSet(int i) {
    return "{\"metadata\":{\"name\":\"app-"
        + i
        + "-7d9\",\"namespace\":\"ns-"
        + i % 20
        + "\",\"ownerReferences\":[{\"kind\":"
        + "\"Deployment\",\"name\":\"app-"
        + i
        + "\",\"controller\":true}]},\"spec\":{\"template\":"
        + template(i)
        + "}}";
  }

  private static String pod(int i, int deployments) {
    int owner = i % deployments;
    return "{\"metadata\":{\"name\":\"app-"
        + owner
        + "-7d9-"
        + i
        + "\",\"namespace\":\"ns-"
        + owner % 20
        + "\",\"labels\":"
        + "{\"app\":\"app-"
        + owner
        + "\"},\"ownerReferences\":[{\"kind\":\"ReplicaSet\",\"name\":\"app-"
        + owner
        + "-7d9\",\"controller\":true}]},\"spec\":{\"nodeName\":\"node-"
        + i % 500
        + "\",\"containers\":["
        + "{\"name\":\"api\",\"resources\":"
        + resources()
        + "},{\"name\":\"sidecar\",\"resources\":"
        + resources()
        + "}]},"
        + "\"status\":{\"phase\":\"Running\",\"containerStatuses\":[{\"name\":\"api\",\"restartCount\":1,\"lastState\":"
        + "{\"terminated\":{\"reason\":\"OOMKilled\",\"exitCode\":137,\"finishedAt\":\"2026-11-20T10:00:00Z\"}}},"
        + "{\"name\":\"sidecar\",\"restartCount\":0}]}}";
  }

  private static String node(int i) {
    return "{\"metadata\":{\"name\":\"node-"
        + i
        + "\",\"labels\":{\"node.kubernetes.io/instance-type\":\"m6i.4xlarge\","
        + "\"topology.kubernetes.io/zone\":\"us-east-1a\",\"topology.kubernetes.io/region\":\"us-east-1\"}},"
        + "\"spec\":{\"providerID\":\"aws:///us-east-1a/i-"
        + i
        + "\"},\"status\":{\"capacity\":{\"cpu\":\"16\",\"memory\":"
        + "\"64Gi\"},\"allocatable\":{\"cpu\":\"15890m\",\"memory\":\"62Gi\"}}}";
  }
}
