package dev.fleetscope.kubernetes;

/** A kubeconfig context as the Connections view lists it. */
public record KubeContext(
    String name, String cluster, String user, String namespace, String server) {}
