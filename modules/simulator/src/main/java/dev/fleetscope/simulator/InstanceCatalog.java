package dev.fleetscope.simulator;

import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.NodeGpus.MigSlices;
import dev.fleetscope.model.Provider;
import java.util.List;

/**
 * The machine types of the demo fleet. Prices are approximate public on-demand list prices (USD per
 * hour, US and EU regions, 2025); they make the demo's costs plausible, they are not a price source
 * for real clusters.
 */
final class InstanceCatalog {
  private static final long GIB = 1L << 30;
  private static final long GB = 1_000_000_000L;

  static final InstanceType AWS_GENERAL =
      new InstanceType("m6i.4xlarge", Provider.AWS, 16, 64 * GIB, NodeGpus.NONE, 0.768);
  static final InstanceType AWS_MEMORY =
      new InstanceType("r6i.4xlarge", Provider.AWS, 16, 128 * GIB, NodeGpus.NONE, 1.008);
  static final InstanceType AWS_GPU_SMALL =
      new InstanceType(
          "g5.2xlarge",
          Provider.AWS,
          8,
          32 * GIB,
          NodeGpus.whole("NVIDIA A10G", 1, 24 * GIB),
          1.212);
  static final InstanceType AWS_GPU_LARGE =
      new InstanceType(
          "g5.12xlarge",
          Provider.AWS,
          48,
          192 * GIB,
          NodeGpus.whole("NVIDIA A10G", 4, 24 * GIB),
          5.672);

  static final InstanceType GCP_GENERAL =
      new InstanceType("n2-standard-16", Provider.GCP, 16, 64 * GIB, NodeGpus.NONE, 0.777);
  static final InstanceType GCP_MEMORY =
      new InstanceType("n2-highmem-16", Provider.GCP, 16, 128 * GIB, NodeGpus.NONE, 1.048);
  static final InstanceType GCP_A100 =
      new InstanceType(
          "a2-highgpu-4g",
          Provider.GCP,
          48,
          340 * GIB,
          NodeGpus.whole("NVIDIA A100-SXM4-40GB", 4, 40 * GB),
          14.694);
  static final InstanceType GCP_A100_MIG =
      new InstanceType(
          "a2-highgpu-1g",
          Provider.GCP,
          12,
          85 * GIB,
          new NodeGpus(
              "NVIDIA A100-SXM4-40GB",
              1,
              40 * GB,
              List.of(new MigSlices(MigProfile.parse("1g.5gb"), 7))),
          3.673);
  static final InstanceType GCP_L4 =
      new InstanceType(
          "g2-standard-8",
          Provider.GCP,
          8,
          32 * GIB,
          NodeGpus.whole("NVIDIA L4", 1, 24 * GIB),
          0.854);

  static final InstanceType AZURE_GENERAL =
      new InstanceType("Standard_D16s_v5", Provider.AZURE, 16, 64 * GIB, NodeGpus.NONE, 0.768);
  static final InstanceType AZURE_MEMORY =
      new InstanceType("Standard_E16s_v5", Provider.AZURE, 16, 128 * GIB, NodeGpus.NONE, 1.008);
  static final InstanceType AZURE_T4 =
      new InstanceType(
          "Standard_NC4as_T4_v3",
          Provider.AZURE,
          4,
          28 * GIB,
          NodeGpus.whole("NVIDIA T4", 1, 16 * GIB),
          0.526);
  static final InstanceType AZURE_A100 =
      new InstanceType(
          "Standard_NC24ads_A100_v4",
          Provider.AZURE,
          24,
          220 * GIB,
          NodeGpus.whole("NVIDIA A100 80GB PCIe", 1, 80 * GB),
          3.673);

  private InstanceCatalog() {}
}
