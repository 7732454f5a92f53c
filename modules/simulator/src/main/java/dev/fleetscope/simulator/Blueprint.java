package dev.fleetscope.simulator;

import static dev.fleetscope.simulator.Role.*;

import dev.fleetscope.model.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo fleet as a platform team would describe it: three clusters, their node pools and namespaces. */
final class Blueprint {
  record NamespacePlan(String name, String team, List<String> bases, Map<Role, Integer> mix) {}

  record ClusterPlan(String name, Provider provider, String region, double utcOffsetHours, InstanceType general,
      InstanceType gpu, InstanceType multiGpu, InstanceType mig, List<NamespacePlan> namespaces) {}

  private Blueprint() {}

  static List<ClusterPlan> clusters() {
    return List.of(aws(), gcp(), azure());
  }

  private static ClusterPlan aws() {
    return new ClusterPlan("aws-prod-use1", Provider.AWS, "us-east-1", -5, InstanceCatalog.AWS_GENERAL,
        InstanceCatalog.AWS_GPU_SMALL, InstanceCatalog.AWS_GPU_LARGE, null, List.of(
        ns("recsys-serving", "recsys", "ranker two-tower candidate-gen session-embed reranker",
            INFERENCE, 9, GPU_INFERENCE, 3, WORKER, 3, STORE, 1, SPIKY, 1),
        ns("search-ranking", "search", "ltr-ranker query-understanding semantic-search spell-correct autocomplete",
            INFERENCE, 9, GPU_INFERENCE, 3, WORKER, 2, LEAKY, 1, STORE, 1),
        ns("fraud-detection", "risk", "fraud-xgb txn-scorer device-risk graph-features rules-engine",
            INFERENCE, 8, WORKER, 4, BATCH, 3, SPIKY, 1, STORE, 1),
        ns("llm-serving", "genai", "llama-chat embed-bge guardrails rag-retriever summarizer",
            GPU_INFERENCE, 7, INFERENCE, 6, WORKER, 2, STORE, 1),
        ns("feature-store", "data-platform", "feast online-features materializer entity-sync",
            STORE, 4, WORKER, 6, BATCH, 4, INFERENCE, 2),
        ns("ingestion", "data-platform", "clickstream events cdc kafka-connect schema-sync",
            WORKER, 9, BATCH, 4, LEAKY, 1, INFERENCE, 2),
        ns("airflow", "ml-platform", "scheduler webserver triggerer statsd-exporter",
            SYSTEM, 4, WORKER, 4, STORE, 2),
        ns("ml-platform", "ml-platform", "model-registry mlflow feature-ui admission-webhook metrics-gateway",
            INFERENCE, 8, STORE, 3, WORKER, 2),
        ns("monitoring", "platform", "prometheus loki grafana node-exporter fluent-bit dcgm-exporter",
            SYSTEM, 3, DAEMON, 3),
        ns("kube-system", "platform", "coredns metrics-server cluster-autoscaler kube-proxy aws-node",
            SYSTEM, 3, DAEMON, 2),
        ns("ingress-nginx", "platform", "ingress-nginx-controller default-backend", SYSTEM, 2)));
  }

