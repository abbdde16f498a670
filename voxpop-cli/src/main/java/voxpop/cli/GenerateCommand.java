package voxpop.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import voxpop.generate.CorpusGenerator;
import voxpop.generate.GenerationSummary;
import voxpop.generate.GeneratorConfig;
import voxpop.io.InputFormat;

/**
 * {@code voxpop generate}: a realistic synthetic corpus of appeals with its ground truth, streamed
 * to disk (see docs/generator.md). Same count, seed, start and days give byte-identical files.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a realistic synthetic corpus of appeals to a televised call-in show (CSV or JSON",
      "Lines by the file's extension, .gz for gzip) and its ground-truth labels, one row per",
      "question. The same options give byte-identical files."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-n", "--count"},
      defaultValue = "100000",
      paramLabel = "N",
      description = "Appeals to generate, 1 to 50,000,000 (default ${DEFAULT-VALUE}).")
  long count;

  @Option(
      names = {"-s", "--seed"},
      defaultValue = "42",
      paramLabel = "S",
      description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The corpus: .csv, .jsonl or .ndjson, optionally followed by .gz.")
  Path output;

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "The labels file, .csv or .csv.gz (default: <name>.labels.csv beside FILE).")
  Path labels;

  @Option(
      names = "--start",
      defaultValue = "2026-12-04",
      paramLabel = "DATE",
      description = "First day of intake, Moscow time (default ${DEFAULT-VALUE}).")
  String start;

  @Option(
      names = "--days",
      defaultValue = "16",
      paramLabel = "N",
      description = "Days of intake, 1 to 366; the last one is the broadcast (default 16).")
  int days;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress display (the summary line is still printed).")
  boolean quiet;

  @Override
  public Integer call() {
    GeneratorConfig config = config();
    Path labelsFile = labels != null ? labels : CorpusGenerator.defaultLabelsPath(output);
    checkOutput(output, "--output");
    checkOutput(labelsFile, "--labels");
    checkLabelsName(labelsFile);
    if (output.toAbsolutePath().normalize().equals(labelsFile.toAbsolutePath().normalize())) {
      throw error("--labels: must differ from --output (" + output + ")");
    }
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = !quiet && stderrIsTerminal() ? new Progress(count) : null;
    GenerationSummary summary;
    try {
      summary =
          new CorpusGenerator(config)
              .writeFiles(output, labelsFile, progress != null ? progress : n -> {});
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("voxpop generate: cannot write " + output + " or " + labelsFile + ": " + e);
      return 1;
    } finally {
      if (progress != null) {
        progress.clear();
      }
    }
    out.println("generated " + summary.line());
    out.println("  corpus: " + output);
    out.println("  labels: " + labelsFile);
    out.flush();
    return 0;
  }

  private GeneratorConfig config() {
    LocalDate first;
    try {
      first = LocalDate.parse(start);
    } catch (DateTimeParseException e) {
      throw error("--start: expected a date such as 2026-12-04, got '" + start + "'");
    }
    if (count < GeneratorConfig.COUNT.min() || count > GeneratorConfig.COUNT.max()) {
      throw error(
          String.format(
              Locale.ROOT, "--count: %,d is outside [1, %,d]", count, GeneratorConfig.COUNT.max()));
    }
    if (days < GeneratorConfig.DAYS.min() || days > GeneratorConfig.DAYS.max()) {
      throw error("--days: " + days + " is outside [1, " + GeneratorConfig.DAYS.max() + "]");
    }
    return new GeneratorConfig(count, seed, first, days);
  }

  private void checkOutput(Path file, String option) {
    if (option.equals("--output")) {
      try {
        InputFormat.of(file);
      } catch (IllegalArgumentException e) {
        throw error(option + ": " + e.getMessage());
      }
    }
    if (Files.isDirectory(file)) {
      throw error(option + ": is a folder, expected a file name: " + file);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw error(option + ": folder does not exist: " + parent);
    }
    if (parent != null && !Files.isWritable(parent)) {
      throw error(option + ": cannot write into folder " + parent);
    }
  }

  private void checkLabelsName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".csv.gz")) {
      throw error("--labels: expected a name ending in .csv or .csv.gz: " + file.getFileName());
    }
  }

  private ParameterException error(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * Whether standard error is likely a terminal. Before Java 22 a console exists only for an
   * interactive session; from Java 22 it exists more often and {@code Console.isTerminal()} (not in
   * the Java 21 API this module compiles against) tells, so it is asked for reflectively.
   */
  static boolean stderrIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** A one-line progress display on stderr, redrawn at most five times a second. */
  private static final class Progress implements LongConsumer {
    private final long total;
    private final long started = System.nanoTime();
    private long lastDraw;

    Progress(long total) {
      this.total = total;
    }

    @Override
    public void accept(long done) {
      long now = System.nanoTime();
      if (now - lastDraw < 200_000_000L && done < total) {
        return;
      }
      lastDraw = now;
      double seconds = (now - started) / 1e9;
      System.err.printf(
          Locale.ROOT,
          "\rgenerating %,d / %,d appeals (%d%%), %.1f s   ",
          done,
          total,
          done * 100 / total,
          seconds);
      System.err.flush();
    }

    void clear() {
      System.err.print("\r" + " ".repeat(72) + "\r");
      System.err.flush();
    }
  }
}
