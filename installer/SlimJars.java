import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Slims the copies of the runtime libraries that go into an installer, in place:
 * {@code java installer/SlimJars.java LIBDIR OS ARCH UNUSED-JARS-FILE}, OS one of linux, windows,
 * macos and ARCH one of x86_64, aarch64.
 *
 * <ol>
 *   <li>deletes the jars matched by a glob of UNUSED-JARS-FILE (one a line, # comments);
 *   <li>removes from each remaining jar the native libraries of other systems: a native library
 *       whose path names an OS ({@code libduckdb_java.so_windows_amd64}, {@code
 *       org/sqlite/native/Mac/aarch64/...}) is kept only for OS and ARCH (and glibc, not musl or
 *       Android); one that names no OS (JavaFX's, whose jar is per OS already) is kept.
 * </ol>
 *
 * It fails when a jar that carried native libraries for named systems keeps none, so a renamed
 * layout in a new release cannot silently ship a driver without its native half.
 */
public final class SlimJars {
  private static final Set<String> OSES =
      Set.of("linux", "windows", "win32", "win64", "mac", "macos", "osx", "darwin", "freebsd");
  private static final Set<String> OTHER_LIBCS = Set.of("musl", "android");
  private static final Set<String> ARCHES =
      Set.of("amd64", "aarch64", "arm64", "x86", "i386", "i686", "arm", "armv6", "armv7", "armhf",
          "ppc64", "ppc64le", "riscv64", "s390x", "loongarch64");

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: java SlimJars.java LIBDIR linux|windows|macos x86_64|aarch64 UNUSED");
      System.exit(2);
    }
    Path lib = Path.of(args[0]);
    String os = args[1];
    String arch = args[2].equals("aarch64") ? "aarch64" : "amd64";
    long before = sizeOf(lib);
    for (String glob : globs(Path.of(args[3]))) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
        for (Path jar : jars) {
          if (matcher.matches(jar.getFileName())) {
            System.out.printf("removed %-45s %6.1f MB (unused)%n", jar.getFileName(), mb(Files.size(jar)));
            Files.delete(jar);
          }
        }
      }
    }
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
      for (Path jar : jars) {
        slim(jar, os, arch);
      }
    }
    System.out.printf("libraries for %s-%s: %.1f MB, were %.1f MB%n", os, args[2], mb(sizeOf(lib)),
        mb(before));
  }

  private static void slim(Path jar, String os, String arch) throws IOException {
    List<String> dropped = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        List<String> tokens = tokens(entry.getName());
        if (!isNative(entry.getName()) || tokens.stream().noneMatch(OSES::contains)) {
          continue;
        }
        (matches(tokens, os, arch) ? kept : dropped).add(entry.getName());
      }
    }
    if (dropped.isEmpty()) {
      return;
    }
    if (kept.isEmpty()) {
      fail(jar.getFileName() + " has no native library for " + os + "-" + arch + " among " + dropped);
    }
    long before = Files.size(jar);
    rewriteWithout(jar, Set.copyOf(dropped));
    System.out.printf("slimmed %-45s %6.1f MB -> %5.1f MB: kept %s, removed %d others%n",
        jar.getFileName(), mb(before), mb(Files.size(jar)), kept, dropped.size());
  }

  static boolean isNative(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib") || n.endsWith(".jnilib")
        || n.matches(".*\\.so_[a-z0-9_]+$");
  }

  /** Path parts in lower case, "x86_64" and "x86-64" first read as "amd64" so that "_" can split. */
  static List<String> tokens(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("x86_64", "amd64").replace("x86-64", "amd64");
    return Arrays.asList(n.split("[/_.\\-]+"));
  }

  static boolean matches(List<String> tokens, String os, String arch) {
    boolean rightOs = switch (os) {
      case "linux" -> tokens.contains("linux");
      case "windows" -> tokens.contains("windows") || tokens.contains("win32") || tokens.contains("win64");
      case "macos" -> tokens.contains("mac") || tokens.contains("macos") || tokens.contains("osx")
          || tokens.contains("darwin");
      default -> throw new IllegalArgumentException("OS must be linux, windows or macos: " + os);
    };
    boolean rightLibc = tokens.stream().noneMatch(OTHER_LIBCS::contains);
    List<String> arches = tokens.stream().filter(ARCHES::contains).toList();
    boolean rightArch = arches.isEmpty() // a universal binary
        || arches.contains(arch) || (arch.equals("aarch64") && arches.contains("arm64"));
    return rightOs && rightLibc && rightArch;
  }

  /** Writes the jar anew without the given entries; everything else keeps its name and time. */
  private static void rewriteWithout(Path jar, Set<String> dropped) throws IOException {
    Path slimmed = jar.resolveSibling(jar.getFileName() + ".slim");
    try (ZipFile zip = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slimmed))) {
      out.setLevel(9);
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (dropped.contains(entry.getName())) {
          continue;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        try (InputStream in = zip.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    Files.move(slimmed, jar, StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> globs(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(line -> line.replaceFirst("#.*", "").strip())
        .filter(line -> !line.isEmpty())
        .toList();
  }

  private static long sizeOf(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static double mb(long bytes) {
    return bytes / 1e6;
  }

  private static void fail(String message) {
    System.err.println("SlimJars: " + message);
    System.exit(1);
  }
}
