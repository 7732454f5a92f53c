package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs found while fuzzing the kubeconfig reader ({@link KubeconfigFuzzTest}) that escaped as
 * another exception than {@link KubeconfigException}, or without the file's name.
 */
class KubeconfigFindingsTest {
  @TempDir Path dir;

  private KubeconfigException refused(byte[] content) throws Exception {
    Path file = dir.resolve("config");
    Files.write(file, content);
    return assertThrows(
        KubeconfigException.class,
        () -> {
          Kubeconfig config = Kubeconfig.load(List.of(file));
          config.contexts().forEach(c -> config.forContext(c.name()));
        });
  }

  private KubeconfigException refused(String yaml) throws Exception {
    return refused(yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesTextThatIsNotUtf8InsteadOfFailingToRead() throws Exception {
    KubeconfigException e = refused(new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
    assertEquals(dir.resolve("config") + ": not UTF-8 text", e.getMessage());
  }

  @Test
  void refusesCharactersYamlForbidsNamingTheFile() throws Exception {
    KubeconfigException e = refused("a: \u0001");
    assertEquals(
        dir.resolve("config") + ": character U+0001 at position 3 is not allowed in YAML",
        e.getMessage());
  }

  @Test
  void refusesAContextWhoseClusterIsNotTextInsteadOfAClassCastInClientJava() throws Exception {
    KubeconfigException e =
        refused(
            """
            clusters: [{name: c, cluster: {server: "https://127.0.0.1"}}]
            contexts: [{name: x, context: {cluster: 5, user: u}}]
            """);
    assertEquals(
        dir.resolve("config") + ": context 'x': 'cluster' is not text but 5", e.getMessage());
  }

  @Test
  void refusesAnEntryWhoseBodyIsNotAMapping() throws Exception {
    KubeconfigException e = refused("users: [{name: u, user: [token]}]");
    assertEquals(
        dir.resolve("config") + ": user 'u': 'user' is not a mapping of fields", e.getMessage());
  }

  @Test
  void refusesAPathThatNoFileSystemCanHoldNamingTheUserAndField() throws Exception {
    KubeconfigException e = refused("users: [{name: u, user: {client-key: \"a\\0b\"}}]");
    assertEquals(
        true,
        e.getMessage()
            .startsWith(dir.resolve("config") + ": user 'u': client-key is not a valid path"),
        e.getMessage());
  }

  @Test
  void refusesAMissingContextWithTheKubeconfigsOwnException() throws Exception {
    Path file = TestKubeconfigs.withToken(dir, "prod", "http://127.0.0.1:1", "t");
    KubeconfigException e =
        assertThrows(
            KubeconfigException.class, () -> Kubeconfig.load(List.of(file)).forContext("nope"));
    assertEquals("no context 'nope' in the kubeconfig (contexts: prod)", e.getMessage());
  }
}
