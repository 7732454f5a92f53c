package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.billing.CostStore;
import dev.fleetscope.cost.billing.FocusImportException;
import dev.fleetscope.cost.billing.ImportResult;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.cost.source.CostSources;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.io.BrokenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Cost view's configured sources ({@code cost-sources.json} in the config directory) and the
 * billing store they feed: the user's store (a DuckDB file in the data directory) once a FOCUS
 * export is configured, else the demo fleet's generated bill in memory. Confined to the
 * view-model's worker thread.
 */
public final class BillingSources implements AutoCloseable {
  private final Path configFile;
  private final Path storeFile;
  private List<CostSource> sources = List.of();
  private BillingLedger user;
  private final long demoSeed;
  private DemoBilling demo;
  private IOException unreadable;

  public BillingSources(Path configDirectory, Path dataDirectory, long demoSeed) {
    this.demoSeed = demoSeed;
    this.configFile = configDirectory.resolve(CostSources.FILE_NAME);
    this.storeFile = dataDirectory.resolve(CostStore.FILE_NAME);
  }

  /**
   * Reads the configured sources. A file that does not parse is kept aside under a dated name
   * ({@link BrokenFiles}) and reported by the exception; one that cannot be read at all is left
   * alone (never overwritten) and reported.
   */
  List<CostSource> load() throws IOException {
    BrokenFiles.Read<List<CostSource>> read;
    try {
      read = CostSources.loadKeepingBroken(configFile, new BrokenFiles(Clock.systemUTC()));
    } catch (IOException e) {
      unreadable = e;
      throw e;
    }
    unreadable = null;
    sources = read.parsed().orElse(List.of());
    if (read instanceof BrokenFiles.Read.SetAside<List<CostSource>> aside) {
      throw new IOException("Cost sources: " + aside.message() + "; none is configured");
    }
    return sources;
  }

  List<CostSource> sources() {
    return sources;
  }

  <T extends CostSource> List<T> sources(Class<T> kind) {
    return sources.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * The store the view reads: the user's once a FOCUS export is configured, else the demo's, if
   * loaded.
   */
  Optional<BillingLedger> ledger() {
    return user != null ? Optional.of(user) : Optional.ofNullable(demo).map(DemoBilling::ledger);
  }

  Optional<DemoBilling> demo() {
    return user != null ? Optional.empty() : Optional.ofNullable(demo);
  }

  boolean hasExports() {
    return !sources(CostSource.FocusExport.class).isEmpty();
  }

  /** Where the bill comes from, for a person. */
  String describe() {
    List<CostSource.FocusExport> exports = sources(CostSource.FocusExport.class);
    if (!exports.isEmpty()) {
      return exports.size() == 1
          ? "FOCUS export " + exports.getFirst().displayName()
          : exports.size() + " FOCUS exports";
    }
    return demo != null
        ? "demo billing export (generated for the demo clusters)"
        : "no billing export";
  }

  /**
   * Imports every configured export again: new files are added, known ones skipped, rewritten ones
   * replaced.
   */
  Optional<ImportResult> syncExports() throws FocusImportException, IOException {
    List<Path> paths =
        sources(CostSource.FocusExport.class).stream().flatMap(s -> s.paths().stream()).toList();
    if (paths.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(openUser().importFocus(paths));
  }

  /** Generates and imports the demo bill unless the user's exports are configured. */
  DemoBilling loadDemo(List<Cluster> clusters, LocalDate today)
      throws FocusImportException, IOException {
    if (demo == null) {
      demo = DemoBilling.load(clusters, today, demoSeed);
    }
    return demo;
  }

  /**
   * Imports the demo's generated folder again: every file is known, so the store skips them all.
   */
  ImportResult reimportDemo() throws FocusImportException, IOException {
    return demo.ledger().importFocus(List.of(demo.folder()));
  }

  /**
   * Imports a file or folder into the user's store and, when that succeeds, keeps it as a source. A
   * file the store refuses leaves nothing imported and nothing configured.
   */
  ImportResult addExport(Path path) throws FocusImportException, IOException {
    if (!Files.exists(path)) {
      throw new IOException("No such file or folder: " + path);
    }
    boolean fresh = user == null;
    ImportResult result;
    try {
      result = openUser().importFocus(List.of(path));
    } catch (FocusImportException | IOException | RuntimeException e) {
      if (fresh && !hasExports()) {
        closeUser();
      }
      throw e;
    }
    Path absolute = path.toAbsolutePath().normalize();
    boolean known =
        sources(CostSource.FocusExport.class).stream().anyMatch(s -> s.paths().contains(absolute));
    if (!known) {
      String name =
          absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
      save(with(new CostSource.FocusExport(freeId("focus"), name, List.of(absolute))));
    }
    if (demo != null) {
      demo.close();
      demo = null;
    }
    return result;
  }

  void add(CostSource source) throws IOException {
    save(with(source));
  }

  void remove(String id) throws IOException {
    save(sources.stream().filter(Predicate.not(s -> s.id().equals(id))).toList());
  }

  /** An id of the form {@code focus-3} that no source uses yet. */
  String freeId(String prefix) {
    for (int n = 1; ; n++) {
      String id = prefix + "-" + n;
      if (sources.stream().noneMatch(s -> s.id().equals(id))) {
        return id;
      }
    }
  }

  private List<CostSource> with(CostSource source) {
    List<CostSource> more = new ArrayList<>(sources);
    more.add(source);
    return more;
  }

  private void save(List<CostSource> changed) throws IOException {
    if (unreadable != null) {
      throw new IOException(
          "Not changing "
              + configFile
              + ": it could not be read ("
              + unreadable.getMessage()
              + "). Fix or move it, then reopen the console.");
    }
    CostSources.save(configFile, changed);
    sources = List.copyOf(changed);
  }

  private BillingLedger openUser() throws IOException {
    if (user == null) {
      user = BillingLedger.open(storeFile);
    }
    return user;
  }

  private void closeUser() throws IOException {
    if (user != null) {
      user.close();
      user = null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      closeUser();
    } finally {
      if (demo != null) {
        demo.close();
        demo = null;
      }
    }
  }
}
