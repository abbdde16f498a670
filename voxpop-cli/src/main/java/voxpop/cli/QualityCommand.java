package voxpop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import voxpop.cli.quality.DuplicateQuality;
import voxpop.cli.quality.Machine;
import voxpop.cli.quality.QualityJson;
import voxpop.cli.quality.QualityMarkdown;
import voxpop.cli.quality.QualityReport;
import voxpop.cli.quality.QualitySets;
import voxpop.cli.quality.QualitySets.DataSet;
import voxpop.cli.quality.QualitySets.Section;
import voxpop.cli.quality.ScreeningQuality;
import voxpop.cli.quality.ThemeQuality;
import voxpop.dedup.DuplicateParams;
import voxpop.eval.data.ClusteringSet;
import voxpop.eval.data.DataSets;
import voxpop.eval.data.LabelledText;
import voxpop.eval.data.TextPair;
import voxpop.io.OnError;
import voxpop.params.Params;
import voxpop.pipeline.Version;
import voxpop.screen.Screener;
import voxpop.themes.ThemeRequest;

/**
 * {@code voxpop quality}: recomputes the quality table of issue 3 from the real data sets of {@code
 * ../shared/data} (see {@code docs/quality.md}):
 *
 * <ol>
 *   <li>themes in automatic mode on every clustering set, scored per document;
 *   <li>themes with k given on the English sets, beside TF-IDF + k-means and published figures;
 *   <li>screening on rude texts and rewrites, SMS spam and legitimate appeals;
 *   <li>near-duplicate precision and recall on paraphrase and duplicate-question pairs;
 * </ol>
 *
 * each with its wall time, and the machine with its load. Absent sets are listed as skipped. Exit
 * status 0 on success, 1 when a present set could not be read (the others are still measured), 2
 * for wrong arguments.
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = {
      "Measure theme quality, screening and near-duplicates on the real data sets"
          + " (../shared/data) and print the tables of docs/quality.md.",
      "Sets: all (default), themes, screening, duplicates, or names: kursk-appeals, agnews,"
          + " searchsnippets, biomedical, tweet, banking77, clinc150, ru-paradetox,"
          + " en-sms-spam-uci, troitsk-appeals-unlabeled, ru-paraphraser,"
          + " en-quora-question-pairs."
    })
final class QualityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The shared data folder (default: $VOXPOP_SHARED_DATA, else ../shared/data).")
  Path data;

  @Option(
      names = "--sets",
      defaultValue = "all",
      paramLabel = "LIST",
      description = "Comma-separated sets or groups to measure (default ${DEFAULT-VALUE}).")
  String sets;

  @Option(
      names = "--out",
      paramLabel = "FILE.md",
      description = "Write the Markdown tables to FILE instead of stdout.")
  Path out;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Keep the exported sets and the engine's outputs in DIR (default: a temporary folder,"
              + " deleted at the end).")
  Path work;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: every available core).")
  Integer threads;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of every run and of the baseline (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress lines on stderr.")
  boolean quiet;

  @Mixin ParamOptions paramOptions = new ParamOptions();

  private final List<QualityReport.Skipped> skipped = new ArrayList<>();
  private final List<ThemeQuality.AutoRow> themeRows = new ArrayList<>();
  private final List<ThemeQuality.GivenRow> givenRows = new ArrayList<>();
  private final List<ScreeningQuality.ToxicityRow> toxicityRows = new ArrayList<>();
  private final List<ScreeningQuality.SpamRow> spamRows = new ArrayList<>();
  private final List<ScreeningQuality.AppealsRow> appealRows = new ArrayList<>();
  private final List<DuplicateQuality.PairsRow> pairRows = new ArrayList<>();
  private boolean failed;

  @Override
  public Integer call() throws IOException {
    CliChecks checks = new CliChecks(spec);
    List<DataSet> selected;
    try {
      selected = QualitySets.select(sets);
    } catch (IllegalArgumentException e) {
      throw checks.error("--sets: " + e.getMessage());
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    checks.range(n, 1, 512, "--threads");
    if (data != null && !Files.isDirectory(data)) {
      throw checks.error("--data: no such folder: " + data + " (the shared data sets)");
    }
    parentExists(checks, out, "--out");
    parentExists(checks, json, "--json");
    if (work != null) {
      checks.outputDir(work, "--work");
    }
    Params params = checks.params(paramOptions);

    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long started = System.nanoTime();
    Machine machine = Machine.now();
    Path root =
        data != null
            ? data
            : DataSets.sharedRoot().orElse(Path.of("..", "shared", "data").toAbsolutePath());
    Path workDir =
        work != null ? Files.createDirectories(work) : Files.createTempDirectory("voxpop-quality");
    try {
      measure(selected, root, workDir, params, n);
    } finally {
      if (work == null) {
        deleteTree(workDir);
      }
    }
    QualityReport report =
        new QualityReport(
            command(),
            startedAt.toString(),
            Version.current(),
            seed,
            n,
            machine.after(),
            (System.nanoTime() - started) / 1e9,
            skipped,
            themeRows,
            givenRows,
            toxicityRows,
            spamRows,
            appealRows,
            pairRows);
    String md = QualityMarkdown.write(report);
    if (out != null) {
      Files.writeString(out, md);
      progress("wrote " + out);
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(md);
      stdout.flush();
    }
    if (json != null) {
      Files.writeString(json, QualityJson.write(report));
      progress("wrote " + json);
    }
    return failed ? 1 : 0;
  }

  private void measure(List<DataSet> selected, Path root, Path workDir, Params params, int n) {
    if (!Files.isDirectory(root)) {
      for (DataSet s : selected) {
        skip(
            s,
            "the shared data folder is absent: " + root + " (set --data or " + DataSets.ENV + ")");
      }
      return;
    }
    DataSets sets = new DataSets(root);
    ThemeRequest.Progress none = ThemeRequest.Progress.NONE;
    ThemeQuality themes =
        new ThemeQuality(
            (input, output, k) ->
                AnalysisRunner.run(
                        input,
                        output,
                        params,
                        seed,
                        n,
                        k,
                        ZoneId.of("Europe/Moscow"),
                        OnError.SKIP,
                        none)
                    .analysis()
                    .result(),
            workDir,
            seed,
            n);
    ScreeningQuality screening = new ScreeningQuality(new Screener(params));
    DuplicateQuality duplicates =
        new DuplicateQuality(
            params.get(DuplicateParams.NEAR_DUPLICATE_JACCARD),
            params.get(DuplicateParams.MIN_HASH_BANDS),
            params.get(DuplicateParams.MIN_HASH_ROWS),
            n);
    for (DataSet s : selected) {
      if (!Files.isDirectory(root.resolve(s.folder()))) {
        skip(s, "its folder is absent: " + root.resolve(s.folder()));
        continue;
      }
      try {
        if (s.sections().contains(Section.THEMES)) {
          ClusteringSet set = sets.clustering(s.name());
          themeRows.add(done(s, "themes, automatic", themes.automatic(set)));
          if (set.language().equals("en")) {
            givenRows.add(done(s, "themes, k given", themes.given(set, s.published())));
          }
        }
        if (s.sections().contains(Section.SCREENING)) {
          screen(s, sets, screening);
        }
        if (s.sections().contains(Section.DUPLICATES)) {
          List<TextPair> pairs = new ArrayList<>();
          if (s.name().equals("ru-paraphraser")) {
            pairs.addAll(sets.ruParaphraserTrain());
            pairs.addAll(sets.ruParaphraserGold());
          } else {
            pairs.addAll(sets.quoraQuestionPairs());
          }
          pairRows.add(done(s, "duplicates", duplicates.score(s.name(), pairs)));
        }
      } catch (NoSuchFileException e) {
        skip(s, (e.getReason() != null ? e.getReason() : "no such file") + ": " + e.getFile());
      } catch (IOException | RuntimeException e) {
        failed = true;
        skip(s, "could not be measured: " + e.getMessage());
      }
    }
  }

  private void screen(DataSet s, DataSets sets, ScreeningQuality screening) throws IOException {
    switch (s.name()) {
      case "ru-paradetox" ->
          toxicityRows.add(done(s, "screening", screening.toxicity(s.name(), sets.ruParadetox())));
      case "en-sms-spam-uci" ->
          spamRows.add(done(s, "screening", screening.spam(s.name(), sets.smsSpam())));
      case "kursk-appeals" -> {
        List<LabelledText> appeals = new ArrayList<>(sets.kurskAppeals().texts());
        appeals.addAll(sets.kurskAppealsTest());
        appealRows.add(
            done(s, "screening", screening.appeals("kursk-appeals (train + test)", appeals)));
      }
      case "troitsk-appeals-unlabeled" ->
          appealRows.add(done(s, "screening", screening.appeals(s.name(), sets.troitsk())));
      default -> throw new IllegalStateException("no screening measure for " + s.name());
    }
  }

  private <T> T done(DataSet s, String what, T row) {
    progress(s.name() + ": " + what + " done");
    return row;
  }

  private void skip(DataSet s, String reason) {
    skipped.add(new QualityReport.Skipped(s.name(), reason));
    progress(s.name() + ": skipped, " + reason);
  }

  private void progress(String message) {
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "quality: %s%n", message);
      err.flush();
    }
  }

  private String command() {
    List<String> args = new ArrayList<>(List.of("voxpop", "quality"));
    List<String> given = spec.commandLine().getParseResult().originalArgs();
    // Run from the top command, the original arguments start with this command's name.
    int from = !given.isEmpty() && given.get(0).equals(spec.name()) ? 1 : 0;
    for (String a : given.subList(from, given.size())) {
      args.add(a.matches("[\\w./=,:@+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return String.join(" ", args);
  }

  private static void parentExists(CliChecks checks, Path file, String name) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw checks.error(name + ": is a folder, expected a file: " + file);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw checks.error(name + ": the folder does not exist: " + parent);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
