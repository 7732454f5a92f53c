package dev.fleetscope.prometheus;

import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The serving questions in PromQL, each one instant query at the window's end answering one number
 * per model (and {@code le} for histograms): Prometheus aggregates over the window and over the
 * model's pods, and joins each pod to its workload through kube-state-metrics' owner chain taken
 * over the whole window, so pods that came and went during it count. Pods kube-state-metrics does
 * not know are kept, without a workload, rather than silently dropped.
 */
final class ServingQueries {
  static final String SERVER = "server";
  static final String RESOURCE = "resource";

  /** The resources a model's pods hold that cost money, as kube-state-metrics names them. */
  static final String PRICED_RESOURCES = "cpu|memory|nvidia_com_gpu|nvidia_com_mig_.+";

  private final LabelNames labels;
  private final String cluster;
  private final WorkloadJoin join;
  private final ServingWindow window;

  ServingQueries(LabelNames labels, ServingWindow window) {
    this.labels = labels;
    this.cluster = labels.cluster();
    this.join = new WorkloadJoin(labels);
    this.window = window;
  }

  /**
   * Which kinds of server export their request counter in which namespaces over the window: one row
   * per (cluster, namespace, {@value #SERVER}).
   */
  PromQuery discovery(List<ServerMetrics> servers) {
    String tagged =
        servers.stream()
            .map(
                s ->
                    "label_replace(max_over_time("
                        + select(s.marker().metrics().getFirst(), s.marker().matchers(), "")
                        + PromQl.window(window.length())
                        + "), \""
                        + SERVER
                        + "\", \""
                        + s.kind().id()
                        + "\", \"\", \"\")")
            .collect(Collectors.joining(" or "));
    return new PromQuery(
        "model servers",
        "count by (" + PromQl.labels(cluster, "namespace", SERVER) + ") (" + tagged + ")");
  }

  /** One signal of one kind of server, per model, in these namespaces. */
  PromQuery signal(ServerMetrics server, ServingSignal signal, Collection<String> namespaces) {
    MetricSource source = server.sources().get(signal);
    String ns = namespaceMatcher(namespaces);
    String by =
        modelLabels(server) + (signal.shape() == ServingSignal.Shape.HISTOGRAM ? ", le" : "");
    String joined = joinedWithFallback(server, ns);
    String promql =
        switch (signal.shape()) {
          case RATE -> sumBy(by, alternatives(source, "", ns, this::rate), joined);
          case HISTOGRAM -> sumBy(by, alternatives(source, "_bucket", ns, this::rate), joined);
          case GAUGE_SUM ->
              sumBy(by, alternatives(source, "", ns, this::sumOverSteps), joined)
                  + " / "
                  + window.gaugePoints();
          case GAUGE_MEAN ->
              sumBy(by, alternatives(source, "", ns, this::sumOverSteps), joined)
                  + " / "
                  + sumBy(by, alternatives(source, "", ns, this::countOverSteps), joined);
        };
    return new PromQuery(server.kind().displayName() + " " + signal.description(), promql);
  }

  /**
   * What each workload's pods requested in these namespaces, averaged over the window (a pod that
   * ran half of it counts half): one row per workload and {@value #RESOURCE}.
   */
  PromQuery requestsHeld(Collection<String> namespaces) {
    String ns = namespaceMatcher(namespaces);
    String requests =
        sumOverSteps(
            select(
                "kube_pod_container_resource_requests",
                RESOURCE + "=~\"" + PRICED_RESOURCES + "\"",
                ns));
    return new PromQuery(
        "requests held by serving workloads",
        sumBy(workloadLabels() + ", " + RESOURCE, requests, joined(ns))
            + " / "
            + window.gaugePoints());
  }

  /**
   * How busy the GPUs of each workload's pods were: DCGM's {@code DCGM_FI_DEV_GPU_UTIL} (percent)
   * for whole GPUs; MIG slices report none, so {@code DCGM_FI_PROF_GR_ENGINE_ACTIVE} (a ratio) for
   * them. The mean of every GPU's samples in the window.
   */
  PromQuery gpuBusy(Collection<String> namespaces) {
    String ns = PromQl.labels(labels.gpuNamespace()) + "=~\"" + namespaceRegex(namespaces) + "\"";
    String pod = labels.gpuPod() + "!=\"\"";
    String whole = select("DCGM_FI_DEV_GPU_UTIL", pod + ", GPU_I_PROFILE=\"\"", ns);
    String slice = select("DCGM_FI_PROF_GR_ENGINE_ACTIVE", pod + ", GPU_I_PROFILE!=\"\"", ns);
    String w = PromQl.window(window.length());
    String sums =
        dcgm("sum_over_time(" + whole + w + ")")
            + " / 100 or "
            + dcgm("sum_over_time(" + slice + w + ")");
    String counts =
        dcgm("count_over_time(" + whole + w + ")")
            + " or "
            + dcgm("count_over_time(" + slice + w + ")");
    String joined = joined(namespaceMatcher(namespaces));
    return new PromQuery(
        "GPU busy share of serving workloads",
        sumBy(workloadLabels(), sums, joined) + " / " + sumBy(workloadLabels(), counts, joined));
  }

