package voxpop.cli.quality;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a run measured on: cores, processor, Java, heap, and the load average (1, 5 and 15
 * minutes) before and after, so that timings on a shared machine can be read in context.
 *
 * @param cores available processors
 * @param cpu the processor model, or empty when unknown
 * @param java the Java runtime version
 * @param maxHeapMb the largest heap the JVM may use
 * @param loadBefore load averages when the run started
 * @param loadAfter load averages when it ended
 */
public record Machine(
    int cores,
    String cpu,
    String java,
    long maxHeapMb,
    List<Double> loadBefore,
    List<Double> loadAfter) {

  /** The machine now, with the load average as {@code loadBefore}. */
  public static Machine now() {
    Runtime rt = Runtime.getRuntime();
    return new Machine(
        rt.availableProcessors(),
        cpuModel(),
        System.getProperty("java.version"),
        rt.maxMemory() / (1024 * 1024),
        load(),
        List.of());
  }

  /** This machine with the load average now as {@code loadAfter}. */
  public Machine after() {
    return new Machine(cores, cpu, java, maxHeapMb, loadBefore, load());
  }

  /** "2 cores (model), Java 25, heap 6144 MB; load average 7.9 10.5 11.0 before, ... after". */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores%s, Java %s, max heap %,d MB; load average (1, 5, 15 min) %s before, %s after",
        cores,
        cpu.isEmpty() ? "" : " (" + cpu + ")",
        java,
        maxHeapMb,
        loads(loadBefore),
        loads(loadAfter));
  }

  private static String loads(List<Double> l) {
    return l.isEmpty()
        ? "n/a"
        : String.join(" ", l.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
  }

  /** From /proc/loadavg where there is one, else the 1-minute figure of the JVM. */
  private static List<Double> load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return List.of(Double.valueOf(f[0]), Double.valueOf(f[1]), Double.valueOf(f[2]));
    } catch (IOException | RuntimeException e) {
      double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return one < 0 ? List.of() : List.of(one);
    }
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or not readable: the model is only informative.
    }
    return "";
  }
}
