import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Every OS's icons from one square PNG, with the JDK only (no ImageMagick on the Windows and macOS
 * runners): {@code java installer/IconSet.java SOURCE.png OUTDIR} writes NAME-SIZE.png for each size,
 * NAME.ico (PNG-compressed entries, read by Windows Vista and later) and NAME.icns (PNG-based icon
 * types, macOS 10.7 and later), NAME being the source's file name. It then reads the ICO directory
 * and the ICNS table of contents back from disk and checks every entry against the PNG it points at,
 * so a malformed file fails the build here rather than in an installer. {@code java
 * installer/IconSet.java --check FILE.ico|FILE.icns...} runs those checks alone.
 */
public final class IconSet {
  private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
  private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

  /** ICNS types holding PNG data, with their size in pixels (the @2x types are twice the points). */
  private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

  static {
    ICNS_TYPES.put("icp4", 16);
    ICNS_TYPES.put("icp5", 32);
    ICNS_TYPES.put("icp6", 64);
    ICNS_TYPES.put("ic07", 128);
    ICNS_TYPES.put("ic08", 256);
    ICNS_TYPES.put("ic09", 512);
    ICNS_TYPES.put("ic10", 1024); // 512 pt @2x
    ICNS_TYPES.put("ic11", 32); // 16 pt @2x
    ICNS_TYPES.put("ic12", 64); // 32 pt @2x
    ICNS_TYPES.put("ic13", 256); // 128 pt @2x
    ICNS_TYPES.put("ic14", 512); // 256 pt @2x
  }

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  public static void main(String[] args) throws IOException {
    if (args.length > 1 && args[0].equals("--check")) {
      for (String file : Arrays.copyOfRange(args, 1, args.length)) {
        if (file.endsWith(".ico")) checkIco(Path.of(file));
        else checkIcns(Path.of(file));
        System.out.println(file + ": well-formed");
      }
      return;
    }
    if (args.length != 2) {
      System.err.println("usage: java IconSet.java SOURCE.png OUTDIR | --check FILE...");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String name = source.getFileName().toString().replaceFirst("\\.png$", "");
    BufferedImage image = ImageIO.read(source.toFile());
    int largest = PNG_SIZES[PNG_SIZES.length - 1];
    if (image == null || image.getWidth() != image.getHeight() || image.getWidth() < largest) {
      fail(source + " must be a square PNG of at least " + largest + " px (macOS's 512 pt @2x)"
          + (image == null ? "" : "; it is " + image.getWidth() + "x" + image.getHeight() + " px"));
    }
    Files.createDirectories(out);
    Map<Integer, byte[]> pngs = new LinkedHashMap<>();
    for (int size : PNG_SIZES) {
      pngs.put(size, png(scaled(image, size)));
      Files.write(out.resolve(name + "-" + size + ".png"), pngs.get(size));
    }
    Path ico = out.resolve(name + ".ico");
    Path icns = out.resolve(name + ".icns");
    Files.write(ico, ico(pngs));
    Files.write(icns, icns(pngs));
    checkIco(ico);
    checkIcns(icns);
    System.out.printf("icons: %s (%d PNG entries), %s (%d PNG entries and a TOC), PNGs %s px in %s%n",
        ico.getFileName(), ICO_SIZES.length, icns.getFileName(), ICNS_TYPES.size(),
        Arrays.toString(PNG_SIZES), out);
  }

  /** Halving steps, then one last step: one big bicubic jump would drop thin lines. */
  static BufferedImage scaled(BufferedImage source, int size) {
    BufferedImage image = redraw(source, source.getWidth());
    while (image.getWidth() / 2 >= size) {
      image = redraw(image, image.getWidth() / 2);
    }
    return image.getWidth() == size ? image : redraw(image, size);
  }

  private static BufferedImage redraw(BufferedImage image, int size) {
    // Premultiplied alpha, so transparent pixels do not bleed their colour into the edges.
    BufferedImage target = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = target.createGraphics();
    g.setComposite(AlphaComposite.Src);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(image, 0, 0, size, size, null);
    g.dispose();
    return target;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    BufferedImage straight = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = straight.createGraphics();
    g.setComposite(AlphaComposite.Src);
    g.drawImage(image, 0, 0, null);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(straight, "png", bytes);
    return bytes.toByteArray();
  }

  /** ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNGs; little-endian. */
  static byte[] ico(Map<Integer, byte[]> pngs) {
    int offset = 6 + 16 * ICO_SIZES.length;
    int total = offset + Arrays.stream(ICO_SIZES).map(s -> pngs.get(s).length).sum();
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
    for (int size : ICO_SIZES) {
      byte side = (byte) (size == 256 ? 0 : size); // 0 stands for 256
      b.put(side).put(side).put((byte) 0).put((byte) 0); // no palette, reserved
      b.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
      b.putInt(pngs.get(size).length).putInt(offset);
      offset += pngs.get(size).length;
    }
    for (int size : ICO_SIZES) {
      b.put(pngs.get(size));
    }
    return b.array();
  }

  /** 'icns' and the file's length, a 'TOC ' entry listing the entries after it, then those. */
  static byte[] icns(Map<Integer, byte[]> pngs) {
    int entries = ICNS_TYPES.values().stream().mapToInt(s -> 8 + pngs.get(s).length).sum();
    int toc = 8 + 8 * ICNS_TYPES.size();
    ByteBuffer b = ByteBuffer.allocate(8 + toc + entries).order(ByteOrder.BIG_ENDIAN);
    b.put(ascii("icns")).putInt(b.capacity());
    b.put(ascii("TOC ")).putInt(toc);
    ICNS_TYPES.forEach((type, size) -> b.put(ascii(type)).putInt(8 + pngs.get(size).length));
    ICNS_TYPES.forEach((type, size) -> b.put(ascii(type)).putInt(8 + pngs.get(size).length)
        .put(pngs.get(size)));
    return b.array();
  }

  static void checkIco(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getShort(0) != 0 || b.getShort(2) != 1) {
      fail(file + ": not an icon directory (reserved 0, type 1)");
    }
    int count = b.getShort(4);
    int expectedOffset = 6 + 16 * count;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = 6 + 16 * i;
      int side = Byte.toUnsignedInt(b.get(at)) == 0 ? 256 : Byte.toUnsignedInt(b.get(at));
      int length = b.getInt(at + 8);
      int offset = b.getInt(at + 12);
      if (offset != expectedOffset || offset + length > b.limit()) {
        fail(file + ": entry " + i + " points at " + offset + "+" + length + " bytes, expected "
            + expectedOffset + " within " + b.limit());
      }
      checkPng(file + " entry " + i, b, offset, length, side);
      sizes.add(side);
      expectedOffset = offset + length;
    }
    if (expectedOffset != b.limit() || !sizes.equals(Arrays.stream(ICO_SIZES).boxed().toList())) {
      fail(file + ": holds " + sizes + " px in " + expectedOffset + " of " + b.limit() + " bytes");
    }
  }

  static void checkIcns(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.BIG_ENDIAN);
    if (!type(b, 0).equals("icns") || b.getInt(4) != b.limit()) {
      fail(file + ": not an icns file of its own length");
    }
    List<String> toc = new ArrayList<>();
    List<String> found = new ArrayList<>();
    int at = 8;
    while (at < b.limit()) {
      String type = type(b, at);
      int length = b.getInt(at + 4);
      if (length < 8 || at + length > b.limit()) {
        fail(file + ": entry " + type + " at " + at + " claims " + length + " bytes");
      }
      if (type.equals("TOC ")) {
        for (int t = at + 8; t < at + length; t += 8) {
          toc.add(type(b, t) + ":" + b.getInt(t + 4));
        }
      } else {
        Integer side = ICNS_TYPES.get(type);
        if (side == null) {
          fail(file + ": unexpected icon type " + type);
        }
        checkPng(file + " " + type, b, at + 8, length - 8, side);
        found.add(type + ":" + length);
      }
      at += length;
    }
    if (!toc.equals(found) || found.size() != ICNS_TYPES.size()) {
      fail(file + ": table of contents " + toc + " does not list the entries " + found);
    }
  }

  private static void checkPng(String what, ByteBuffer b, int offset, int length, int side) {
    byte[] signature = new byte[8];
    b.get(offset, signature);
    // IHDR is the first chunk: length (4), "IHDR" (4), width (4), height (4), big-endian.
    ByteBuffer header = b.slice(offset, Math.min(length, 24)).order(ByteOrder.BIG_ENDIAN);
    if (!Arrays.equals(signature, PNG_SIGNATURE) || length < 24
        || !type(header, 12).equals("IHDR")
        || header.getInt(16) != side || header.getInt(20) != side) {
      fail(what + ": not a " + side + "x" + side + " PNG");
    }
  }

  private static String type(ByteBuffer b, int at) {
    byte[] four = new byte[4];
    b.get(at, four);
    return new String(four, StandardCharsets.US_ASCII);
  }

  private static byte[] ascii(String type) {
    return type.getBytes(StandardCharsets.US_ASCII);
  }

  private static void fail(String message) {
    System.err.println("IconSet: " + message);
    System.exit(1);
  }
}
