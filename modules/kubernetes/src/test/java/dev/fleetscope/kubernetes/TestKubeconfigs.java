package dev.fleetscope.kubernetes;

import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Kubeconfig files for tests, pointing a context at a local stand-in server. */
final class TestKubeconfigs {
  private TestKubeconfigs() {}

  static Path withToken(Path dir, String context, String server, String token) throws IOException {
    return write(dir.resolve(context + ".yaml"), context, server, "    token: " + token + "\n");
  }

  static Path write(Path file, String context, String server, String userBody) throws IOException {
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        current-context: %1$s
        clusters:
        - name: %1$s-cluster
          cluster:
            server: %2$s
        users:
        - name: %1$s-user
          user:
        %3$scontexts:
        - name: %1$s
          context:
            cluster: %1$s-cluster
            user: %1$s-user
            namespace: ml
        """
            .formatted(context, server, userBody));
    return file;
  }

  static ClusterConnection connect(Path kubeconfig, String context, boolean readOnly)
      throws IOException {
    return connect(kubeconfig, context, readOnly, Duration.ofSeconds(5));
  }

  static ClusterConnection connect(
      Path kubeconfig, String context, boolean readOnly, Duration timeout) throws IOException {
    return new ClusterConnector(
            Kubeconfig.load(List.of(kubeconfig)),
            readOnly,
            Deadlines.within(timeout),
            false,
            Clock.systemUTC())
        .connect(context);
  }
}
