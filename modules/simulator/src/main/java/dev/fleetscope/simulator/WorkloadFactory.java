package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.simulator.Blueprint.ClusterPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a role into a workload with a usage profile and the requests a team would have set for it:
 * most generously over-provisioned, some about right, a few under.
 */
final class WorkloadFactory {
  private static final long MI = 1L << 20;
  private static final long GI = 1L << 30;
  private static final MigProfile MIG_SLICE = MigProfile.parse("1g.5gb");

  /** A workload before its pods are placed on nodes. */
  record Draft(SimWorkload workload, int replicas) {}

  private final ClusterPlan cluster;
  private final Draw draw;
  private final long seed;
  private int leakyServices;
  private int workloadIndex;

  WorkloadFactory(ClusterPlan cluster, Draw draw, long seed) {
    this.cluster = cluster;
    this.draw = draw;
    this.seed = seed;
  }

  Draft create(String namespace, String team, String name, String base, Role role) {
    long stream = Noise.stream(seed, cluster.name().hashCode(), workloadIndex++);
    WorkloadRef ref = new WorkloadRef(cluster.name(), namespace, kind(role), name);
    UsageProfile profile = profile(role, stream);
    GpuAllocation gpu = gpu(role);
    Calibration seen = Calibration.of(profile, stream);
    Resources requests = requests(role, seen);
    String container = mainContainerName(role, base);
    List<SimContainer> containers = new ArrayList<>();
    containers.add(
        new SimContainer(
            ref.container(container),
            new ContainerSpec(container, requests, limits(requests, seen, profile), gpu),
            profile,
            stream));
    if ((role == Role.INFERENCE || role == Role.WORKER) && draw.chance(0.25)) {
      containers.add(sidecar(ref, stream));
    }
    Optional<String> model =
        servesModel(role) ? Optional.of(base + "-v" + draw.between(1, 9)) : Optional.empty();
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/name", name);
    labels.put("team", team);
    labels.put("workload-type", profile.behaviour());
    model.ifPresent(m -> labels.put("model", m));
    int replicas = replicas(role);
    Optional<HorizontalAutoscaler> hpa =
        role == Role.INFERENCE && draw.chance(0.45)
            ? Optional.of(
                new HorizontalAutoscaler(
                    Math.max(1, replicas / 2),
                    replicas * 3,
                    OptionalDouble.of(Math.round(draw.uniform(0.6, 0.8) * 20) / 20.0)))
            : Optional.empty();
    return new Draft(
        new SimWorkload(ref, labels, team, model, containers, List.of(), hpa), replicas);
  }

  private static WorkloadKind kind(Role role) {
    return switch (role) {
      case BATCH, GPU_BATCH -> WorkloadKind.CRON_JOB;
      case TRAINING -> WorkloadKind.JOB;
      case NOTEBOOK, GPU_NOTEBOOK, STORE -> WorkloadKind.STATEFUL_SET;
      case DAEMON -> WorkloadKind.DAEMON_SET;
      default -> WorkloadKind.DEPLOYMENT;
    };
  }

  private static boolean servesModel(Role role) {
    return switch (role) {
      case INFERENCE, GPU_INFERENCE, MIG_INFERENCE, TRAINING, GPU_BATCH -> true;
      default -> false;
    };
  }

  private static String mainContainerName(Role role, String base) {
    return switch (role) {
      case INFERENCE, GPU_INFERENCE, MIG_INFERENCE -> "server";
      case NOTEBOOK, GPU_NOTEBOOK -> "notebook";
      case TRAINING -> "trainer";
      case SYSTEM, DAEMON -> base;
      default -> "main";
    };
  }

  private int replicas(Role role) {
    return switch (role) {
      case INFERENCE -> draw.between(2, 10);
      case GPU_INFERENCE -> draw.between(1, 4);
      case MIG_INFERENCE, LEAKY, SPIKY -> draw.between(2, 5);
      case WORKER -> draw.between(1, 8);
      case STORE -> draw.between(1, 3);
      case SYSTEM -> draw.between(1, 2);
      default -> 1;
    };
  }

  private long gpuMemory() {
    return cluster.gpu().gpus().memoryBytesPerGpu();
  }

