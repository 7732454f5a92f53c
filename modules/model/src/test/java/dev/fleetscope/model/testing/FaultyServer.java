package dev.fleetscope.model.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, written on plain sockets so that every
 * client can be driven through the faults real servers and proxies show: it accepts and never
 * answers, drips one byte at a time, closes in the middle of the body, answers an HTML error page,
 * or refuses the connection. Shared with the other modules' tests through the model's test jar.
 *
 * <pre>{@code
 * try (FaultyServer server = FaultyServer.start(Fault.DRIP)) {
 *   client.get(server.url("/api/v1/query"));   // must end at its whole-call deadline
 * }
 * }</pre>
 */
public final class FaultyServer implements AutoCloseable {
  /** The pause between two bytes of a {@link Fault#DRIP}. */
  public static final long DRIP_MILLIS = 200;

  /** The faults of the reliability matrix (docs/reliability.md). */
  public enum Fault {
    /** Accepts the connection, reads the request, never answers. */
    HANG,
    /** Answers 200 and JSON headers, then one byte every {@value #DRIP_MILLIS} ms, never ending. */
    DRIP,
    /** Answers 200 with a Content-Length of 100,000, sends a little JSON, then closes. */
    CLOSE_MID_BODY,
    /** Answers 500 with an HTML error page. */
    HTML_500,
    /** Answers 503 with an HTML error page, as a load balancer whose backend is down. */
    HTML_503,
    /** Nothing listens on the port: the connection is refused. */
    REFUSED
  }

  /** What the server does with one request. */
  @FunctionalInterface
  public interface Answer {
    void write(OutputStream out) throws IOException, InterruptedException;

    static Answer of(Fault fault) {
      return switch (fault) {
        case HANG -> out -> Thread.sleep(Long.MAX_VALUE);
        case DRIP ->
            out -> {
              out.write(head(200, "application/json", 100_000));
              out.write('{');
              out.flush();
              while (true) {
                Thread.sleep(DRIP_MILLIS);
                out.write(' ');
                out.flush();
              }
            };
        case CLOSE_MID_BODY ->
            out -> {
              out.write(head(200, "application/json", 100_000));
              out.write("{\"status\":\"success\",\"data\":{\"res".getBytes(StandardCharsets.UTF_8));
              out.flush();
            };
        case HTML_500 -> of(500, "text/html", page("500 Internal Server Error"));
        case HTML_503 -> of(503, "text/html", page("503 Service Temporarily Unavailable"));
        case REFUSED -> throw new IllegalArgumentException("a refused connection has no answer");
      };
    }

    /** A complete answer. */
    static Answer of(int status, String contentType, String body) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return out -> {
        out.write(head(status, contentType, bytes.length));
        out.write(bytes);
        out.flush();
      };
    }

    static Answer json(int status, String body) {
      return of(status, "application/json", body);
    }
  }

  private final ServerSocket socket;
  private final Function<String, Answer> route;
  private final List<String> targets = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private final int port;

  private FaultyServer(ServerSocket socket, Function<String, Answer> route) {
    this.socket = socket;
    this.route = route;
    this.port = socket.getLocalPort();
    this.acceptor = Thread.ofVirtual().name("faulty-server-" + port).start(this::accept);
  }

  /** Every request meets this fault. */
  public static FaultyServer start(Fault fault) throws IOException {
    if (fault == Fault.REFUSED) {
      ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      closed.close();
      return new FaultyServer(closed, target -> Answer.of(Fault.HANG));
    }
    return start(target -> Answer.of(fault));
  }

  /** Each request is answered by what {@code route} gives for its target ({@code /path?query}). */
  public static FaultyServer start(Function<String, Answer> route) throws IOException {
    return new FaultyServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), route);
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public int port() {
    return port;
  }

  /** The request targets received so far ({@code /path?query}), in order. */
  public List<String> targets() {
    return List.copyOf(targets);
  }

  /**
   * Connections open now. A client that gives up on a call closes its connection; the server sees
   * it at its next write (a {@link Fault#DRIP} writes every {@value #DRIP_MILLIS} ms), so this
   * shows a cancelled call ending.
   */
  public int openConnections() {
    return open.size();
  }

  /** Waits until the requests received so far satisfy {@code condition}. */
  public void awaitTargets(Predicate<List<String>> condition) throws InterruptedException {
    while (!condition.test(targets())) {
      Thread.sleep(20);
    }
  }

  /** A call a test cancels midway. */
  @FunctionalInterface
  public interface Call {
    void run() throws Exception;
  }

  /**
   * Runs {@code call} on a thread of its own, waits until its request has arrived, runs {@code
   * cancel}, and returns how the call failed (null when it did not).
   */
  public Exception cancelInFlight(Call call, Runnable cancel) throws InterruptedException {
    AtomicReference<Exception> failure = new AtomicReference<>();
    int before = targets.size();
    Thread caller =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    call.run();
                  } catch (Exception e) {
                    failure.set(e);
                  }
                });
    awaitTargets(t -> t.size() > before);
    cancel.run();
    caller.join();
    return failure.get();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    acceptor.interrupt();
    for (Socket s : open) {
      s.close();
    }
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        open.add(client);
        Thread.ofVirtual().start(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      String target = readRequest(client.getInputStream());
      targets.add(target);
      route.apply(target).write(client.getOutputStream());
    } catch (IOException | InterruptedException gone) {
      // the client gave up or the server closed: both are what the tests bring about
    } finally {
      open.remove(client);
    }
  }

  /** Reads the request head and body; returns its target. */
  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the client closed before its request was complete");
      }
      head.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        in.readNBytes(Integer.parseInt(line.substring(15).strip()));
      }
    }
    return lines[0].split(" ")[1];
  }

  private static byte[] head(int status, String contentType, long length) {
    return ("HTTP/1.1 "
            + status
            + " Fault\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + length
            + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String page(String title) {
    return "<html>\r\n<head><title>"
        + title
        + "</title></head>\r\n<body>\r\n<center><h1>"
        + title
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
  }
}
