package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as a kubeconfig: either every context it declares can be handed to client-java, or it
 * is refused with a {@link KubeconfigException} whose message starts with the file. Any other
 * exception is a finding. Seeds: KubeconfigFuzzTestInputs (written after kubectl's documented
 * shapes: token, exec plugin, client certificate, auth-provider).
 */
class KubeconfigFuzzTest {
  private static final Path DIR = temporaryFolder();

  /** Held so the setting sticks: SnakeYAML warns on every duplicate key the fuzzer writes. */
  private static final Logger YAML_LOG = Logger.getLogger("org.yaml.snakeyaml");

  static {
    YAML_LOG.setLevel(Level.SEVERE);
  }

  @FuzzTest(maxDuration = "15s")
  void readsOrRefusesNamingTheFile(byte[] yaml) throws IOException {
    Path file = DIR.resolve("config");
    Files.write(file, yaml);
    try {
      Kubeconfig config = Kubeconfig.load(List.of(file));
      for (KubeContext context : config.contexts()) {
        config.forContext(context.name());
        config.user(context.name());
      }
    } catch (KubeconfigException e) {
      assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(DIR.resolve("config"));
    Files.deleteIfExists(DIR);
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("kubeconfig-fuzz");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