  private GpuAllocation gpu(Role role) {
    return switch (role) {
      case GPU_INFERENCE, GPU_BATCH, GPU_NOTEBOOK -> new GpuAllocation.Whole(1);
      case MIG_INFERENCE ->
          cluster.mig() != null ? new GpuAllocation.Mig(MIG_SLICE, 1) : new GpuAllocation.Whole(1);
      case TRAINING ->
          new GpuAllocation.Whole(
              cluster.multiGpu().gpus().count() > 1 && draw.chance(0.3)
                  ? 2
                  : cluster.multiGpu().gpus().count() == 1 ? 1 : 4);
      default -> GpuAllocation.NONE;
    };
  }

  private UsageProfile profile(Role role, long stream) {
    double utc = cluster.utcOffsetHours();
    return switch (role) {
      case INFERENCE -> {
        double peak = draw.logUniform(0.15, 3.0);
        yield new UsageProfile.DiurnalService(
            peak * draw.uniform(0.1, 0.3),
            peak,
            (long) draw.logUniform(200 * MI, 4 * GI),
            (long) draw.uniform(50 * MI, 300 * MI),
            utc,
            0,
            0);
      }
      case GPU_INFERENCE -> {
        double peak = draw.logUniform(0.5, 4);
        yield new UsageProfile.DiurnalService(
            peak * 0.2,
            peak,
            (long) draw.logUniform(4 * GI, 16 * GI),
            100 * MI,
            utc,
            draw.uniform(0.35, 0.9),
            (long) (gpuMemory() * draw.uniform(0.4, 0.85)));
      }
      case MIG_INFERENCE -> {
        double peak = draw.logUniform(0.2, 1);
        long memory = cluster.mig() != null ? MIG_SLICE.memoryBytes() : gpuMemory();
        yield new UsageProfile.DiurnalService(
            peak * 0.2,
            peak,
            (long) draw.logUniform(GI, 3 * GI),
            80 * MI,
            utc,
            draw.uniform(0.3, 0.8),
            (long) (memory * draw.uniform(0.5, 0.9)));
      }
      case WORKER ->
          new UsageProfile.BurstyWorker(
              draw.logUniform(0.01, 0.1),
              draw.logUniform(0.5, 4),
              draw.uniform(4, 40),
              draw.between(3, 15),
              (long) draw.logUniform(256 * MI, 3 * GI));
      case BATCH ->
          new UsageProfile.ScheduledBatch(
              draw.logUniform(0.5, 6),
              (long) draw.logUniform(GI, 24 * GI),
              localToUtcMinuteOfDay(draw.between(0, 300)),
              draw.between(20, 150),
              draw.chance(0.8) ? 1 : 7,
              0,
              0);
      case GPU_BATCH ->
          new UsageProfile.ScheduledBatch(
              draw.logUniform(1, 6),
              (long) draw.logUniform(8 * GI, 48 * GI),
              localToUtcMinuteOfDay(draw.between(0, 300)),
              draw.between(30, 180),
              1,
              draw.uniform(0.5, 0.95),
              (long) (gpuMemory() * draw.uniform(0.5, 0.9)));
      case TRAINING -> {
        double runDays = draw.uniform(1.5, 5);
        int gpus = cluster.multiGpu().gpus().count();
        yield new UsageProfile.Training(
            gpus * draw.uniform(1.5, 4),
            (long) (gpus * draw.logUniform(12 * GI, 40 * GI)),
            draw.uniform(0.75, 0.98),
            (long) (cluster.multiGpu().gpus().memoryBytesPerGpu() * draw.uniform(0.85, 0.95)),
            runDays,
            runDays + draw.uniform(0.5, 4),
            draw.between(0, 10_000));
      }
      case NOTEBOOK ->
          new UsageProfile.IdleNotebook(
              draw.logUniform(0.5, 2), (long) draw.logUniform(2 * GI, 8 * GI), utc, 0);
      case GPU_NOTEBOOK ->
          new UsageProfile.IdleNotebook(
              draw.logUniform(0.5, 2),
              (long) draw.logUniform(4 * GI, 12 * GI),
              utc,
              (long) (gpuMemory() * 0.6));
      case STORE ->
          new UsageProfile.Steady(draw.logUniform(0.1, 1.5), (long) draw.logUniform(GI, 16 * GI));
      case LEAKY ->
          new UsageProfile.LeakyService(
              draw.logUniform(0.1, 0.8),
              (long) draw.logUniform(300 * MI, 1.5 * GI),
              draw.uniform(0.045, 0.055),
              leakyServices++ == 0 ? draw.uniform(4, 7) : 40,
              draw.between(0, 40_000));
      case SPIKY ->
          new UsageProfile.SpikyMemory(
              draw.logUniform(0.2, 1),
              (long) draw.logUniform(512 * MI, 2 * GI),
              draw.uniform(0.2, 1.2),
              draw.uniform(1.6, 2.4));
      case SYSTEM ->
          new UsageProfile.Steady(
              draw.logUniform(0.02, 0.5), (long) draw.logUniform(64 * MI, 2 * GI));
      case DAEMON ->
          new UsageProfile.Steady(
              draw.logUniform(0.01, 0.15), (long) draw.logUniform(40 * MI, 300 * MI));
    };
  }

