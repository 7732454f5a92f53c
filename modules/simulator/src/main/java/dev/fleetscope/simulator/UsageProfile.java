package dev.fleetscope.simulator;

/**
 * How a kind of ML workload uses resources over time, as a pure function of the minute. Each
 * profile is the shape of something real teams run: the point of the demo fleet is that rightsizing
 * it is not trivial.
 */
sealed interface UsageProfile {
  long MINUTES_PER_DAY = 1440;

  /**
   * Fills {@code out} with the demand of one replica at {@code minute} (minutes since the epoch).
   */
  void demand(long minute, long stream, UsagePoint out);

  /** A short name for what this workload does, shown in the demo's labels. */
  String behaviour();

  /**
   * Fraction of the day's load at this local time: trough around 04:00, peak around 16:00, weekends
   * lighter.
   */
  static double dailyLoad(long minute, double utcOffsetHours) {
    double localMinute = minute + utcOffsetHours * 60;
    double hour = (localMinute / 60.0) % 24;
    double shape = 0.5 - 0.5 * Math.cos(2 * Math.PI * (hour - 4) / 24);
    long day = Math.floorDiv((long) localMinute, MINUTES_PER_DAY);
    int weekday = Math.floorMod(day + 3, 7); // 1970-01-01 was a Thursday; 0 is Monday
    return weekday >= 5 ? shape * 0.6 : shape;
  }

  /**
   * Online inference: traffic follows the day; memory holds the model plus a little per request in
   * flight.
   */
  record DiurnalService(
      double troughCpu,
      double peakCpu,
      long baseMemory,
      long memoryPerCore,
      double utcOffsetHours,
      double gpuActivityAtPeak,
      long gpuMemory)
      implements UsageProfile {
    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      double load =
          dailyLoad(minute, utcOffsetHours) * (1 + 0.12 * Noise.smooth(stream, minute, 45));
      double cpu =
          troughCpu
              + (peakCpu - troughCpu) * Math.max(load, 0)
              + 0.04 * peakCpu * Noise.gaussian(stream, minute);
      double memory = baseMemory + memoryPerCore * cpu;
      out.set(cpu, memory * (1 + 0.015 * Math.abs(Noise.gaussian(stream + 1, minute))));
      if (gpuMemory > 0) {
        out.gpu(
            gpuActivityAtPeak * Math.max(load, 0.03),
            gpuMemory * (0.97 + 0.03 * Noise.uniform(stream + 2, minute)));
      }
    }

