package dev.fleetscope.prometheus;

/** What {@code /api/v1/status/buildinfo} says about the server; Thanos and Mimir answer it too. */
public record BuildInfo(String version, String revision, String goVersion) {
  public static final BuildInfo UNKNOWN = new BuildInfo("unknown", "", "");
}
