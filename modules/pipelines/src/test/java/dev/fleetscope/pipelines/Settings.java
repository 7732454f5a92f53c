package dev.fleetscope.pipelines;

import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.http.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Source settings for tests: a test clock and a backoff that records its waits instead of sleeping.
 */
public final class Settings {
  public final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  public final MutableClock clock;
  public final SourceSettings settings;

  public Settings(String id, String name, MutableClock clock) {
    this.clock = clock;
    this.settings =
        SourceSettings.of(id, name)
            .with(
                new OkHttpClient(),
                new Backoff(3, Duration.ofSeconds(1), Duration.ofSeconds(30), waits::add),
                clock);
  }
}
