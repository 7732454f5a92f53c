package dev.fleetscope.cli.output;

import dev.fleetscope.updates.UpdateStatus;

/** An update check as a one-row table: running and latest version, whether newer, its page. */
public final class UpdateTable {
  private UpdateTable() {}

  public static String render(UpdateStatus status) {
    return TextTable.aligned("LLLL", "CURRENT", "LATEST", "NEWER", "PAGE")
        .row(
            status.current().toString(),
            status.latest().map(r -> r.version().orElseThrow().toString()).orElse("-"),
            status.newer() ? "yes" : "no",
            status.latest().map(r -> r.page().toString()).orElse("-"))
        .render();
  }
}
