package dev.fleetscope.model;

/** Where a cluster runs. Decides which price catalog and billing export apply to its nodes. */
public enum Provider {
  AWS("AWS"),
  GCP("Google Cloud"),
  AZURE("Azure"),
  ON_PREM("On-premises");

  private final String displayName;

  Provider(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
