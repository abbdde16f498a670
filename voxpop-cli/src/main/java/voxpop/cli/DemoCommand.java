package voxpop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import voxpop.eval.Evaluation;
import voxpop.eval.EvaluationOptions;
import voxpop.eval.EvaluationReport;
import voxpop.generate.CorpusGenerator;
import voxpop.generate.GenerationSummary;
import voxpop.generate.GeneratorConfig;
import voxpop.io.OnError;
import voxpop.params.Params;
import voxpop.pipeline.AnalysisParams;
import voxpop.themes.ThemeRequest;

/**
 * {@code voxpop demo}: the whole engine in one command — generates a realistic corpus, analyses it,
 * scores the result against the generator's ground truth and prints where the report is.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a realistic corpus of appeals (100,000 by default), analyse it, score the themes",
      "and the screening against the generator's ground truth, and print where the report is."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--count",
      defaultValue = "100000",
      description = "Appeals to generate (default ${DEFAULT-VALUE}).")
  long count;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the corpus and the analysis (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--dir",
      defaultValue = "voxpop-demo",
      paramLabel = "DIR",
      description = "Working folder for the corpus and the outputs (default ./${DEFAULT-VALUE}).")
  Path dir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress display.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CliChecks checks = new CliChecks(spec);
    checks.range(count, 1, GeneratorConfig.COUNT.max(), "--count");
    checks.outputDir(dir, "--dir");
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    checks.range(n, 1, 512, "--threads");
    Files.createDirectories(dir);
    Path corpus = dir.resolve("corpus.csv");
    Path labels = CorpusGenerator.defaultLabelsPath(corpus);
    ThemeRequest.Progress progress = TerminalProgress.forTerminal(quiet);
    GenerationSummary generated;
    try {
      generated =
          new CorpusGenerator(GeneratorConfig.of(count, seed))
              .writeFiles(corpus, labels, done -> progress.update("generate", done, count));
    } finally {
      TerminalProgress.finish(progress);
    }
    out.println("generated " + generated.line());
    out.println("  corpus: " + corpus.toAbsolutePath());
    out.println("  ground truth: " + labels.toAbsolutePath());
    Params params = Params.defaults(AnalysisParams.all());
    AnalysisRunner.Outcome outcome;
    try {
      outcome =
          AnalysisRunner.run(
              corpus,
              dir.resolve("out"),
              params,
              seed,
              n,
              0,
              ZoneId.of("Europe/Moscow"),
              OnError.SKIP,
              progress);
    } finally {
      TerminalProgress.finish(progress);
    }
    Summaries.print(outcome, false, out, spec.commandLine().getErr());
    EvaluationReport score =
        Evaluation.run(
            dir.resolve("out").resolve("questions.csv"), labels, EvaluationOptions.defaults());
    printScore(out, score);
    out.println("open the report in a browser: " + dir.resolve("out/report.html").toAbsolutePath());
    out.flush();
    return 0;
  }

  private static void printScore(PrintWriter out, EvaluationReport r) {
    out.println("against the generator's ground truth:");
    for (EvaluationReport.Level level : r.levels()) {
      var sc = level.scores();
      out.printf(
          Locale.ROOT,
          "  %-10s NMI %.3f  ARI %.3f  V %.3f  (%d found, %d true)%n",
          level.level() + ":",
          sc.nmi(),
          sc.ari(),
          sc.vMeasure(),
          sc.clusters(),
          sc.classes());
    }
    if (r.screening() != null) {
      for (var e : r.screening().perClass().entrySet()) {
        out.printf(
            Locale.ROOT,
            "  %-10s precision %.3f  recall %.3f%n",
            e.getKey() + ":",
            e.getValue().precision(),
            e.getValue().recall());
      }
    }
    if (r.campaigns() != null) {
      out.printf(
          Locale.ROOT,
          "  campaigns:  %d of %d found%n",
          r.campaigns().campaignsFound(),
          r.campaigns().campaigns());
    }
  }
}