  private int localToUtcMinuteOfDay(int localMinuteOfDay) {
    return Math.floorMod(localMinuteOfDay - (int) (cluster.utcOffsetHours() * 60), 1440);
  }

  /** Requests as the team set them, but never more than fits the machine the pod must land on. */
  private Resources requests(Role role, Calibration seen) {
    Resources wanted = wantedRequests(role, seen);
    Resources room = host(role).allocatable();
    return Resources.of(
        Math.min(wanted.cpuCores(), Ladder.coresBelow(room.cpuCores() * 0.8)),
        Math.min(wanted.memoryBytes(), (long) (room.memoryBytes() * 0.8)));
  }

  private InstanceType host(Role role) {
    return switch (role) {
      case GPU_INFERENCE, GPU_BATCH, GPU_NOTEBOOK -> cluster.gpu();
      case MIG_INFERENCE -> cluster.mig() != null ? cluster.mig() : cluster.gpu();
      case TRAINING -> cluster.multiGpu();
      default -> cluster.general();
    };
  }

  private Resources wantedRequests(Role role, Calibration seen) {
    return switch (role) {
      case NOTEBOOK, GPU_NOTEBOOK ->
          Resources.of(Ladder.cores(draw.uniform(1, 4)), Ladder.memory(draw.uniform(8, 16) * GI));
      case LEAKY, SPIKY ->
          Resources.of(
              Ladder.cores(seen.cpuP95() * draw.uniform(1.2, 2)),
              Ladder.memory(seen.memoryMax() * 0.6));
      default -> {
        double u = draw.uniform(0, 1);
        if (u < 0.75) {
          yield Resources.of(
              Ladder.cores(seen.cpuP95() * draw.uniform(1.6, 4.5)),
              Ladder.memory(seen.memoryMax() * draw.uniform(1.3, 2.5)));
        } else if (u < 0.92) {
          yield Resources.of(
              Ladder.cores(seen.cpuP95() * draw.uniform(1.0, 1.25)),
              Ladder.memory(seen.memoryMax() * draw.uniform(1.1, 1.3)));
        }
        yield Resources.of(
            Ladder.coresBelow(seen.cpuP95() * draw.uniform(0.5, 0.85)),
            Ladder.memory(seen.memoryMax() * 1.05));
      }
    };
  }

  /**
   * Limits as teams set them: CPU often unlimited, memory equal to or twice the request, never
   * below what was seen -- except for the leaky and spiky services, whose limits sit where they
   * will be OOM-killed.
   */
  private Resources limits(Resources request, Calibration seen, UsageProfile profile) {
    if (profile instanceof UsageProfile.LeakyService leak) {
      long memory = (long) (leak.peakBeforeRestart() * 1.05);
      return Resources.of(Double.POSITIVE_INFINITY, memory);
    }
    if (profile instanceof UsageProfile.SpikyMemory spiky) {
      return Resources.of(
          Double.POSITIVE_INFINITY, Ladder.memory(spiky.baseMemory() * draw.uniform(1.5, 1.7)));
    }
    double cpu =
        draw.chance(0.55)
            ? Double.POSITIVE_INFINITY
            : Ladder.cores(request.cpuCores() * draw.uniform(1, 2.5));
    double choice = draw.uniform(0, 1);
    long memory =
        choice < 0.5
            ? request.memoryBytes()
            : choice < 0.8 ? 2 * request.memoryBytes() : Long.MAX_VALUE;
    return Resources.of(cpu, Math.max(memory, Ladder.memory(seen.memoryMax() * 1.1)));
  }

  private SimContainer sidecar(WorkloadRef ref, long stream) {
    UsageProfile proxy =
        new UsageProfile.Steady(
            draw.logUniform(0.01, 0.05), (long) draw.logUniform(40 * MI, 90 * MI));
    ContainerSpec spec =
        ContainerSpec.cpuMemory("istio-proxy", Resources.of(0.1, 128 * MI), Resources.of(2, GI));
    return new SimContainer(ref.container("istio-proxy"), spec, proxy, Noise.mix(stream + 99));
  }
}
