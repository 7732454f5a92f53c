package dev.fleetscope.console.cost;

import dev.fleetscope.cost.billing.DailyCost;
import dev.fleetscope.cost.billing.MonthOutlook;
import dev.fleetscope.runtime.cost.BillingPicture;
import dev.fleetscope.runtime.cost.CostText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Cost per day from the bill, with the rest of the month drawn at the run rate: where the forecast
 * comes from.
 */
final class DailyCostChart extends AreaChart<Number, Number> {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

  private final NumberAxis days;
  private final NumberAxis money;

  DailyCostChart() {
    super(new NumberAxis(), new NumberAxis());
    days = (NumberAxis) getXAxis();
    money = (NumberAxis) getYAxis();
    setId("cost-trend");
    getStyleClass().add("cost-trend");
    setAnimated(false);
    setCreateSymbols(false);
    days.setAutoRanging(false);
    days.setMinorTickVisible(false);
    days.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number epochDay) {
            return DAY.format(LocalDate.ofEpochDay(epochDay.longValue()));
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
          }
        });
    money.setForceZeroInRange(true);
    setPrefHeight(230);
    setMinHeight(200);
  }

  void show(BillingPicture bill) {
    MonthOutlook o = bill.outlook();
    String code = bill.currency().getCurrencyCode();
    setTitle(
        "Cost per day ("
            + code
            + "/day, "
            + BillingPicture.MEASURE.optionName()
            + " cost, UTC days)");
    money.setLabel(code + "/day");
    XYChart.Series<Number, Number> daily = new XYChart.Series<>();
    daily.setName("billed days");
    for (DailyCost d : bill.trend()) {
      daily.getData().add(new XYChart.Data<>(d.day().toEpochDay(), d.cost().doubleValue()));
    }
    List<XYChart.Series<Number, Number>> series = new ArrayList<>(List.of(daily));
    LocalDate monthEnd = o.month().atEndOfMonth();
    o.through()
        .filter(t -> t.isBefore(monthEnd))
        .ifPresent(
            through -> {
              XYChart.Series<Number, Number> ahead = new XYChart.Series<>();
              ahead.setName(
                  "forecast at the run rate ("
                      + CostText.amount(o.runRatePerDay().doubleValue(), bill.currency())
                      + "/day)");
              for (LocalDate d = through; !d.isAfter(monthEnd); d = d.plusDays(1)) {
                ahead
                    .getData()
                    .add(new XYChart.Data<>(d.toEpochDay(), o.runRatePerDay().doubleValue()));
              }
              series.add(ahead);
            });
    getData().setAll(series);
    long first =
        bill.trend().isEmpty()
            ? o.month().atDay(1).toEpochDay()
            : bill.trend().getFirst().day().toEpochDay();
    days.setLowerBound(first);
    days.setUpperBound(monthEnd.toEpochDay());
    days.setTickUnit(7);
  }

  void clear(String why) {
    setTitle("Cost per day: " + why);
    getData().clear();
  }
}
