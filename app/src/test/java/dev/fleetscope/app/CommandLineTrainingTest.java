package dev.fleetscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher records the command line's start-up cache from this training run and quietly goes
 * without one when it fails: a command that stops accepting the training's files must fail here,
 * not only make every later command slower.
 */
class CommandLineTrainingTest {
  @Test
  void runsRecommendAndDriftToTheEndAndLeavesNoFilesBehind() throws IOException {
    List<Path> before = trainingFolders();

    CommandLineTraining.main(new String[0]); // throws when a command exits other than 0

    assertEquals(before, trainingFolders());
  }

  private static List<Path> trainingFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("fleetscope-training"))
          .sorted()
          .toList();
    }
  }
}
