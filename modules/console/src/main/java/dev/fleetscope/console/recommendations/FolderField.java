package dev.fleetscope.console.recommendations;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;

/** A folder to write files into instead of sending changes: typed, or chosen in a dialog. */
final class FolderField extends HBox {
  private final TextField text = new TextField();

  FolderField(String id, String prompt, Path initial, String dialogTitle) {
    super(8);
    text.setId(id);
    text.setPromptText(prompt);
    text.setText(initial.toString());
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox.setHgrow(this, Priority.ALWAYS);
    Button choose = new Button("Choose…");
    choose.setOnAction(
        e -> {
          DirectoryChooser chooser = new DirectoryChooser();
          chooser.setTitle(dialogTitle);
          File chosen = chooser.showDialog(getScene().getWindow());
          if (chosen != null) {
            text.setText(chosen.toString());
          }
        });
    getChildren().addAll(text, choose);
  }

  /** The folder named; empty when the field is blank. */
  Optional<Path> folder() {
    String folder = text.getText().strip();
    return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
  }

  /** A folder under the user's home, as a default. */
  static Path home(String name) {
    return Path.of(System.getProperty("user.home"), name);
  }
}
