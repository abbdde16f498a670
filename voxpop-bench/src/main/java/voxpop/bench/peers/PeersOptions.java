package voxpop.bench.peers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import voxpop.eval.data.DataSets;

/**
 * The options of one {@code peers.sh} run, parsed and validated at start-up: a bad value or an
 * unknown flag fails with a message naming it, never silently clamped.
 *
 * @param work the folder for corpora, peer outputs and results
 * @param data the shared real data sets ({@code ../shared/data}); may be absent
 * @param sets the inputs, in the order run: generated corpora ({@code gen-10k}, {@code gen-3m}) and
 *     the real sets by their {@link DataSets} names
 * @param tools the tools, in the order run
 * @param timeLimit the wall-clock limit of one run
 * @param heap the {@code -Xmx} of every JVM tool, voxpop included
 * @param rssLimitMb the resident-memory limit of one run's process tree, for every tool
 * @param seed the seed of every tool and of the generator
 * @param threads threads every tool may use
 * @param doc the Markdown file whose generated section is replaced, or null for none
 * @param skipAfterStop whether a tool stopped by a limit on a generated corpus is not started on
 *     the larger ones (it cannot finish them within the same limit)
 * @param quick a short smoke run
 */
public record PeersOptions(
    Path work,
    Path data,
    List<String> sets,
    List<Tool> tools,
    Duration timeLimit,
    String heap,
    long rssLimitMb,
    long seed,
    int threads,
    Path doc,
    boolean skipAfterStop,
    boolean quick) {

  /** The full table: four generated sizes, then the seven real sets. */
  public static final List<String> FULL_SETS = fullSets();

  /** The smoke run: a small generated corpus and two small real sets. */
  public static final List<String> QUICK_SETS = List.of("gen-10k", "tweet", "agnews");

  public PeersOptions {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(data, "data");
    sets = List.copyOf(sets);
    tools = List.copyOf(tools);
  }

  private static List<String> fullSets() {
    List<String> s = new ArrayList<>(List.of("gen-10k", "gen-50k", "gen-1m", "gen-3m"));
    s.addAll(DataSets.CLUSTERING_SETS);
    return List.copyOf(s);
  }

  static final String USAGE =
      """
      usage: peers.sh [--quick] [--sets a,b,...] [--tools a,b,...] [--time-limit MIN]
                      [--heap 6g] [--rss-limit-gb N] [--seed N] [--threads N] [--work DIR]
                      [--data DIR] [--doc FILE | --no-doc] [--try-all]
        --quick          gen-10k, tweet and agnews, 5-minute limit, no doc written
        --sets           gen-N (N like 10k, 50k, 1m, 3m) and real sets: %s
        --tools          %s
        --time-limit     minutes per run (default 20)
        --heap           -Xmx of every JVM tool, voxpop included (default 6g)
        --rss-limit-gb   resident memory of one run's processes (default 10)
        --try-all        also start a tool on a larger corpus after a limit stopped it on a smaller one
      """;

  /**
   * Parses the command line.
   *
   * @param repo the repository root (defaults of {@code --work}, {@code --data}, {@code --doc})
   * @throws IllegalArgumentException naming the bad flag or value
   */
  public static PeersOptions parse(List<String> args, Path repo) {
    Path work = Path.of("/tmp/voxpop-peers");
    Path data = DataSets.sharedRoot().orElse(repo.resolve("../shared/data").normalize());
    List<String> sets = null;
    List<Tool> tools = List.of(Tool.values());
    Duration limit = null;
    String heap = "6g";
    long rssGb = 10;
    long seed = 42;
    int threads = 2;
    Path doc = repo.resolve("docs/peers.md");
    boolean docGiven = false;
    boolean tryAll = false;
    boolean quick = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--quick" -> quick = true;
        case "--try-all" -> tryAll = true;
        case "--no-doc" -> {
          doc = null;
          docGiven = true;
        }
        case "--help", "-h" -> throw new IllegalArgumentException(usage());
        default -> {
          if (!a.startsWith("--") || i + 1 >= args.size()) {
            throw new IllegalArgumentException(
                (a.startsWith("--") ? "missing value of " : "unknown argument: ") + a);
          }
          String v = args.get(++i);
          switch (a) {
            case "--sets" -> sets = sets(v);
            case "--tools" -> tools = tools(v);
            case "--time-limit" ->
                limit = Duration.ofSeconds(Math.round(60 * number(a, v, 0.05, 24 * 60)));
            case "--heap" -> heap = heap(v);
            case "--rss-limit-gb" -> rssGb = (long) number(a, v, 1, 1024);
            case "--seed" -> seed = (long) number(a, v, 0, Long.MAX_VALUE);
            case "--threads" -> threads = (int) number(a, v, 1, 256);
            case "--work" -> work = Path.of(v);
            case "--data" -> data = Path.of(v);
            case "--doc" -> {
              doc = Path.of(v);
              docGiven = true;
            }
            default -> throw new IllegalArgumentException("unknown option: " + a);
          }
        }
      }
    }
    if (sets == null) {
      sets = quick ? QUICK_SETS : FULL_SETS;
    }
    if (limit == null) {
      limit = Duration.ofMinutes(quick ? 5 : 20);
    }
    if (quick && !docGiven) {
      doc = null;
    }
    return new PeersOptions(
        work, data, sets, tools, limit, heap, rssGb * 1024, seed, threads, doc, !tryAll, quick);
  }

  static String usage() {
    return String.format(
        Locale.ROOT,
        USAGE,
        String.join(", ", DataSets.CLUSTERING_SETS),
        String.join(", ", Tool.names()));
  }

  private static List<String> sets(String v) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String s : v.split(",")) {
      String name = s.strip();
      if (Generated.isGenerated(name)) {
        Generated.count(name); // validates the size
      } else if (!DataSets.CLUSTERING_SETS.contains(name)) {
        throw new IllegalArgumentException(
            "--sets: unknown set '"
                + name
                + "'; known: gen-N (N like 10k, 1m) and "
                + String.join(", ", DataSets.CLUSTERING_SETS));
      }
      out.add(name);
    }
    return List.copyOf(out);
  }

  private static List<Tool> tools(String v) {
    LinkedHashSet<Tool> out = new LinkedHashSet<>();
    for (String s : v.split(",")) {
      out.add(Tool.byName(s.strip()));
    }
    return List.copyOf(out);
  }

  private static String heap(String v) {
    if (!v.matches("[1-9][0-9]*[mMgG]")) {
      throw new IllegalArgumentException(
          "--heap: expected a size like 6g or 4096m, got '" + v + "'");
    }
    return v.toLowerCase(Locale.ROOT);
  }

  private static double number(String flag, String v, double min, double max) {
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + ": not a number: '" + v + "'");
    }
    if (!(d >= min && d <= max)) {
      throw new IllegalArgumentException(
          flag + ": " + v + " is outside [" + fmt(min) + ", " + fmt(max) + "]");
    }
    return d;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The time limit for messages: "20 min" or "90 s". */
  public String timeLimitText() {
    long s = timeLimit.toSeconds();
    return s % 60 == 0 ? (s / 60) + " min" : s + " s";
  }
}
