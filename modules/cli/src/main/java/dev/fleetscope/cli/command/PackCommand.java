package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.PackOutput;
import dev.fleetscope.packing.LowerBound;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.Packer;
import dev.fleetscope.packing.Packing;
import dev.fleetscope.packing.PackingProblem;
import dev.fleetscope.packing.PodRequest;
import dev.fleetscope.runtime.nodes.PackingCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope pack}: packs pods onto the cheapest nodes of the given instance types (the
 * packing module's {@link Packer}) and prints the nodes, the pods on each and the pods no type can
 * hold, with the reason. Nothing is read from or sent to a cluster.
 */
@Command(
    name = "pack",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Packs pods onto the cheapest nodes of the given instance types: CPU, memory, GPUs of a model,"
          + " zones and max pods respected, cost per hour minimised.",
      "PODS.csv header:  pod,cpu,memory_bytes,gpus,gpu_model,zone (gpus, gpu_model and zone may be"
          + " empty)",
      "TYPES.csv header: name,cpu,memory_bytes,gpus,gpu_model,max_pods,price_per_hour,zone"
          + " (allocatable values; an empty zone is any zone, an empty max_pods 110)",
      "CPU in cores, memory in bytes (or quantities: 500m, 2Gi). Types with GPUs carry the"
          + " nvidia.com/gpu taint: only pods with GPUs land on them."
    })
public final class PackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--pods",
      required = true,
      paramLabel = "PODS.csv",
      description = "The pods to place.")
  Path pods;

  @Option(
      names = "--instance-types",
      required = true,
      paramLabel = "TYPES.csv",
      description = "The instance types nodes may be of, with their prices.")
  Path types;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "table|json",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PackOutput output = Choices.of(spec, PackOutput.class, "--format", format);
    List<PodRequest> podList;
    List<NodeType> typeList;
    try {
      podList = PackingCsv.pods(pods);
      typeList = PackingCsv.types(types);
    } catch (IOException | PackingCsv.BadInputException e) {
      err.println("fleetscope pack: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    PackingProblem problem = PackingProblem.of(podList, typeList);
    Packing packing = new Packer().pack(problem);
    spec.commandLine()
        .getOut()
        .print(output.render(packing, LowerBound.of(problem), podList.size()));
    spec.commandLine().getOut().flush();
    if (!packing.unplaced().isEmpty()) {
      err.printf(
          Locale.ROOT,
          "fleetscope pack: %d of %d pods fit no instance type; they are listed with the reason%n",
          packing.unplaced().size(),
          podList.size());
      return ExitCode.FAILED;
    }
    return ExitCode.OK;
  }
}
