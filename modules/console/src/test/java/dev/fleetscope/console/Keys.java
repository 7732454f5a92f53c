package dev.fleetscope.console;

import java.util.Arrays;
import java.util.Collections;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Key strokes for the console window. The robot types into the focused window, and under Monocle a
 * notification that has just appeared in the corner (an alert of the demo fleet) is focused; a
 * desktop's window manager keeps focus in the console, so the test gives it back first.
 */
public final class Keys {
  private Keys() {}

  /** Presses the keys together (a shortcut such as Ctrl+4), then releases them. */
  public static void type(FxRobot robot, KeyCode... keys) {
    Stage console = FxToolkit.toolkitContext().getRegisteredStage(); // the console's stage
    robot.interact(console::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    KeyCode[] reversed = keys.clone();
    Collections.reverse(Arrays.asList(reversed));
    robot.press(keys).release(reversed);
  }
}
