package dev.fleetscope.runtime.drift;

import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.runtime.config.DriftSource;
import java.nio.file.Path;
import java.util.List;

/**
 * A model whose inputs the Drift view watches: one the demo fleet serves, or one whose logs the
 * user added.
 */
public sealed interface MonitoredModel permits MonitoredModel.Demo, MonitoredModel.Configured {
  /** Unique in the list: {@code demo:NAME} or {@code file:NAME}. */
  String id();

  String name();

  /** Where its data comes from, in a few words. */
  String origin();

  /** A model the demo fleet's inference services serve; its logs are generated on demand. */
  record Demo(String name, List<WorkloadRef> services) implements MonitoredModel {
    public Demo {
      services = List.copyOf(services);
    }

    @Override
    public String id() {
      return "demo:" + name;
    }

    @Override
    public String origin() {
      WorkloadRef first = services.getFirst();
      String more = services.size() > 1 ? " +" + (services.size() - 1) : "";
      return "demo · " + first.cluster() + "/" + first.namespace() + "/" + first.name() + more;
    }
  }

  /** Inference data from files the user added. */
  record Configured(DriftSource source) implements MonitoredModel {
    @Override
    public String id() {
      return "file:" + source.name();
    }

    @Override
    public String name() {
      return source.name();
    }

    @Override
    public String origin() {
      return switch (source) {
        case DriftSource.LogFile log -> "log · " + fileName(log.log());
        case DriftSource.FilePair pair ->
            "files · " + fileName(pair.reference()) + " vs " + fileName(pair.current());
      };
    }

    private static String fileName(String path) {
      Path p = Path.of(path).getFileName();
      return p == null ? path : p.toString();
    }
  }
}
