package dev.fleetscope.simulator.billing;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes charges as FOCUS 1.2 CSV (RFC 4180): the mandatory columns, and the conditional ones a
 * cloud fills in.
 */
final class FocusCsv {
  static final List<String> COLUMNS =
      List.of(
          "BillingAccountId",
          "BillingAccountName",
          "BillingCurrency",
          "BillingPeriodStart",
          "BillingPeriodEnd",
          "ChargePeriodStart",
          "ChargePeriodEnd",
          "ChargeCategory",
          "ChargeClass",
          "ChargeDescription",
          "ChargeFrequency",
          "BilledCost",
          "EffectiveCost",
          "ListCost",
          "ContractedCost",
          "ListUnitPrice",
          "PricingCategory",
          "PricingQuantity",
          "PricingUnit",
          "ConsumedQuantity",
          "ConsumedUnit",
          "ProviderName",
          "PublisherName",
          "InvoiceIssuerName",
          "ServiceName",
          "ServiceCategory",
          "RegionId",
          "AvailabilityZone",
          "ResourceId",
          "ResourceName",
          "ResourceType",
          "SkuId",
          "CommitmentDiscountId",
          "CommitmentDiscountStatus",
          "Tags");

  private final Writer out;
  private final Map<Map<String, String>, String> tagsJson = new IdentityHashMap<>();
  private LocalDate day;
  private List<String> periods;

  FocusCsv(Writer out) throws IOException {
    this.out = out;
    out.write(String.join(",", COLUMNS));
    out.write('\n');
  }

  void write(CloudAccount account, Currency currency, String region, LocalDate chargeDay, Charge c)
      throws IOException {
    if (!chargeDay.equals(day)) {
      YearMonth month = YearMonth.from(chargeDay);
      day = chargeDay;
      periods =
          List.of(
              instant(month.atDay(1)),
              instant(month.plusMonths(1).atDay(1)),
              instant(day),
              instant(day.plusDays(1)));
    }
    List<String> fields =
        List.of(
            account.accountId(),
            account.accountName(),
            currency.getCurrencyCode(),
            periods.get(0),
            periods.get(1),
            periods.get(2),
            periods.get(3),
            "Usage",
            "",
            c.description(),
            "Usage-Based",
            c.effective().toPlainString(),
            c.effective().toPlainString(),
            c.list().toPlainString(),
            c.list().toPlainString(),
            c.unitPrice().toPlainString(),
            c.commitment().isPresent() ? "Committed" : "Standard",
            c.quantity().toPlainString(),
            c.unit(),
            c.quantity().toPlainString(),
            c.unit(),
            account.providerName(),
            account.providerName(),
            account.providerName(),
            c.service(),
            c.serviceCategory(),
            region,
            c.zone(),
            c.resourceId(),
            c.resourceName(),
            c.resourceType(),
            c.skuId(),
            c.commitment().orElse(""),
            c.commitment().isPresent() ? "Used" : "",
            tagsJson.computeIfAbsent(c.tags(), FocusCsv::json));
    out.write(fields.stream().map(FocusCsv::quoted).collect(Collectors.joining(",")));
    out.write('\n');
  }

  private static String instant(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  /**
   * A JSON object of string values; the demo's keys and values need no escapes beyond quotes and
   * backslashes.
   */
  static String json(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(e -> string(e.getKey()) + ":" + string(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String string(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String quoted(String field) {
    boolean needs = field.contains(",") || field.contains("\"") || field.contains("\n");
    return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}
