package voxpop.bench.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import voxpop.eval.ClusteringScores;
import voxpop.eval.Evaluation;
import voxpop.eval.EvaluationOptions;
import voxpop.eval.EvaluationReport;
import voxpop.eval.data.ClusteringSet;
import voxpop.eval.data.ClusteringSetExporter;
import voxpop.eval.data.DataSets;

/**
 * Measures voxpop against the tools people would otherwise use, on the same inputs and machine, and
 * writes the table of {@code docs/peers.md}. Started by {@code voxpop-bench/peers.sh}.
 *
 * <ol>
 *   <li>prepare each set: generate the corpus ({@code voxpop generate --seed}) or export the real
 *       set, then the documents file and the truth ({@link Corpus});
 *   <li>run each tool as its own process under the same limits ({@link LimitedRun}): voxpop through
 *       its shaded jar (the whole {@code analyze}: read, screen, deduplicate, themes, outputs),
 *       MALLET and Carrot2 in a JVM with the same {@code -Xmx}, the BERTopic-style pipeline in
 *       Debian's Python;
 *   <li>score each at the document level against the same truth ({@link Predictions#score});
 *   <li>write {@code result.json} per run, then the table ({@link PeersReport}).
 * </ol>
 *
 * <p>The paths of the built tools come from the environment: {@code PEERS_VOXPOP_JAR}, {@code
 * PEERS_CLASSPATH} (the bench module's runtime class path), {@code PEERS_PYTHON}, {@code
 * PEERS_SCRIPT} (bertopic_style.py), {@code PEERS_REPO}, {@code PEERS_COMMIT} and {@code
 * PEERS_GENERATOR} (a hash of the generator's sources: a cached corpus is made again when it
 * changes).
 */
public final class PeersBench {
  private final PeersOptions options;
  private final Path repo;
  private final String java;
  private final String jar;
  private final String classpath;
  private final String python;
  private final String script;
  private final String commit;
  private final String generator;
  private final LimitedRun limits;
  private String pythonMissing;
  private Path stopwords;

  PeersBench(PeersOptions options, Map<String, String> env) {
    this.options = options;
    this.repo = Path.of(env.getOrDefault("PEERS_REPO", ".")).toAbsolutePath().normalize();
    this.java = ProcessHandle.current().info().command().orElse("java");
    this.jar = env.getOrDefault("PEERS_VOXPOP_JAR", "voxpop-cli/target/voxpop.jar");
    this.classpath = env.getOrDefault("PEERS_CLASSPATH", System.getProperty("java.class.path"));
    this.python = env.getOrDefault("PEERS_PYTHON", "/usr/bin/python3");
    this.script =
        env.getOrDefault("PEERS_SCRIPT", "voxpop-bench/src/main/python/bertopic_style.py");
    this.commit = env.getOrDefault("PEERS_COMMIT", "unknown");
    this.generator = env.getOrDefault("PEERS_GENERATOR", "unknown");
    this.limits =
        new LimitedRun(
            options.timeLimit(), options.timeLimitText(), options.rssLimitMb(), options.heap());
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    PeersOptions options;
    try {
      options = PeersOptions.parse(List.of(args), Path.of(env.getOrDefault("PEERS_REPO", ".")));
    } catch (IllegalArgumentException e) {
      System.err.println("peers: " + e.getMessage());
      System.err.println(PeersOptions.usage());
      System.exit(2);
      return;
    }
    new PeersBench(options, env).run();
  }

