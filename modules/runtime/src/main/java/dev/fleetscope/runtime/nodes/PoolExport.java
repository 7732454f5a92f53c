package dev.fleetscope.runtime.nodes;

import dev.fleetscope.model.Provider;
import dev.fleetscope.model.io.AtomicFiles;
import dev.fleetscope.packing.export.EksNodeGroup;
import dev.fleetscope.packing.export.KarpenterNodePool;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A pool proposal written as YAML into a folder the user chose, for review and for their own
 * GitOps: a Karpenter NodePool or an eksctl managed node group. Advice only: nothing is sent to a
 * cluster, so exporting works in read-only mode too. Both formats are AWS's (an {@code
 * EC2NodeClass}, eksctl).
 */
public final class PoolExport {
  public enum Format {
    KARPENTER_NODE_POOL("karpenter-nodepool", "Karpenter NodePool"),
    EKS_NODE_GROUP("eks-nodegroup", "EKS managed node group");

    private final String suffix;
    private final String title;

    Format(String suffix, String title) {
      this.suffix = suffix;
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /** The EC2NodeClass a Karpenter NodePool refers to, which the user's cluster already has. */
  public static final String NODE_CLASS = "default";

  private PoolExport() {}

  /** Whether the formats fit the cluster's cloud; they are AWS's. */
  public static boolean supports(Provider provider) {
    return provider == Provider.AWS;
  }

  /**
   * Writes the proposal into {@code folder} (whole or not at all) and returns the file.
   *
   * @throws IOException naming the folder when it is not a writable folder
   */
  public static Path write(Path folder, ClusterNodeReport cluster, PoolProposal pool, Format format)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + " is not a folder");
    }
    String yaml =
        switch (format) {
          case KARPENTER_NODE_POOL -> KarpenterNodePool.yaml(pool, NODE_CLASS);
          case EKS_NODE_GROUP -> EksNodeGroup.yaml(cluster.cluster(), cluster.region(), pool);
        };
    Path file = folder.resolve(fileName(cluster.cluster(), pool.pool(), format));
    AtomicFiles.write(file, yaml);
    return file;
  }

  /** {@code aws-prod-m6i-4xlarge-karpenter-nodepool.yaml}. */
  static String fileName(String cluster, String pool, Format format) {
    String base = (cluster + "-" + pool).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return base.replaceAll("^-|-$", "") + "-" + format.suffix + ".yaml";
  }
}