  private static ClusterPlan gcp() {
    return new ClusterPlan("gke-train-usc1", Provider.GCP, "us-central1", -6, InstanceCatalog.GCP_GENERAL,
        InstanceCatalog.GCP_L4, InstanceCatalog.GCP_A100, InstanceCatalog.GCP_A100_MIG, List.of(
        ns("training-vision", "vision", "resnet vit-finetune detr segformer clip",
            TRAINING, 8, BATCH, 4, GPU_BATCH, 2, GPU_NOTEBOOK, 2, WORKER, 1),
        ns("training-nlp", "nlp", "bert-ft t5-summarize ner-tagger llama-lora tokenizer",
            TRAINING, 8, BATCH, 4, GPU_BATCH, 2, WORKER, 2),
        ns("hpo-sweeps", "research", "sweep-lr sweep-arch optuna ray-tune",
            TRAINING, 7, WORKER, 6, STORE, 1),
        ns("kubeflow", "ml-platform", "ml-pipeline metadata-grpc katib-controller centraldashboard cache-server",
            INFERENCE, 7, STORE, 4, WORKER, 3),
        ns("data-prep", "data-eng", "dedup tokenize shard-writer image-resize parquetize",
            BATCH, 9, WORKER, 5, SPIKY, 1),
        ns("embeddings", "search", "embed-api ann-index vector-sync text-embed",
            MIG_INFERENCE, 6, GPU_BATCH, 4, BATCH, 2, INFERENCE, 3, STORE, 1),
        ns("batch-scoring", "risk", "churn ltv propensity credit-risk",
            BATCH, 9, GPU_BATCH, 3, WORKER, 3, LEAKY, 1),
        ns("argo", "ml-platform", "argo-server workflow-controller artifact-gc",
            SYSTEM, 3, WORKER, 3, STORE, 1),
        ns("research-sandbox", "research", "alice bob chen dana erik",
            GPU_NOTEBOOK, 6, NOTEBOOK, 5, TRAINING, 2, SPIKY, 1),
        ns("monitoring", "platform", "prometheus loki grafana node-exporter fluent-bit dcgm-exporter",
            SYSTEM, 3, DAEMON, 3),
        ns("kube-system", "platform", "kube-dns metrics-server konnectivity-agent kube-proxy gke-metadata-server",
            SYSTEM, 3, DAEMON, 2)));
  }

  private static ClusterPlan azure() {
    return new ClusterPlan("aks-ds-weu", Provider.AZURE, "westeurope", 1, InstanceCatalog.AZURE_GENERAL,
        InstanceCatalog.AZURE_T4, InstanceCatalog.AZURE_A100, null, List.of(
        ns("notebooks-ds", "data-science", "alice bob chen dana erik farah gus hana",
            NOTEBOOK, 9, GPU_NOTEBOOK, 6),
        ns("notebooks-research", "research", "ines jonas kai lena mo nora",
            GPU_NOTEBOOK, 7, NOTEBOOK, 6),
        ns("forecasting", "planning", "demand-forecast prophet-batch inventory-opt price-elasticity",
            INFERENCE, 7, BATCH, 6, WORKER, 2, STORE, 1),
        ns("churn-model", "growth", "churn-lgbm uplift segment next-best-action",
            INFERENCE, 7, BATCH, 5, WORKER, 2, SPIKY, 1),
        ns("cv-inference", "vision", "defect-detect ocr face-blur yolo",
            GPU_INFERENCE, 6, INFERENCE, 5, WORKER, 3, LEAKY, 1, TRAINING, 1),
        ns("feature-pipelines", "data-eng", "spark-driver dbt-runner delta-merge geo-enrich",
            BATCH, 10, WORKER, 5, STORE, 1),
        ns("mlflow", "ml-platform", "mlflow-server artifact-proxy", INFERENCE, 3, STORE, 2, WORKER, 1),
        ns("label-studio", "data-science", "label-studio annotation-export", INFERENCE, 3, STORE, 2, WORKER, 2),
        ns("reporting", "analytics", "superset metabase report-builder",
            INFERENCE, 6, BATCH, 5, WORKER, 2, STORE, 1),
        ns("model-monitoring", "ml-platform", "evidently-service drift-batch prediction-logger alert-router",
            INFERENCE, 6, BATCH, 5, WORKER, 2, STORE, 1),
        ns("monitoring", "platform", "prometheus loki grafana node-exporter fluent-bit dcgm-exporter",
            SYSTEM, 3, DAEMON, 3),
        ns("kube-system", "platform", "coredns metrics-server cloud-node-manager kube-proxy azure-ip-masq-agent",
            SYSTEM, 3, DAEMON, 2)));
  }

  private static NamespacePlan ns(String name, String team, String bases, Object... mix) {
    Map<Role, Integer> roles = new LinkedHashMap<>();
    for (int i = 0; i < mix.length; i += 2) {
      if ((Integer) mix[i + 1] > 0) {
        roles.put((Role) mix[i], (Integer) mix[i + 1]);
      }
    }
    return new NamespacePlan(name, team, List.of(bases.split(" ")), roles);
  }
}
