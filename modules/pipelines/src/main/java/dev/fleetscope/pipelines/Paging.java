package dev.fleetscope.pipelines;

import dev.fleetscope.pipelines.http.SourceException;
import java.util.HashSet;
import java.util.Set;

/**
 * Guards one paged listing against a server whose paging never ends: a page token it already gave,
 * or more pages than any real listing of a poll window needs. Either is a fault of the answer, said
 * so, rather than a poll that never returns.
 */
public final class Paging {
  /** 1,000 pages of 100 runs: far beyond one poll window of any orchestrator seen. */
  static final int MAX_PAGES = 1_000;

  private final String context;
  private final Set<String> tokens = new HashSet<>();
  private int pages;

  /**
   * @param context what is listed, for the message ("Airflow prod: dag run list")
   */
  public Paging(String context) {
    this.context = context;
  }

  /** Counts a page; {@code token} is the one that asks for the next page (empty on the last). */
  public void next(String token) throws SourceException {
    if (++pages > MAX_PAGES) {
      throw new SourceException(
          context + ": the server's paging did not end after " + MAX_PAGES + " pages");
    }
    if (!token.isEmpty() && !tokens.add(token)) {
      throw new SourceException(
          context + ": the server gave the page token '" + token + "' twice; its paging loops");
    }
  }
}
