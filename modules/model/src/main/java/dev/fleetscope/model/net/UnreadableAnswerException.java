package dev.fleetscope.model.net;

import java.io.IOException;

/**
 * A server answered, but not what its API defines: the message names the URL, the HTTP status, what
 * was missing or of the wrong type, and the start of the answer, e.g. {@code
 * http://127.0.0.1:9003/allocation/compute?window=7d answered HTTP 200 but 'data' is missing; the
 * answer begins: {"code":200,"status":"success"}}. Never a parser's own text.
 */
public final class UnreadableAnswerException extends IOException {
  private final String url;
  private final int status;

  /**
   * @param problem the end of a sentence: {@code 'data' is missing}, {@code 'items' is a string,
   *     not an array}
   * @param excerpt the start of the answer, from {@link Excerpt}
   */
  public UnreadableAnswerException(String url, int status, String problem, String excerpt) {
    this(url, status, url + " answered HTTP " + status + " but " + problem, excerpt, true);
  }

  private UnreadableAnswerException(
      String url, int status, String sentence, String excerpt, boolean unused) {
    super(sentence + "; the answer begins: " + excerpt);
    this.url = url;
    this.status = status;
  }

  /**
   * An answer that is not JSON or stops before its JSON ends.
   *
   * @param truncated the JSON was cut off (the parser met the end of the input)
   * @param line the line of the parser's position, 1 for the first
   * @param column the column there, 1 for the first
   */
  public static UnreadableAnswerException notJson(
      String url, int status, boolean truncated, int line, int column, String excerpt) {
    String where = line > 0 ? ", line " + line + ", column " + column : "";
    return new UnreadableAnswerException(
        url,
        status,
        url
            + " answered something that is not JSON"
            + (truncated ? ": it ends before it is complete" : "")
            + " (HTTP "
            + status
            + where
            + ")",
        excerpt,
        true);
  }

  public String url() {
    return url;
  }

  public int status() {
    return status;
  }
}
