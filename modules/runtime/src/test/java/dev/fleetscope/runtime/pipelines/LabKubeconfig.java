package dev.fleetscope.runtime.pipelines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A kubeconfig for tests: one context, {@code lab}, pointing at a local stand-in apiserver with a
 * bearer token.
 */
public final class LabKubeconfig {
  public static final String TOKEN = "s3cret";

  private LabKubeconfig() {}

  public static Path write(Path dir, String server) throws IOException {
    return Files.writeString(
        dir.resolve("config"),
        """
        apiVersion: v1
        kind: Config
        current-context: lab
        clusters:
        - name: lab-cluster
          cluster:
            server: %s
        users:
        - name: lab-user
          user:
            token: %s
        contexts:
        - name: lab
          context: {cluster: lab-cluster, user: lab-user, namespace: ml}
        """
            .formatted(server, TOKEN));
  }
}
