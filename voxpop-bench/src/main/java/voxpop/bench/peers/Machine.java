package voxpop.bench.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the machine is and how busy it is, read from {@code /proc}. Stateless. */
final class Machine {
  private Machine() {}

  /** The 1-minute load average, or -1 where {@code /proc/loadavg} is absent. */
  static double load() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The three load averages as {@code /proc/loadavg} gives them. */
  static String loads() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** One line: cores, memory, CPU model, OS, JVM. */
  static String describe() {
    int cores = Runtime.getRuntime().availableProcessors();
    return String.format(
        Locale.ROOT,
        "%d cores, %s RAM, %s; %s; Java %s (%s)",
        cores,
        memory(),
        field(Path.of("/proc/cpuinfo"), "model name", ":"),
        field(Path.of("/etc/os-release"), "PRETTY_NAME", "=").replace("\"", ""),
        System.getProperty("java.version"),
        System.getProperty("java.vm.vendor"));
  }

  private static String memory() {
    String kb = field(Path.of("/proc/meminfo"), "MemTotal", ":").replaceAll("[^0-9]", "");
    return kb.isEmpty()
        ? "unknown"
        : String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0);
  }

  private static String field(Path file, String key, String sep) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (String l : lines) {
        if (l.startsWith(key)) {
          int i = l.indexOf(sep);
          return i < 0 ? "" : l.substring(i + 1).strip();
        }
      }
    } catch (IOException e) {
      // unknown
    }
    return "unknown";
  }
}
