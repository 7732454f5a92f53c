package dev.fleetscope.cost.price;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Instance prices for offline use, as a small CSV: one ships with the app (common CPU and GPU types
 * of AWS, GCP and Azure), and a refreshed one, written from the live catalogs, is kept in the
 * user's data directory and preferred when present. Each file says where its prices come from and
 * as of when.
 */
public record PriceSnapshot(String source, LocalDate asOf, PriceBook book) {
  public static final String FILE_NAME = "instance-prices.csv";
  private static final String BUNDLED = "/dev/fleetscope/cost/price/" + FILE_NAME;
  private static final String HEADER_WITHOUT_SPOT =
      "provider,region,instance_type,vcpus,memory_gib,gpus,gpu_model,currency,price_per_hour";

  /** The last column, spot price per hour in the same currency, is empty where none is known. */
  private static final String HEADER = HEADER_WITHOUT_SPOT + ",spot_price_per_hour";

  /** The snapshot shipped with Fleetscope. */
  public static PriceSnapshot bundled() {
    try (InputStream in = PriceSnapshot.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled price snapshot " + BUNDLED + " is missing from the build");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The refreshed snapshot in {@code dataDirectory} if there is one, else the bundled one. */
  public static PriceSnapshot current(Path dataDirectory) throws IOException {
    Path refreshed = dataDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(refreshed)) {
      return bundled();
    }
    try (Reader reader = Files.newBufferedReader(refreshed)) {
      return read(reader, refreshed.toString());
    }
  }

  /** This snapshot with the catalogs' newer prices; what the catalogs did not return is kept. */
  public PriceSnapshot refreshedWith(
      Collection<InstancePrice> fromCatalogs, String catalogs, LocalDate today) {
    return new PriceSnapshot(
        catalogs + " (refreshed; older prices from " + source + ")",
        today,
        book.refreshedWith(fromCatalogs));
  }

  /**
   * Writes the snapshot to {@code dataDirectory} whole or not at all, durably ({@link
   * AtomicFiles}).
   */
  public void save(Path dataDirectory) throws IOException {
    StringWriter text = new StringWriter();
    write(text);
    AtomicFiles.write(dataDirectory.resolve(FILE_NAME), text.toString());
  }

  public void write(Writer out) throws IOException {
    out.write("# source: " + source + "\n# as-of: " + asOf + "\n" + HEADER + "\n");
    for (InstancePrice p : book.prices()) {
      InstanceShape s = p.shape();
      out.write(
          String.join(
                  ",",
                  p.provider().name(),
                  p.region(),
                  p.instanceType(),
                  number(s.vcpus()),
                  number(s.memoryGib()),
                  Integer.toString(s.gpus()),
                  s.gpuModel(),
                  p.price().currency().getCurrencyCode(),
                  number(p.price().amount()),
                  p.spot().map(spot -> number(spot.amount())).orElse(""))
              + "\n");
    }
  }

  static PriceSnapshot read(Reader reader, String name) throws IOException {
    String source = "";
    LocalDate asOf = null;
    List<InstancePrice> prices = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (line.startsWith("# source:")) {
        source = line.substring("# source:".length()).strip();
      } else if (line.startsWith("# as-of:")) {
        asOf = LocalDate.parse(line.substring("# as-of:".length()).strip());
      } else if (!line.isBlank()
          && !line.startsWith("#")
          && !line.equals(HEADER)
          && !line.equals(HEADER_WITHOUT_SPOT)) {
        prices.add(parse(line, name, lineNumber));
      }
    }
    if (asOf == null) {
      throw new IOException(name + ": a price snapshot must say as of when (# as-of: YYYY-MM-DD)");
    }
    return new PriceSnapshot(source, asOf, PriceBook.of(prices));
  }

  private static InstancePrice parse(String line, String name, int lineNumber) throws IOException {
    String[] f = line.split(",", -1);
    try {
      if (f.length != 9 && f.length != 10) {
        throw new IllegalArgumentException(
            "expected 9 fields (10 with a spot price), found " + f.length);
      }
      InstanceShape shape =
          new InstanceShape(
              Double.parseDouble(f[3]), Double.parseDouble(f[4]), Integer.parseInt(f[5]), f[6]);
      Currency currency = Currency.getInstance(f[7]);
      java.util.Optional<HourlyPrice> spot =
          f.length == 10 && !f[9].isBlank()
              ? java.util.Optional.of(new HourlyPrice(Double.parseDouble(f[9]), currency))
              : java.util.Optional.empty();
      return new InstancePrice(
          Provider.valueOf(f[0].toUpperCase(Locale.ROOT)),
          f[1],
          f[2],
          shape,
          new HourlyPrice(Double.parseDouble(f[8]), currency),
          spot);
    } catch (IllegalArgumentException e) {
      throw new IOException(name + ", line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : java.math.BigDecimal.valueOf(value).toPlainString();
  }
}