  void run() throws IOException, InterruptedException {
    Files.createDirectories(options.work());
    String machine = Machine.describe();
    say("machine: " + machine + "; load " + Machine.loads());
    say(
        "limits: "
            + options.timeLimitText()
            + " per run, -Xmx"
            + options.heap()
            + " for every JVM, "
            + options.rssLimitMb() / 1024
            + " GiB resident per run; seed "
            + options.seed()
            + ", "
            + options.threads()
            + " threads; voxpop commit "
            + commit);
    checkPython();
    stopwords = writeStopwords(options.work().resolve("stopwords.txt"));
    Map<Tool, String> stopped = new HashMap<>();
    List<RunResult> results = new ArrayList<>();
    for (String set : ordered(options.sets())) {
      Corpus corpus;
      try {
        corpus = prepare(set);
      } catch (IOException | RuntimeException e) {
        say(set + ": skipped: " + e.getMessage());
        continue;
      }
      if (corpus == null) {
        continue;
      }
      say(
          String.format(
              Locale.ROOT,
              "%s: %,d documents, %,d scored, K = %d (%s)",
              set,
              corpus.documents(),
              corpus.scored(),
              corpus.k(),
              corpus.truthColumn()));
      Map<String, Integer> index = null;
      for (Tool tool : options.tools()) {
        RunResult r;
        String earlier = Generated.isGenerated(set) ? stopped.get(tool) : null;
        if (earlier != null && options.skipAfterStop()) {
          r =
              RunResult.notRun(
                  set, tool, corpus.documents(), corpus.k(), "not started: " + earlier);
        } else if (tool == Tool.BERTOPIC && pythonMissing != null) {
          r = RunResult.notRun(set, tool, corpus.documents(), corpus.k(), pythonMissing);
        } else {
          if (index == null) {
            index = corpus.docIndex();
          }
          r = runOne(corpus, tool, index);
          if (!r.done() && Generated.isGenerated(set)) {
            String why =
                r.reason().replace("stopped: ", "").replaceFirst(" \\((at|after) .*\\)$", "");
            stopped.put(tool, "stopped at " + set + " (" + why + ")");
          }
        }
        r.write(runDir(set, tool));
        results.add(r);
        say(line(r));
      }
    }
    String table = PeersReport.render(results, machine, options, commit);
    Path out = options.work().resolve("peers-table.md");
    Files.writeString(out, table, StandardCharsets.UTF_8);
    say("table: " + out);
    if (options.doc() != null) {
      PeersReport.replaceSection(options.doc(), table);
      say("updated " + options.doc());
    }
  }

  /** Generated corpora by size, smallest first, then the real sets in the order given. */
  static List<String> ordered(List<String> sets) {
    List<String> gen = new ArrayList<>();
    List<String> real = new ArrayList<>();
    for (String s : sets) {
      (Generated.isGenerated(s) ? gen : real).add(s);
    }
    gen.sort(Comparator.comparingLong(Generated::count));
    gen.addAll(real);
    return gen;
  }

  private Path runDir(String set, Tool tool) {
    return options.work().resolve("runs").resolve(set).resolve(tool.id());
  }