    @Override
    public String behaviour() {
      return "online-inference";
    }
  }

  /** Daemons and stateful stores: flat use with a little jitter. */
  record Steady(double cpu, long memory) implements UsageProfile {
    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      out.set(
          cpu * (1 + 0.1 * Noise.gaussian(stream, minute)),
          memory * (1 + 0.02 * Math.abs(Noise.gaussian(stream + 1, minute))));
    }

    @Override
    public String behaviour() {
      return "steady";
    }
  }

  /**
   * A service leaking memory: it grows by {@code growthPerDay} (compounding) every day until, every
   * {@code restartEveryDays} (at a per-workload phase), it runs into its limit in one last burst
   * and is OOM-killed.
   */
  record LeakyService(
      double cpu, long startMemory, double growthPerDay, double restartEveryDays, long phaseMinutes)
      implements UsageProfile {
    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      long period = (long) (restartEveryDays * MINUTES_PER_DAY);
      long position = Math.floorMod(minute + phaseMinutes, period);
      double memory =
          position == period - 1
              ? peakBeforeRestart() * 1.5
              : startMemory * Math.exp(Math.log1p(growthPerDay) * position / MINUTES_PER_DAY);
      out.set(
          cpu * (1 + 0.1 * Noise.gaussian(stream, minute)),
          memory * (1 + 0.003 * Noise.uniform(stream + 1, minute)));
    }

    /** The largest memory the leak reaches before its final burst. */
    double peakBeforeRestart() {
      return startMemory * Math.pow(1 + growthPerDay, restartEveryDays);
    }

    @Override
    public String behaviour() {
      return "memory-leak";
    }
  }

  /**
   * A service whose rare large requests spike memory well above its usual level within a minute.
   */
  record SpikyMemory(double cpu, long baseMemory, double spikesPerDay, double spikeFactor)
      implements UsageProfile {
    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      boolean spike = Noise.uniform(stream + 3, minute) < spikesPerDay / MINUTES_PER_DAY;
      double factor = spike ? spikeFactor * (0.85 + 0.3 * Noise.uniform(stream + 4, minute)) : 1;
      out.set(
          cpu * (1 + 0.15 * Noise.gaussian(stream, minute)) * (spike ? 2 : 1),
          baseMemory * factor * (1 + 0.02 * Math.abs(Noise.gaussian(stream + 1, minute))));
    }

    @Override
    public String behaviour() {
      return "memory-spikes";
    }
  }

  /**
   * Queue workers: near idle, then bursts of full work for a few minutes when a batch of messages
   * lands.
   */
  record BurstyWorker(
      double idleCpu, double burstCpu, double burstsPerDay, int burstMinutes, long memory)
      implements UsageProfile {
    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      boolean bursting = false;
      for (int k = 0; k < burstMinutes && !bursting; k++) {
        bursting = Noise.uniform(stream + 5, minute - k) < burstsPerDay / MINUTES_PER_DAY;
      }
      double cpu =
          bursting
              ? burstCpu * (0.8 + 0.2 * Noise.uniform(stream, minute))
              : idleCpu * (1 + 0.3 * Noise.uniform(stream, minute));
      out.set(cpu, memory * (bursting ? 1.6 : 1) * (1 + 0.03 * Noise.uniform(stream + 1, minute)));
    }

    @Override
    public String behaviour() {
      return "bursty-worker";
    }
  }

  /**
   * A batch run on a schedule (a CronJob's pod): absent between runs, memory ramping up as it
   * works.
   */
  record ScheduledBatch(
      double cpu,
      long peakMemory,
      int startMinuteOfDay,
      int durationMinutes,
      int everyDays,
      double gpuActivity,
      long gpuMemory)
      implements UsageProfile, ScheduledRuns {
    @Override
    public java.util.List<Run> runs(long stream, long fromMinute, long toMinute) {
      java.util.List<Run> runs = new java.util.ArrayList<>();
      for (long day = Math.floorDiv(fromMinute, MINUTES_PER_DAY);
          day <= Math.floorDiv(toMinute, MINUTES_PER_DAY);
          day++) {
        if (Math.floorMod(day, everyDays) != 0) {
          continue;
        }
        int jitter = (int) (Noise.uniform(stream + 6, day) * durationMinutes * 0.3);
        long start = day * MINUTES_PER_DAY + startMinuteOfDay;
        long end = Math.min(start + durationMinutes + jitter, (day + 1) * MINUTES_PER_DAY);
        if (start < end && end > fromMinute && start < toMinute) {
          runs.add(new Run(start, end));
        }
      }
      return runs;
    }

    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      long day = Math.floorDiv(minute, MINUTES_PER_DAY);
      long minuteOfDay = minute - day * MINUTES_PER_DAY;
      long sinceStart = minuteOfDay - startMinuteOfDay;
      int jitter = (int) (Noise.uniform(stream + 6, day) * durationMinutes * 0.3);
      if (Math.floorMod(day, everyDays) != 0
          || sinceStart < 0
          || sinceStart >= durationMinutes + jitter) {
        out.idle();
        return;
      }
      double progress = sinceStart / (double) (durationMinutes + jitter);
      out.set(
          cpu * (0.85 + 0.15 * Noise.uniform(stream, minute)),
          peakMemory * (0.35 + 0.65 * progress) * (1 + 0.02 * Noise.uniform(stream + 1, minute)));
      if (gpuMemory > 0) {
        out.gpu(gpuActivity * (0.9 + 0.1 * Noise.uniform(stream + 2, minute)), gpuMemory);
      }
    }

    @Override
    public String behaviour() {
      return "batch-pipeline";
    }
  }

  /**
   * A short job run every {@code periodMinutes} (an hourly CronJob's pods): a few minutes of steady
   * work with one minute of peak CPU, memory ramping up as it goes; nothing between runs.
   */
  record RecurringJob(
      double cpu,
      double peakCpu,
      long peakMemory,
      int periodMinutes,
      int durationMinutes,
      int offsetMinutes)
      implements UsageProfile, ScheduledRuns {
    @Override
    public java.util.List<Run> runs(long stream, long fromMinute, long toMinute) {
      java.util.List<Run> runs = new java.util.ArrayList<>();
      long first = Math.floorDiv(fromMinute - offsetMinutes, periodMinutes);
      for (long k = first; k * periodMinutes + offsetMinutes < toMinute; k++) {
        long start = k * periodMinutes + offsetMinutes;
        if (start + durationMinutes > fromMinute) {
          runs.add(new Run(start, start + durationMinutes));
        }
      }
      return runs;
    }

    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      long sinceStart = Math.floorMod(minute - offsetMinutes, periodMinutes);
      if (sinceStart >= durationMinutes) {
        out.idle();
        return;
      }
      double progress = sinceStart / (double) durationMinutes;
      out.set(
          (sinceStart == durationMinutes / 2 ? peakCpu : cpu)
              * (0.9 + 0.1 * Noise.uniform(stream, minute)),
          peakMemory * (0.5 + 0.5 * progress) * (1 + 0.02 * Noise.uniform(stream + 1, minute)));
    }

    @Override
    public String behaviour() {
      return "recurring-job";
    }
  }

  /**
   * A GPU training job: runs for {@code runDays} out of every {@code cycleDays} (a new job each
   * cycle), keeping its GPUs busy and its framebuffer nearly full; the input pipeline keeps a few
   * cores busy.
   */
  record Training(
      double cpu,
      long memory,
      double gpuActivity,
      long gpuMemory,
      double runDays,
      double cycleDays,
      long phaseMinutes)
      implements UsageProfile {
    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      long cycle = (long) (cycleDays * MINUTES_PER_DAY);
      long position = Math.floorMod(minute + phaseMinutes, cycle);
      if (position >= runDays * MINUTES_PER_DAY) {
        out.idle();
        return;
      }
      boolean evaluating = position % 240 < 12; // a periodic eval/checkpoint step starves the GPU
      double activity =
          evaluating ? 0.35 : gpuActivity * (0.95 + 0.05 * Noise.uniform(stream, minute));
      out.set(
          cpu * (0.8 + 0.3 * Noise.uniform(stream + 1, minute)) * (evaluating ? 1.6 : 1),
          memory * (0.92 + 0.08 * Noise.uniform(stream + 2, minute)));
      out.gpu(activity, gpuMemory * (0.96 + 0.03 * Noise.uniform(stream + 3, minute)));
    }

    @Override
    public String behaviour() {
      return "gpu-training";
    }
  }

  /**
   * A notebook server left running: idle most of the time, with a working session on some weekday
   * mornings. Holding a GPU while idle is the costliest waste in an ML fleet.
   */
  record IdleNotebook(double cpu, long memory, double utcOffsetHours, long gpuMemory)
      implements UsageProfile {
    @Override
    public void demand(long minute, long stream, UsagePoint out) {
      long localMinute = minute + (long) (utcOffsetHours * 60);
      long day = Math.floorDiv(localMinute, MINUTES_PER_DAY);
      long minuteOfDay = localMinute - day * MINUTES_PER_DAY;
      boolean workday = Math.floorMod(day + 3, 7) < 5;
      boolean session =
          workday
              && Noise.uniform(stream + 7, day) < 0.25
              && minuteOfDay >= 600
              && minuteOfDay < 690;
      out.set(
          session
              ? cpu * (0.5 + Noise.uniform(stream, minute))
              : 0.004 + 0.002 * Noise.uniform(stream, minute),
          memory * (session ? 1.0 : 0.45) * (1 + 0.01 * Noise.uniform(stream + 1, minute)));
      if (gpuMemory > 0) {
        out.gpu(
            session ? 0.3 * Noise.uniform(stream + 2, minute) : 0,
            session ? gpuMemory : gpuMemory * 0.04);
      }
    }

    @Override
    public String behaviour() {
      return "idle-notebook";
    }
  }
}
