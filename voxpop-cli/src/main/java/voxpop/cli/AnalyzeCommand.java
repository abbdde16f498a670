package voxpop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import voxpop.io.InputFormat;
import voxpop.io.OnError;
import voxpop.params.Params;
import voxpop.themes.ThemeRequest;

/** {@code voxpop analyze INPUT -o DIR}: from a file of appeals to ranked, labelled themes. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Screen, deduplicate and find the themes of a file of appeals (CSV or JSON Lines).",
      "Writes themes.json, questions.csv, report.html and run.json into the output folder.",
      "Same input and seed give byte-identical themes.json and questions.csv on any thread count."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description = "Appeals: .csv, .jsonl or .ndjson, optionally .gz.")
  Path input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Output folder (created if absent; existing outputs are replaced).")
  Path output;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads (default: every available core). The result does not depend on it.")
  Integer threads;

  @Option(
      names = "--themes",
      paramLabel = "K",
      defaultValue = "0",
      description =
          "Force K top-level themes, as papers compare; 0 (default) finds the number itself.")
  int themes;

  @Option(
      names = "--on-error",
      defaultValue = "skip",
      paramLabel = "skip|fail",
      description = "What a bad input row does: skip it and report it (default), or stop the run.")
  String onError;

  @Option(
      names = "--timezone",
      defaultValue = "Europe/Moscow",
      description = "The event's time zone, for days and trends (default ${DEFAULT-VALUE}).")
  String timezone;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress display and only the summary line.")
  boolean quiet;

  @Mixin ParamOptions paramOptions = new ParamOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    CliChecks checks = new CliChecks(spec);
    checks.inputFile(input, "INPUT");
    checks.outputDir(output, "--output");
    InputFormat.of(input);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    checks.range(n, 1, 512, "--threads");
    checks.range(themes, 0, 100_000, "--themes");
    OnError policy = checks.onError(onError);
    ZoneId zone;
    try {
      zone = ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw checks.error("--timezone: unknown time zone '" + timezone + "'");
    }
    Params params = checks.params(paramOptions);
    ThemeRequest.Progress progress = TerminalProgress.forTerminal(quiet);
    AnalysisRunner.Outcome outcome;
    try {
      outcome = AnalysisRunner.run(input, output, params, seed, n, themes, zone, policy, progress);
    } finally {
      TerminalProgress.finish(progress);
    }
    Summaries.print(outcome, quiet, out, err);
    return 0;
  }
}
