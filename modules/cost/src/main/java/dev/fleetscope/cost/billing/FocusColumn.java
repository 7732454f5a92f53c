package dev.fleetscope.cost.billing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The FOCUS columns Fleetscope keeps, in the order of the store's {@code billing_row} table.
 *
 * <p>{@link Need#REQUIRED} columns are mandatory in FOCUS 1.0 through 1.2 and a file without them
 * is refused; {@link Need#CONDITIONAL} ones are stored when the file has them and are null
 * otherwise. Other FOCUS columns are read past. {@code BillingPeriodStart}/{@code End} are required
 * but not stored: views work on charge periods.
 */
public enum FocusColumn {
  CHARGE_PERIOD_START("ChargePeriodStart", Kind.DATETIME, Need.REQUIRED),
  CHARGE_PERIOD_END("ChargePeriodEnd", Kind.DATETIME, Need.REQUIRED),
  BILLING_CURRENCY("BillingCurrency", Kind.CURRENCY, Need.REQUIRED),
  BILLED_COST("BilledCost", Kind.COST, Need.REQUIRED),
  EFFECTIVE_COST("EffectiveCost", Kind.COST, Need.REQUIRED),
  LIST_COST("ListCost", Kind.COST, Need.REQUIRED),
  CHARGE_CATEGORY("ChargeCategory", Kind.CATEGORY, Need.REQUIRED),
  SERVICE_NAME("ServiceName", Kind.TEXT, Need.REQUIRED),
  /** Renamed ServiceProviderName in FOCUS 1.3; a file with only the new name is read through it. */
  PROVIDER_NAME("ProviderName", Kind.TEXT, Need.REQUIRED, "ServiceProviderName"),
  BILLING_ACCOUNT_ID("BillingAccountId", Kind.TEXT, Need.REQUIRED),
  BILLING_ACCOUNT_NAME("BillingAccountName", Kind.TEXT, Need.CONDITIONAL),
  SUB_ACCOUNT_ID("SubAccountId", Kind.TEXT, Need.CONDITIONAL),
  SUB_ACCOUNT_NAME("SubAccountName", Kind.TEXT, Need.CONDITIONAL),
  PUBLISHER_NAME("PublisherName", Kind.TEXT, Need.CONDITIONAL),
  INVOICE_ISSUER_NAME("InvoiceIssuerName", Kind.TEXT, Need.CONDITIONAL),
  SERVICE_CATEGORY("ServiceCategory", Kind.TEXT, Need.CONDITIONAL),
  CHARGE_FREQUENCY("ChargeFrequency", Kind.TEXT, Need.CONDITIONAL),
  PRICING_CATEGORY("PricingCategory", Kind.TEXT, Need.CONDITIONAL),
  REGION_ID("RegionId", Kind.TEXT, Need.CONDITIONAL),
  REGION_NAME("RegionName", Kind.TEXT, Need.CONDITIONAL),
  AVAILABILITY_ZONE("AvailabilityZone", Kind.TEXT, Need.CONDITIONAL),
  RESOURCE_ID("ResourceId", Kind.TEXT, Need.CONDITIONAL),
  RESOURCE_NAME("ResourceName", Kind.TEXT, Need.CONDITIONAL),
  RESOURCE_TYPE("ResourceType", Kind.TEXT, Need.CONDITIONAL),
  SKU_ID("SkuId", Kind.TEXT, Need.CONDITIONAL),
  COMMITMENT_DISCOUNT_ID("CommitmentDiscountId", Kind.TEXT, Need.CONDITIONAL),
  TAGS("Tags", Kind.JSON, Need.CONDITIONAL);

  /** Mandatory columns that are checked for but not kept. */
  public static final List<String> REQUIRED_UNSTORED =
      List.of("BillingPeriodStart", "BillingPeriodEnd");

  /** How a column is typed in the store, which decides how a bad value is reported. */
  public enum Kind {
    DATETIME,
    CURRENCY,
    COST,
    CATEGORY,
    TEXT,
    JSON
  }

  public enum Need {
    REQUIRED,
    CONDITIONAL
  }

  private final String focusName;
  private final Kind kind;
  private final Need need;
  private final Optional<String> successorName;

  FocusColumn(String focusName, Kind kind, Need need) {
    this(focusName, kind, need, null);
  }

  FocusColumn(String focusName, Kind kind, Need need, String successorName) {
    this.focusName = focusName;
    this.kind = kind;
    this.need = need;
    this.successorName = Optional.ofNullable(successorName);
  }

  /** The column's name in the FOCUS specification, e.g. {@code BilledCost}. */
  public String focusName() {
    return focusName;
  }

  /** The FOCUS 1.3 name that replaces this one, when it was renamed. */
  public Optional<String> successorName() {
    return successorName;
  }

  public Kind kind() {
    return kind;
  }

  public boolean required() {
    return need == Need.REQUIRED;
  }

  /** The column in the store's {@code billing_row} table: the FOCUS name in snake case. */
  public String sqlName() {
    return focusName.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether every row must have a value: the required columns that sums and periods rest on.
   * Required text columns (ServiceName...) may be empty in practice; such rows group under no key
   * instead of failing the file.
   */
  public boolean neverEmpty() {
    return required() && kind != Kind.TEXT;
  }

  /** Columns a report can group by: everything but costs, periods and the JSON tags. */
  public boolean groupable() {
    return kind == Kind.TEXT || kind == Kind.CATEGORY || kind == Kind.CURRENCY;
  }

  /** The column with this FOCUS name, ignoring case ({@code servicename} finds ServiceName). */
  public static Optional<FocusColumn> byFocusName(String name) {
    return Arrays.stream(values()).filter(c -> c.focusName.equalsIgnoreCase(name)).findFirst();
  }
}
