package dev.fleetscope.console.cost;

import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.cost.AllocationSummary;
import dev.fleetscope.runtime.cost.BillingPicture;
import dev.fleetscope.runtime.cost.Breakdown;
import dev.fleetscope.runtime.cost.BreakdownRow;
import dev.fleetscope.runtime.cost.CostState;
import dev.fleetscope.runtime.cost.CostText;
import dev.fleetscope.runtime.cost.SavingsEstimate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The wall's cost board: the month-end forecast from the bill as the headline, then idle node
 * capacity (first when it is high), month to date, run rate, what the recommendations would save
 * and the largest spender, each with its unit and period and the age of the data it comes from: the
 * bill's latest day, or the fleet's sources for what is priced from the nodes.
 */
public final class CostBoard {
  /** Idle node capacity is worth a look from this share of the node cost on. */
  static final double IDLE_WARNING = 0.30;

  /** Exports lag a day or two; the bill's age turns amber past this and red past twice this. */
  static final Duration BILL_LAG = Duration.ofDays(2);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private CostBoard() {}

  /**
   * @param fleet the fleet's sources now: node prices and allocations come from them
   */
  public static WallBoard of(CostViewModel model, Clock clock, Supplier<List<SourceStatus>> fleet) {
    model.activate(); // reads the bill and starts the allocation, as the view does
    return new WallBoard(
        "cost-board",
        clock,
        model.state(),
        state -> picture(state, now -> WallDataAge.of(fleet.get(), now)));
  }

  /**
   * @param fleetAge the age of the fleet's data at an instant
   */
  static Picture picture(CostState state, Function<Instant, WallDataAge> fleetAge) {
    List<Item> items = new ArrayList<>();
    state.billing().ifPresent(bill -> items.addAll(bill(bill)));
    state
        .allocation()
        .map(a -> idle(a, fleetAge))
        .ifPresent(idle -> items.add(idle.tone() == Tone.WARNING ? 0 : items.size(), idle));
    savings(state.savings(), fleetAge).ifPresent(items::add);
    state.breakdown().rows().stream()
        .filter(r -> !r.idle() && !r.key().equals(Breakdown.OTHER))
        .findFirst()
        .flatMap(top -> state.breakdown().currency().map(c -> largest(state, top, c, fleetAge)))
        .ifPresent(items::add);
    if (state.billing().isPresent()) {
      BillingPicture bill = state.billing().get();
      return new Picture(
          CostText.number(bill.outlook().forecastMonthEnd().doubleValue())
              + " "
              + bill.currency().getCurrencyCode()
              + " forecast for "
              + bill.monthName(),
          Tone.NEUTRAL,
          items,
          bill.source(),
          now -> billAge(bill, now));
    }
    return new Picture(
        state
            .allocation()
            .map(a -> "Node cost " + Units.money(a.perHour(), a.currency(), "hour"))
            .orElse("Reading the bill…"),
        Tone.NEUTRAL,
        items,
        state.billingNote().isEmpty() ? "reading the billing export" : state.billingNote(),
        fleetAge);
  }

  /** Month to date and the run rate, as the bill has them. */
  private static List<Item> bill(BillingPicture bill) {
    String code = bill.currency().getCurrencyCode();
    return List.of(
        new Item(
            "Month to date",
            CostText.number(bill.outlook().monthToDate().doubleValue()) + " " + code,
            "for " + bill.monthToDatePeriod(),
            Tone.INFO,
            now -> billAge(bill, now)),
        new Item(
            "Run rate",
            CostText.number(bill.outlook().runRatePerDay().doubleValue()) + " " + code + "/day",
            bill.runRatePeriod(),
            Tone.INFO,
            now -> billAge(bill, now)));
  }

  private static Item idle(AllocationSummary a, Function<Instant, WallDataAge> fleetAge) {
    double idlePerHour = a.idlePerHour().total();
    return new Item(
        "Idle node capacity",
        CostText.share(a.idleShare()),
        "≈ "
            + Units.money(idlePerHour * HourlyPrice.HOURS_PER_MONTH, a.currency(), "month")
            + " of node cost no workload requests",
        a.idleShare() >= IDLE_WARNING ? Tone.WARNING : Tone.CALM,
        fleetAge);
  }

  private static Optional<Item> savings(
      SavingsEstimate estimate, Function<Instant, WallDataAge> fleetAge) {
    if (!(estimate instanceof SavingsEstimate.Ready ready) || ready.perMonth().isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<Currency, Double> main =
        ready.perMonth().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    return Optional.of(
        new Item(
            "Rightsizing would save",
            CostText.number(main.getValue()) + " " + main.getKey().getCurrencyCode() + "/month",
            ready.recommendations()
                + " recommendations save, "
                + ready.increases()
                + " ask for more · "
                + ready.strategy()
                + " strategy",
            main.getValue() > 0 ? Tone.CALM : Tone.INFO,
            fleetAge));
  }

  private static Item largest(
      CostState state, BreakdownRow top, Currency currency, Function<Instant, WallDataAge> age) {
    return new Item(
        top.key(),
        CostText.share(top.share()),
        "largest "
            + state.breakdown().dimension().name().toLowerCase(Locale.ROOT)
            + " · "
            + (state.breakdown().perMonth()
                ? Units.money(top.amount(), currency, "month")
                : CostText.amount(top.amount(), currency) + " for " + state.breakdown().period()),
        Tone.INFO,
        state.breakdown().perMonth() || state.billing().isEmpty()
            ? age
            : now -> billAge(state.billing().get(), now));
  }

  /** {@code bill through 6 Dec}: amber once the export lags more than usual, red at twice that. */
  static WallDataAge billAge(BillingPicture bill, Instant now) {
    return bill.outlook()
        .through()
        .map(
            through -> {
              Duration behind =
                  Duration.between(
                      through.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), now);
              DataAge level =
                  behind.compareTo(BILL_LAG.multipliedBy(2)) > 0
                      ? DataAge.RED
                      : behind.compareTo(BILL_LAG) > 0 ? DataAge.AMBER : DataAge.FRESH;
              return new WallDataAge("bill through " + DAY.format(through), level);
            })
        .orElse(new WallDataAge("no charges this month yet", DataAge.AMBER));
  }
}
