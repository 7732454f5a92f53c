package dev.fleetscope.console.pipelines;

import dev.fleetscope.console.CornerNotices;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.pipelines.live.PipelineAlert;
import dev.fleetscope.pipelines.live.PipelineAlert.DurationText;
import dev.fleetscope.runtime.pipelines.RunText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Raises each pipeline alert as a ControlsFX notification in the corner of the console window (its
 * owner, so it shows over the console and not on whichever window has focus). The monitor's {@code
 * RunAlerts} decide that an alert is new, so a run is announced once however often it is polled.
 * Clicking a notification shows the run.
 */
public final class PipelineNotifier implements Consumer<List<PipelineAlert>> {
  /** More popups than this at once (a morning of failures at startup) fold into one summary. */
  static final int THRESHOLD = 4;

  private static final int LINE = 60;

  /**
   * ControlsFX styles its popups from the owner's scene, inserting this sheet first when it is
   * missing; the console lists it after its theme instead, so the theme stays first and can restyle
   * the popups.
   */
  public static final String STYLESHEET =
      Notifications.class.getResource("notificationpopup.css").toExternalForm();

  private final Window owner;
  private final BooleanSupplier dark;
  private final Consumer<PipelineRun> onOpen;
  private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
  private boolean closed; // read and written on the FX thread

  /**
   * @param dark whether the console shows its dark theme now: the popups follow it
   */
  public PipelineNotifier(Window owner, BooleanSupplier dark, Consumer<PipelineRun> onOpen) {
    this.owner = owner;
    this.dark = dark;
    this.onOpen = onOpen;
  }

  /**
   * From any thread (the monitor's); the popups are shown on the FX thread. More than {@value
   * #THRESHOLD} alerts from one poll become one summary, counted here rather than by ControlsFX,
   * whose threshold would count the alert notifications in the same corner too.
   */
  @Override
  public void accept(List<PipelineAlert> alerts) {
    if (alerts.isEmpty()) {
      return;
    }
    List<PipelineAlert> copy = List.copyOf(alerts);
    Platform.runLater(
        () -> {
          if (copy.size() > THRESHOLD) {
            raise("Pipelines need attention", summary(copy), true, copy.getFirst());
          } else {
            copy.forEach(a -> raise(title(a), text(a), a instanceof PipelineAlert.RunFailed, a));
          }
        });
  }

  private void raise(String title, String text, boolean failed, PipelineAlert opened) {
    if (closed || !owner.isShowing()) {
      return; // closing: ControlsFX needs a showing owner
    }
    Notifications popup =
        Notifications.create()
            .owner(owner)
            .position(Pos.BOTTOM_RIGHT)
            .title(title)
            .text(text)
            .styleClass(CornerNotices.STYLE_CLASS)
            .hideAfter(Duration.seconds(failed ? 20 : 12))
            .onAction(e -> onOpen.accept(opened.run()));
    if (dark.getAsBoolean()) {
      popup.darkStyle();
    }
    if (failed) {
      popup.showError();
    } else {
      popup.showWarning();
    }
    shown.set(shown.get() + 1);
  }

  /**
   * {@code 3 runs failed, 2 are taking long: features, train, ingest …}; a click shows the first.
   */
  static String summary(List<PipelineAlert> alerts) {
    long failed = alerts.stream().filter(a -> a instanceof PipelineAlert.RunFailed).count();
    long late = alerts.size() - failed;
    String failures = count(failed, "run failed", "runs failed");
    String counts =
        late == 0
            ? failures
            : failed == 0
                ? count(late, "run is taking long", "runs are taking long")
                : failures + ", " + count(late, "is taking long", "are taking long");
    List<String> pipelines = alerts.stream().map(a -> a.run().pipeline()).distinct().toList();
    String names = String.join(", ", pipelines.subList(0, Math.min(3, pipelines.size())));
    return counts + ":\n" + shorten(names + (pipelines.size() > 3 ? " …" : ""));
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String title(PipelineAlert alert) {
    return alert.run().pipeline()
        + switch (alert) {
          case PipelineAlert.RunFailed failed -> " failed";
          case PipelineAlert.RunOverdue overdue ->
              overdue.run().state().finished() ? " took long" : " is taking long";
        };
  }

  /** A few short lines: a popup grows as wide as its longest line and would run off the window. */
  static String text(PipelineAlert alert) {
    List<String> lines = new ArrayList<>();
    switch (alert) {
      case PipelineAlert.RunFailed failed -> {
        failed.run().failedTasks().stream()
            .limit(2)
            .forEach(t -> lines.addAll(wrap("✕ " + RunText.task(t))));
        lines.add(
            "started "
                + RunText.start(failed.run())
                + failed.run().duration().map(d -> " · ran " + DurationText.of(d)).orElse(""));
      }
      case PipelineAlert.RunOverdue overdue ->
          lines.addAll(
              wrap(
                  (overdue.run().state().finished() ? "took " : "running for ")
                      + DurationText.of(overdue.elapsed())
                      + ", past its usual "
                      + DurationText.of(overdue.usual())
                      + " (p95 of recent runs)"));
    }
    lines.add("run " + alert.run().runId());
    return String.join("\n", lines.stream().map(PipelineNotifier::shorten).toList());
  }

  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && line.length() + word.length() + 1 > LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines.size() > 3 ? List.of(lines.get(0), lines.get(1), lines.get(2) + " …") : lines;
  }

  private static String shorten(String line) {
    return line.length() <= LINE + 8 ? line : line.substring(0, LINE + 6) + "…";
  }

  /**
   * Closes the notifications still on screen and raises no more: the console is closing. On the FX
   * thread.
   */
  public void close() {
    closed = true;
    CornerNotices.closeAll(owner);
  }

  /** How many notifications were raised, for tests and the status bar. */
  public ReadOnlyIntegerProperty shown() {
    return shown.getReadOnlyProperty();
  }
}
