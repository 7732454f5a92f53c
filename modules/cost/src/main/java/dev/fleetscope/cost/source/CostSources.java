package dev.fleetscope.cost.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fleetscope.json.JsonProblems;
import dev.fleetscope.model.io.AtomicFiles;
import dev.fleetscope.model.io.BrokenFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The configured cost sources, kept as a JSON file the console reads at start and writes on every
 * change.
 */
public final class CostSources {
  public static final String FILE_NAME = "cost-sources.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final TypeReference<List<CostSource>> LIST = new TypeReference<>() {};

  private CostSources() {}

  /** The sources in {@code file}; none when it does not exist yet. */
  public static List<CostSource> load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text", e);
    }
    return requireUniqueIds(file, parse(file, text));
  }

  /**
   * The sources in {@code file}, for the console at start: a file that cannot be parsed is kept
   * aside under a dated name and reported in the answer (the console starts with no sources and
   * says where the old file went), never replaced by the next save.
   */
  public static BrokenFiles.Read<List<CostSource>> loadKeepingBroken(Path file, BrokenFiles files)
      throws IOException {
    return files.read(file, text -> requireUniqueIds(file, parse(file, text)));
  }

  /** The sources a file's text lists, relative paths anchored to its folder. */
  private static List<CostSource> parse(Path file, String text) throws IOException {
    try {
      return anchored(file, JSON.readValue(text, LIST));
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": " + JsonProblems.describe(e), e);
    }
  }

  /** Writes the sources whole or not at all, durably ({@link AtomicFiles}). */
  public static void save(Path file, List<CostSource> sources) throws IOException {
    requireUniqueIds(file, sources);
    AtomicFiles.write(file, JSON.writerFor(LIST).writeValueAsBytes(sources));
  }

  /**
   * A FOCUS export path written relative is taken from the file's own folder, not from wherever
   * Fleetscope was started; it is saved back absolute.
   */
  private static List<CostSource> anchored(Path file, List<CostSource> sources) {
    Path folder = file.toAbsolutePath().getParent();
    return sources.stream()
        .map(
            source ->
                source instanceof CostSource.FocusExport focus
                    ? new CostSource.FocusExport(
                        focus.id(),
                        focus.displayName(),
                        focus.paths().stream()
                            .map(p -> p.isAbsolute() ? p : folder.resolve(p).normalize())
                            .toList())
                    : source)
        .toList();
  }

  private static List<CostSource> requireUniqueIds(Path file, List<CostSource> sources)
      throws IOException {
    Set<String> seen = new HashSet<>();
    for (CostSource source : sources) {
      if (!seen.add(source.id())) {
        throw new IOException(file + ": two cost sources share the id '" + source.id() + "'");
      }
    }
    return List.copyOf(sources);
  }
}
