package dev.fleetscope.console.connections;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file: the system's file chooser in the console, a scripted answer in tests.
 */
@FunctionalInterface
public interface FilePicker {
  Optional<Path> pick(String title, Window owner);

  /** JavaFX's {@link FileChooser}, opening in the user's home. */
  static FilePicker system() {
    return (title, owner) -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle(title);
      File home = new File(System.getProperty("user.home"));
      if (home.isDirectory()) {
        chooser.setInitialDirectory(home);
      }
      return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    };
  }
}