  String modelLabels(ServerMetrics server) {
    return server.modelLabel().isEmpty()
        ? workloadLabels()
        : workloadLabels() + ", " + server.modelLabel();
  }

  private String workloadLabels() {
    return PromQl.labels(cluster, "namespace", WorkloadJoin.KIND, WorkloadJoin.NAME);
  }

  private static String sumBy(String by, String expr, String joined) {
    return "sum by (" + by + ") ((" + expr + ") * " + joined + ")";
  }

  /** {@code rate(a[w]) or rate(b[w])}: per pod, the newest name present wins. */
  private static String alternatives(
      MetricSource source, String suffix, String ns, UnaryOperator<String> over) {
    return source.metrics().stream()
        .map(m -> over.apply(select(m + suffix, source.matchers(), ns)))
        .collect(Collectors.joining(" or "));
  }

  private String rate(String selector) {
    return "rate(" + selector + PromQl.rateWindow(window.length()) + ")";
  }

  private String sumOverSteps(String selector) {
    return "sum_over_time(" + selector + PromQl.subquery(window.length(), window.gaugeStep()) + ")";
  }

  private String countOverSteps(String selector) {
    return "count_over_time("
        + selector
        + PromQl.subquery(window.length(), window.gaugeStep())
        + ")";
  }

  /**
   * {@code on (pod) group_left (workload)} the owners over the window, or else, for pods
   * kube-state-metrics does not know, nothing: such pods stay, without a workload.
   */
  private String joinedWithFallback(ServerMetrics server, String ns) {
    String podKey = PromQl.labels(cluster, "namespace", "pod");
    MetricSource marker = server.marker();
    String servingPods =
        "group by ("
            + podKey
            + ") (max_over_time("
            + select(marker.metrics().getFirst(), marker.matchers(), ns)
            + PromQl.window(window.length())
            + "))";
    return "on ("
        + podKey
        + ") group_left ("
        + WorkloadJoin.KIND
        + ", "
        + WorkloadJoin.NAME
        + ") ("
        + owners(ns)
        + " or on ("
        + podKey
        + ") "
        + servingPods
        + ")";
  }

  private String joined(String ns) {
    return "on ("
        + PromQl.labels(cluster, "namespace", "pod")
        + ") group_left ("
        + WorkloadJoin.KIND
        + ", "
        + WorkloadJoin.NAME
        + ") "
        + owners(ns);
  }

  /** Every pod's workload, from owner series present at any time in the window. */
  private String owners(String ns) {
    String w = PromQl.window(window.length());
    return join.podOwners(
        (metric, matchers) -> "max_over_time(" + select(metric, matchers, ns) + w + ")");
  }

  private String dcgm(String expr) {
    String renamed = PromQl.copyLabel(expr, labels.gpuNamespace(), "namespace");
    return PromQl.copyLabel(
        PromQl.copyLabel(renamed, labels.gpuPod(), "pod"), labels.gpuContainer(), "container");
  }

  private static String select(String metric, String matchers, String ns) {
    String all = matchers.isEmpty() ? ns : ns.isEmpty() ? matchers : matchers + ", " + ns;
    return metric + "{" + all + "}";
  }

  private static String namespaceMatcher(Collection<String> namespaces) {
    return "namespace=~\"" + namespaceRegex(namespaces) + "\"";
  }

  /** The namespaces as an alternation, sorted, each quoted (they are DNS labels, but still). */
  static String namespaceRegex(Collection<String> namespaces) {
    return namespaces.stream()
        .sorted()
        .distinct()
        .map(ServingQueries::quote)
        .collect(Collectors.joining("|"));
  }

  private static String quote(String literal) {
    StringBuilder out = new StringBuilder();
    for (char c : literal.toCharArray()) {
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        out.append("\\\\");
      } else if (c == '"') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
