package dev.fleetscope.console;

import java.io.IOException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what a dialog edits off the FX thread, the dialog disabled meanwhile: once written, the
 * saved value becomes the dialog's result and it closes; if the write fails, the dialog comes back
 * with the user's edits as they were and says why ({@code Not saved: ...}), the details in the log.
 */
public final class DialogSave {
  private static final Logger LOG = LoggerFactory.getLogger(DialogSave.class);

  /** Writes the value; may block on file I/O. */
  @FunctionalInterface
  public interface Write<T> {
    void write(T value) throws IOException;
  }

  private DialogSave() {}

  /**
   * @param what what is saved and where, for the log ({@code "the wall boards to
   *     /…/settings.json"})
   * @param showProblem shows a line in the dialog, on the FX thread
   */
  public static <T> void start(
      Dialog<T> dialog,
      String what,
      T value,
      Write<? super T> write,
      Consumer<String> showProblem) {
    dialog.getDialogPane().setDisable(true);
    Thread.ofVirtual()
        .name("dialog-save")
        .start(
            () -> {
              try {
                write.write(value);
                Platform.runLater(
                    () -> {
                      dialog.setResult(value);
                      dialog.close();
                    });
              } catch (IOException | RuntimeException failed) {
                LOG.warn("Saving {} failed", what, failed);
                Platform.runLater(
                    () -> {
                      dialog.getDialogPane().setDisable(false);
                      showProblem.accept("Not saved: " + failed.getMessage());
                    });
              }
            });
  }
}
