package dev.fleetscope.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.cli.output.RunPrinter;
import dev.fleetscope.model.change.ChangeEvent;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.Host;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope audit}: every run and change, newest first, with exact before/after values and
 * each state a change went through. Interrupted runs are read back from their clusters first when
 * they can be reached.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Show the audit log of applied changes and rollbacks.")
public final class AuditCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  private final Host host;

  public AuditCommand(Host host) {
    this.host = host;
  }

  @Mixin ClusterOptions clusters;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (ChangeSession session =
        new ChangeSession(
            clusters,
            host,
            format == Format.json ? new PrintWriter(PrintWriter.nullWriter()) : out)) {
      session.settleInterruptedRuns();
      List<RunRecord> runs = session.audit.runs();
      if (runs.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("fleetscope audit: the audit log holds no run yet: nothing was applied");
      }
      if (format == Format.json) {
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(json(runs)));
      } else {
        new RunPrinter(out).table(runs);
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  /**
   * {@code
   * {"runs":[{"id","startedAt","description","outcome":{"kind","at","detail"}|null,"changes":[{"id","kind",
   * "origin","method","workload":{"cluster","namespace","kind","name"},"state","containers":[{"name","before":
   * {"requests","limits"},"after":{...}}],"history":[{"state","at","detail"}]}]}]}}.
   */
  static ObjectNode json(List<RunRecord> runs) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode runArray = root.putArray("runs");
    for (RunRecord run : runs) {
      ObjectNode r =
          runArray
              .addObject()
              .put("id", run.id())
              .put("startedAt", run.startedAt().toString())
              .put("description", run.description());
      run.outcome()
          .ifPresentOrElse(
              o ->
                  r.putObject("outcome")
                      .put("kind", o.kind().name())
                      .put("at", o.at().toString())
                      .put("detail", o.detail()),
              () -> r.putNull("outcome"));
      ArrayNode changes = r.putArray("changes");
      run.changes().forEach(c -> change(changes.addObject(), c));
    }
    return root;
  }

  private static void change(ObjectNode node, ChangeRecord c) {
    node.put("id", c.id()).put("kind", c.kind().name());
    c.origin().ifPresentOrElse(o -> node.put("origin", o), () -> node.putNull("origin"));
    node.put("method", c.method().name());
    var ref = c.change().workload();
    node.putObject("workload")
        .put("cluster", ref.cluster())
        .put("namespace", ref.namespace())
        .put("kind", ref.kind().kubernetesKind())
        .put("name", ref.name());
    node.put("state", c.state().name());
    ArrayNode containers = node.putArray("containers");
    for (ContainerChange container : c.change().containers()) {
      ObjectNode n = containers.addObject().put("name", container.container());
      resources(n.putObject("before"), container.before());
      resources(n.putObject("after"), container.after());
    }
    ArrayNode history = node.putArray("history");
    for (ChangeEvent e : c.history()) {
      history
          .addObject()
          .put("state", e.state().name())
          .put("at", e.at().toString())
          .put("detail", e.detail());
    }
  }

  private static void resources(ObjectNode node, ContainerResources resources) {
    section(node.putObject("requests"), resources.requests());
    section(node.putObject("limits"), resources.limits());
  }

  private static void section(ObjectNode node, Map<String, String> values) {
    values.forEach(node::put);
  }
}