  private Corpus prepare(String set) throws IOException, InterruptedException {
    Path dir = options.work().resolve("corpora").resolve(set);
    Files.createDirectories(dir);
    if (Generated.isGenerated(set)) {
      long n = Generated.count(set);
      Path input = dir.resolve("input.csv");
      Path labels = dir.resolve("input.labels.csv");
      Path stamp = dir.resolve("generated.txt");
      String want = "count " + n + " seed " + options.seed() + " generator " + generator;
      if (!Files.exists(stamp) || !Files.readString(stamp).strip().equals(want)) {
        say(set + ": generating " + n + " appeals");
        Files.deleteIfExists(stamp);
        ProcessBuilder pb =
            new ProcessBuilder(
                    java,
                    "-Xmx" + options.heap(),
                    "-jar",
                    jar,
                    "generate",
                    "--count",
                    Long.toString(n),
                    "--seed",
                    Long.toString(options.seed()),
                    "-o",
                    input.toString(),
                    "--quiet")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("generate.log").toFile());
        int rc = pb.start().waitFor();
        if (rc != 0) {
          throw new IOException("voxpop generate failed (exit " + rc + "); see generate.log");
        }
        Files.writeString(stamp, want + "\n");
      }
      return Corpus.prepare(set, "ru", input, labels, "theme", dir);
    }
    if (!Files.isDirectory(options.data())) {
      say(
          set
              + ": skipped: no shared data folder at "
              + options.data()
              + " (the real sets live in ../shared/data; --data DIR)");
      return null;
    }
    ClusteringSet cs = new DataSets(options.data()).clustering(set);
    ClusteringSetExporter.Exported f = ClusteringSetExporter.export(cs, dir);
    return Corpus.prepare(set, cs.language(), f.appeals(), f.labels(), "subtheme", dir);
  }

  private RunResult runOne(Corpus corpus, Tool tool, Map<String, Integer> index)
      throws IOException, InterruptedException {
    Path dir = runDir(corpus.name(), tool);
    deleteTree(dir);
    Path out = dir.resolve("out");
    List<String> cmd = command(corpus, tool, out);
    double loadBefore = Machine.load();
    LimitedRun.Outcome o = limits.run(cmd, dir, threadEnv());
    double loadAfter = Machine.load();
    ClusteringScores scores = null;
    ClusteringScores sub = null;
    int subCount = 0;
    ClusteringScores questions = null;
    int clusters = 0;
    long other = 0;
    List<String> labels = List.of();
    String reason = o.reason();
    if (o.status() == LimitedRun.Status.DONE) {
      String[] truth = corpus.truthByDoc(index);
      Predictions p;
      if (tool.peer()) {
        p = Predictions.readPeer(out, index);
      } else {
        VoxpopOutput.Levels levels = VoxpopOutput.read(out, index);
        p = levels.themes();
        if (tool == Tool.VOXPOP) {
          sub = levels.subthemes().score(truth);
          subCount = levels.subthemes().clusterCount();
        }
        if (Generated.isGenerated(corpus.name())) {
          questions = questionLevel(out, corpus);
        }
      }
      scores = p.score(truth);
      clusters = p.clusterCount();
      other = countOther(p, truth);
      labels = p.topLabels(10);
      if (clusters == 0) {
        reason = "returned no clusters";
      }
    }
    if (o.status() != LimitedRun.Status.DONE) {
      reason += progressHint(LimitedRun.tail(dir.resolve("stderr.log"), 256 * 1024));
    }
    Map<String, Object> peer = RunResult.readPeerJson(out.resolve("peer.json"));
    double wall = o.wallSeconds();
    return new RunResult(
        corpus.name(),
        tool.id(),
        o.status().name(),
        reason,
        round(wall, 2),
        o.peakRssMb(),
        loadBefore,
        loadAfter,
        corpus.documents(),
        corpus.k(),
        clusters,
        other,
        scores,
        sub,
        subCount,
        questions,
        labels,
        peer,
        shorten(String.join(" ", cmd)));
  }

  private static final Pattern MALLET_ITERATION = Pattern.compile("<([0-9]+)> LL/token");
  private static final Pattern PYTHON_STAGE = Pattern.compile("bertopic_style: ([a-z]+) done");

  /**
   * How far a stopped run got, from what it printed: MALLET's last reported iteration, the sklearn
   * pipeline's last finished stage; empty when the output tells nothing.
   */
  static String progressHint(String stderr) {
    String iteration = last(MALLET_ITERATION, stderr);
    if (iteration != null) {
      return " (at iteration " + iteration + " of " + MalletPeer.ITERATIONS + ")";
    }
    String stage = last(PYTHON_STAGE, stderr);
    if (stage != null) {
      return " (after its " + stage + " stage)";
    }
    return "";
  }

  private static String last(Pattern p, String text) {
    Matcher m = p.matcher(text);
    String found = null;
    while (m.find()) {
      found = m.group(1);
    }
    return found;
  }

  private static long countOther(Predictions p, String[] truth) {
    long n = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] != null && p.clusterByDoc()[i].equals(Predictions.OTHER)) {
        n++;
      }
    }
    return n;
  }

  private static ClusteringScores questionLevel(Path out, Corpus corpus) throws IOException {
    EvaluationReport report =
        Evaluation.run(
            out.resolve("questions.csv"),
            corpus.labels(),
            new EvaluationOptions("theme", "subtheme", false));
    return report.levels().stream()
        .filter(l -> l.level().equals("theme"))
        .map(EvaluationReport.Level::scores)
        .findFirst()
        .orElse(null);
  }

  /** The command of one tool on one set (the same limits for all). */
  List<String> command(Corpus c, Tool tool, Path out) {
    List<String> jvm =
        List.of(
            java,
            "-Xmx" + options.heap(),
            "-XX:+UseParallelGC",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:ActiveProcessorCount=" + options.threads());
    List<String> cmd = new ArrayList<>();
    switch (tool) {
      case VOXPOP, VOXPOP_K -> {
        cmd.addAll(jvm);
        cmd.addAll(
            List.of(
                "-Dvoxpop.cores=" + options.threads(),
                "-jar",
                jar,
                "analyze",
                c.input().toString(),
                "-o",
                out.toString(),
                "--seed",
                Long.toString(options.seed()),
                "--threads",
                Integer.toString(options.threads()),
                "--quiet"));
        if (tool == Tool.VOXPOP_K) {
          cmd.addAll(List.of("--themes", Integer.toString(c.k())));
        }
      }
      case MALLET -> {
        cmd.addAll(jvm);
        cmd.addAll(
            List.of(
                "-cp",
                classpath,
                MalletPeer.class.getName(),
                c.docs().toString(),
                out.toString(),
                Integer.toString(c.k()),
                Long.toString(options.seed()),
                Integer.toString(MalletPeer.THREADS),
                stopwords.toString()));
      }
      case LINGO, STC -> {
        cmd.addAll(jvm);
        cmd.addAll(
            List.of(
                "-cp",
                classpath,
                Carrot2Peer.class.getName(),
                tool == Tool.LINGO ? "lingo" : "stc",
                c.docs().toString(),
                out.toString(),
                Integer.toString(c.k()),
                c.language().equals("en") ? "English" : "Russian"));
      }
      case BERTOPIC ->
          cmd.addAll(
              List.of(
                  python,
                  script,
                  c.docs().toString(),
                  out.toString(),
                  "--k",
                  Integer.toString(c.k()),
                  "--seed",
                  Long.toString(options.seed()),
                  "--stopwords",
                  stopwords.toString()));
    }
    return cmd;
  }

  private Map<String, String> threadEnv() {
    String t = Integer.toString(options.threads());
    Map<String, String> env = new LinkedHashMap<>();
    for (String v :
        List.of(
            "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS")) {
      env.put(v, t);
    }
    return env;
  }

  private void checkPython() throws InterruptedException {
    if (!options.tools().contains(Tool.BERTOPIC)) {
      return;
    }
    try {
      Process p =
          new ProcessBuilder(python, "-c", "import sklearn, scipy, numpy")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (p.waitFor() != 0) {
        pythonMissing =
            "not run: python3-sklearn is not installed (apt-get install python3-sklearn)";
      }
    } catch (IOException e) {
      pythonMissing = "not run: no Python at " + python;
    }
    if (pythonMissing != null) {
      say("bertopic: " + pythonMissing);
    }
  }

  /** Lucene's English, Russian and Ukrainian stop lists, for MALLET and the sklearn pipeline. */
  static Path writeStopwords(Path file) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    for (CharArraySet s :
        List.of(
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            RussianAnalyzer.getDefaultStopSet(),
            UkrainianMorfologikAnalyzer.getDefaultStopwords())) {
      for (Object w : s) {
        words.add(w instanceof char[] c ? new String(c) : w.toString());
      }
    }
    Files.writeString(file, String.join("\n", words) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private String shorten(String cmd) {
    return cmd.replace(classpath, "$CLASSPATH")
        .replace(options.work().toString(), "$WORK")
        .replace(repo + "/", "")
        .replace(java, "java");
  }

  static String line(RunResult r) {
    if (!r.done()) {
      return String.format(
          Locale.ROOT,
          "  %-9s %s%s",
          r.tool(),
          r.reason(),
          r.wallSeconds() > 0 ? String.format(Locale.ROOT, " after %.0f s", r.wallSeconds()) : "");
    }
    return String.format(
        Locale.ROOT,
        "  %-9s %8.1f s %6d MB load %5.1f  clusters %4d  NMI %.3f ARI %.3f ACC %.3f%s",
        r.tool(),
        r.wallSeconds(),
        r.peakRssMb(),
        r.loadBefore(),
        r.clusters(),
        r.scores().nmi(),
        r.scores().ari(),
        r.scores().matchedAccuracy(),
        r.reason().isEmpty() ? "" : "  (" + r.reason() + ")");
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static void say(String s) {
    System.out.println(s);
    System.out.flush();
  }
}
