package voxpop.bench.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one tool as a child process under the same limits for every tool: a wall-clock limit and a
 * resident-memory limit on the whole process tree (the JVM tools also get the same {@code -Xmx}).
 * Measures the wall time from start to exit and the peak resident memory: the largest of {@code
 * /usr/bin/time -f %M} (the process's own maximum, where that tool exists) and the sum of {@code
 * VmRSS} over the process tree sampled every 100 ms from {@code /proc}. The child's output goes to
 * {@code stdout.log} and {@code stderr.log} in the run's folder. Not thread-safe; one run at a
 * time.
 */
public final class LimitedRun {
  private static final Path TIME = Path.of("/usr/bin/time");
  private static final long SAMPLE_MILLIS = 100;

  /** How a run ended. */
  public enum Status {
    DONE,
    TIME_LIMIT,
    OUT_OF_MEMORY,
    FAILED
  }

  /**
   * What one run measured.
   *
   * @param status how it ended
   * @param reason a reason for the table ("stopped: time limit 20 min"), empty when done
   * @param wallSeconds from start to exit (or to the kill)
   * @param peakRssMb the peak resident memory, MiB
   * @param exitCode the exit status, -1 when killed
   */
  public record Outcome(
      Status status, String reason, double wallSeconds, long peakRssMb, int exitCode) {}

  private final Duration timeLimit;
  private final String timeLimitText;
  private final long rssLimitMb;
  private final String heap;

  /**
   * @param heap the JVM tools' {@code -Xmx}, named when a JVM runs out of heap
   */
  public LimitedRun(Duration timeLimit, String timeLimitText, long rssLimitMb, String heap) {
    this.timeLimit = timeLimit;
    this.timeLimitText = timeLimitText;
    this.rssLimitMb = rssLimitMb;
    this.heap = heap;
  }

  /** Runs {@code command} in {@code dir} (created) with extra environment variables. */
  public Outcome run(List<String> command, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path timeFile = dir.resolve("time.txt");
    Files.deleteIfExists(timeFile);
    List<String> cmd = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      cmd.addAll(List.of(TIME.toString(), "-f", "%M", "-o", timeFile.toString()));
    }
    cmd.addAll(command);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve("stdout.log").toFile())
            .redirectError(dir.resolve("stderr.log").toFile());
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = pb.start();
    long deadline = t0 + timeLimit.toNanos();
    long peakSumKb = 0;
    Map<Long, Long> hwm = new HashMap<>();
    Status killed = null;
    while (!p.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
      long sum = 0;
      for (ProcessHandle h : tree(p)) {
        long[] mem = memoryKb(h.pid());
        sum += mem[0];
        hwm.merge(h.pid(), mem[1], Math::max);
      }
      peakSumKb = Math.max(peakSumKb, sum);
      if (sum > rssLimitMb * 1024) {
        killed = Status.OUT_OF_MEMORY;
      } else if (System.nanoTime() > deadline) {
        killed = Status.TIME_LIMIT;
      }
      if (killed != null) {
        kill(p);
        break;
      }
    }
    p.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    long peakKb = peakSumKb;
    for (long v : hwm.values()) {
      peakKb = Math.max(peakKb, v);
    }
    if (timed) {
      peakKb = Math.max(peakKb, timeMaxRssKb(timeFile));
    }
    long peakMb = Math.round(peakKb / 1024.0);
    if (killed == Status.TIME_LIMIT) {
      return new Outcome(killed, "stopped: time limit " + timeLimitText, wall, peakMb, -1);
    }
    if (killed == Status.OUT_OF_MEMORY) {
      return new Outcome(
          killed,
          String.format(Locale.ROOT, "stopped: resident memory above %d GiB", rssLimitMb / 1024),
          wall,
          peakMb,
          -1);
    }
    int rc = p.exitValue();
    if (rc == 0) {
      return new Outcome(Status.DONE, "", wall, peakMb, 0);
    }
    String err = tail(dir.resolve("stderr.log"), 64 * 1024);
    // -XX:+ExitOnOutOfMemoryError prints its "Terminating due to" line on standard output
    String out = tail(dir.resolve("stdout.log"), 4 * 1024);
    if (err.contains("OutOfMemoryError") || out.contains("OutOfMemoryError")) {
      return new Outcome(
          Status.OUT_OF_MEMORY, "stopped: out of memory (-Xmx" + heap + ")", wall, peakMb, rc);
    }
    if (err.contains("MemoryError") || err.contains("Unable to allocate")) {
      return new Outcome(Status.OUT_OF_MEMORY, "stopped: out of memory", wall, peakMb, rc);
    }
    return new Outcome(
        Status.FAILED, "failed: exit " + rc + ": " + lastLine(err), wall, peakMb, rc);
  }

  private static List<ProcessHandle> tree(Process p) {
    List<ProcessHandle> out = new ArrayList<>();
    out.add(p.toHandle());
    p.descendants().forEach(out::add);
    return out;
  }

  /** Children first, so that {@code /usr/bin/time} lives to report what its child used. */
  private static void kill(Process p) throws InterruptedException {
    List<ProcessHandle> kids = p.descendants().toList();
    for (int i = kids.size() - 1; i >= 0; i--) {
      kids.get(i).destroyForcibly();
    }
    if (!p.waitFor(10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
  }

  /** VmRSS and VmHWM of a process in KiB, zeros when it is gone. */
  static long[] memoryKb(long pid) {
    long[] out = new long[2];
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          out[0] = kb(line);
        } else if (line.startsWith("VmHWM:")) {
          out[1] = kb(line);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between listing and reading
    }
    return out;
  }

  static long kb(String statusLine) {
    String digits = statusLine.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits);
  }

  /** The %M figure {@code /usr/bin/time} wrote (last numeric line), or 0. */
  static long timeMaxRssKb(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String s = lines.get(i).strip();
        if (s.matches("[0-9]+")) {
          return Long.parseLong(s);
        }
      }
    } catch (IOException e) {
      // no figure: the sampled one stands
    }
    return 0;
  }

  static String tail(Path file, int bytes) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    byte[] all = Files.readAllBytes(file);
    int from = Math.max(0, all.length - bytes);
    return new String(all, from, all.length - from, StandardCharsets.UTF_8);
  }

  static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
    return last.length() > 160 ? last.substring(0, 160) + "…" : last;
  }
}
