package dev.fleetscope.console.cost;

import dev.fleetscope.console.WrappingRow;
import dev.fleetscope.console.nodes.NodeSavings;
import dev.fleetscope.cost.billing.MonthOutlook;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.cost.BillingPicture;
import dev.fleetscope.runtime.cost.CostState;
import dev.fleetscope.runtime.cost.CostText;
import dev.fleetscope.runtime.cost.SavingsEstimate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The headline figures: month to date, run rate and forecast from the bill; node cost and idle cost
 * now from the allocation; what the recommendations would save. Each says its currency and period.
 */
final class OutlookCards extends WrappingRow {
  private final Card monthToDate = new Card("cost-mtd", "Month to date");
  private final Card runRate = new Card("cost-run-rate", "Run rate");
  private final Card forecast = new Card("cost-forecast", "Month-end forecast");
  private final Card nodes = new Card("cost-node-cost", "Node cost now");
  private final Card idle = new Card("cost-idle", "Idle node capacity");
  private final Card savings = new Card("cost-savings", NodeSavings.REQUESTS_LABEL);
  private final Card nodeSavings = new Card("cost-node-savings", NodeSavings.NODES_LABEL);

  OutlookCards() {
    super(10, Card.MIN_WIDTH);
    getStyleClass().add("cost-cards");
    getChildren().addAll(monthToDate, runRate, forecast, nodes, idle, savings, nodeSavings);
    nodeSavings.set("—", "", "shown once the Nodes view's packing is ready");
  }

  void show(CostState state) {
    showBilling(state);
    state
        .allocation()
        .ifPresentOrElse(
            a -> {
              Currency c = a.currency();
              int nodeCount = a.clusters().stream().mapToInt(k -> k.idleByNode().size()).sum();
              nodes.set(
                  CostText.number(a.perHour()),
                  c.getCurrencyCode() + "/hour",
                  "≈ "
                      + Units.money(a.perHour() * HourlyPrice.HOURS_PER_MONTH, c, "month")
                      + " for "
                      + nodeCount
                      + " nodes");
              double idlePerHour = a.idlePerHour().total();
              idle.set(
                  CostText.number(idlePerHour),
                  c.getCurrencyCode() + "/hour",
                  "≈ "
                      + Units.money(idlePerHour * HourlyPrice.HOURS_PER_MONTH, c, "month")
                      + " · "
                      + CostText.share(a.idleShare())
                      + " of node cost that no workload requests");
            },
            () -> {
              nodes.set("—", "", "waiting for the fleet");
              idle.set("—", "", "waiting for the fleet");
            });
    showSavings(state.savings());
  }

  /** What consolidating the nodes would save, beside what the requests alone would. */
  void showNodes(NodeSavings figures) {
    String[] amount = figures.nodes().split(" ", 2);
    nodeSavings.set(amount[0], amount.length > 1 ? amount[1] : "", figures.detail());
  }

  private void showBilling(CostState state) {
    if (state.billing().isEmpty()) {
      boolean reading = state.billingNote().isEmpty();
      monthToDate.set("—", "", reading ? "reading the billing export…" : "needs a billing export");
      runRate.set("—", "", reading ? "" : "needs a billing export");
      forecast.set("—", "", reading ? "" : "needs a billing export");
      return;
    }
    BillingPicture bill = state.billing().get();
    MonthOutlook o = bill.outlook();
    String code = bill.currency().getCurrencyCode();
    monthToDate.set(
        CostText.number(o.monthToDate().doubleValue()), code, "for " + bill.monthToDatePeriod());
    runRate.set(
        CostText.number(o.runRatePerDay().doubleValue()), code + "/day", bill.runRatePeriod());
    forecast.set(
        CostText.number(o.forecastMonthEnd().doubleValue()),
        code,
        "for all of "
            + bill.monthName()
            + (bill.latestMonth() ? " (the latest month billed)" : ""));
  }

  private void showSavings(SavingsEstimate estimate) {
    switch (estimate) {
      case SavingsEstimate.Waiting w -> savings.set("—", "", w.why());
      case SavingsEstimate.Computing c ->
          savings.set("…", "", "replaying usage history: " + Units.percent(c.progress()));
      case SavingsEstimate.Failed f ->
          savings.set("—", "", "could not be computed: " + f.message());
      case SavingsEstimate.Ready r -> {
        Map.Entry<Currency, Double> main =
            r.perMonth().entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElse(Map.entry(HourlyPrice.USD, 0.0));
        String others =
            r.perMonth().entrySet().stream()
                .filter(e -> !e.getKey().equals(main.getKey()))
                .map(e -> " + " + Units.money(e.getValue(), e.getKey(), "month"))
                .collect(Collectors.joining());
        savings.set(
            CostText.number(main.getValue()),
            main.getKey().getCurrencyCode() + "/month",
            String.format(
                Locale.ROOT,
                "%snet, priced per requested core, GiB and GPU: %d recommendations save, %d ask for"
                    + " more (%s strategy)",
                others.isEmpty() ? "" : others.substring(3) + " · ",
                r.recommendations(),
                r.increases(),
                r.strategy()));
      }
    }
  }

  /** One figure: a title, the number large with its unit, and what it covers below. */
  private static final class Card extends VBox {
    static final double MIN_WIDTH = 150;

    private final Label figure = new Label("—");
    private final Label unit = new Label();
    private final Label detail = new Label();

    Card(String id, String title) {
      super(2);
      getStyleClass().add("cost-card");
      Label heading = new Label(title);
      heading.getStyleClass().add("cost-card-title");
      figure.setId(id);
      figure.getStyleClass().add("cost-figure");
      figure.setMinWidth(Label.USE_PREF_SIZE);
      unit.setId(id + "-unit");
      unit.getStyleClass().add("cost-unit");
      HBox value = new HBox(5, figure, unit);
      value.setAlignment(Pos.BASELINE_LEFT);
      detail.setId(id + "-detail");
      detail.getStyleClass().add("muted");
      detail.setWrapText(true);
      getChildren().addAll(heading, value, detail);
      setMinWidth(MIN_WIDTH);
      setPrefWidth(200);
    }

    void set(String value, String unitText, String what) {
      figure.setText(value);
      unit.setText(unitText);
      detail.setText(what);
    }
  }
}
