package voxpop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import voxpop.eval.Evaluation;
import voxpop.eval.EvaluationOptions;
import voxpop.eval.EvaluationReport;
import voxpop.eval.EvaluationReportWriter;
import voxpop.eval.data.ClusteringSet;
import voxpop.eval.data.ClusteringSetExporter;
import voxpop.eval.data.DataSets;

/**
 * {@code voxpop evaluate QUESTIONS_CSV --labels LABELS_CSV}: scores the engine's themes, screening
 * and campaign flags against labels (see {@code docs/evaluation.md}); {@code voxpop evaluate
 * export-set NAME -o DIR} writes a real clustering set as engine input and labels. Exit status 0 on
 * success, 1 when a file cannot be read or is malformed, 2 for wrong arguments.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score questions.csv from voxpop analyze against a labels file: NMI, ARI, V-measure,"
          + " homogeneity, completeness and matched accuracy of themes and sub-themes;"
          + " screening precision and recall per class; campaigns found.",
      "Labels: appeal_id, optional question_no, and label columns (the generator's labels file"
          + " has class, theme, subtheme, campaign_id).",
    },
    subcommands = EvaluateCommand.ExportSet.class)
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUESTIONS_CSV",
      description = "The engine's questions.csv (from voxpop analyze).")
  Path questions;

  @Option(
      names = "--labels",
      paramLabel = "LABELS_CSV",
      description = "The true labels: appeal_id, optional question_no, label columns.")
  Path labels;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write the report as JSON to FILE.")
  Path json;

  @Option(
      names = "--theme-column",
      defaultValue = EvaluationOptions.DEFAULT_THEME_COLUMN,
      paramLabel = "NAME",
      description = "Labels column of the true theme (default ${DEFAULT-VALUE}).")
  String themeColumn;

  @Option(
      names = "--subtheme-column",
      defaultValue = EvaluationOptions.DEFAULT_SUBTHEME_COLUMN,
      paramLabel = "NAME",
      description = "Labels column of the true sub-theme (default ${DEFAULT-VALUE}).")
  String subthemeColumn;

  @Option(
      names = "--appeal-level",
      description =
          "Score one question per appeal, its first accepted one (for labels given per appeal).")
  boolean appealLevel;

  @Override
  public Integer call() {
    if (questions == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: QUESTIONS_CSV");
    }
    if (labels == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required option: '--labels=LABELS_CSV'");
    }
    readable(questions, "QUESTIONS_CSV");
    readable(labels, "--labels");
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new ParameterException(
            spec.commandLine(), "--json: the folder does not exist: " + parent);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      EvaluationReport report =
          Evaluation.run(
              questions, labels, new EvaluationOptions(themeColumn, subthemeColumn, appealLevel));
      PrintWriter out = spec.commandLine().getOut();
      out.print(EvaluationReportWriter.text(report));
      out.flush();
      if (json != null) {
        writeAtomically(json, report);
        err.println("evaluate: wrote " + json);
      }
      return 0;
    } catch (NoSuchFileException e) {
      err.println("evaluate: no such file: " + e.getFile());
      return 1;
    } catch (IOException e) {
      err.println("evaluate: " + e.getMessage());
      return 1;
    } finally {
      err.flush();
    }
  }

  private void readable(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(
          spec.commandLine(),
          name + ": " + (Files.exists(file) ? "not a regular file: " : "no such file: ") + file);
    }
    if (!Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(), name + ": cannot read " + file);
    }
  }

  /** Writes beside the target, then moves it in place: a reader never sees half a report. */
  private static void writeAtomically(Path target, EvaluationReport report) throws IOException {
    Path abs = target.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        EvaluationReportWriter.json(report, w);
        w.write('\n');
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** {@code voxpop evaluate export-set NAME -o DIR}. */
  @Command(
      name = "export-set",
      mixinStandardHelpOptions = true,
      description = {
        "Write a real clustering set as the engine's input (NAME.csv) and labels"
            + " (NAME.labels.csv: appeal_id, theme = coarse label, subtheme = fine label).",
        "Sets: kursk-appeals, agnews, searchsnippets, biomedical, tweet, banking77, clinc150.",
        "Then: voxpop analyze DIR/NAME.csv -o OUT && voxpop evaluate OUT/questions.csv"
            + " --labels DIR/NAME.labels.csv --appeal-level"
      })
  static final class ExportSet implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The clustering set.")
    String name;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "The shared data folder (default: $VOXPOP_SHARED_DATA, else ../shared/data).")
    Path data;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "DIR",
        description = "Folder for the two files (created if absent).")
    Path output;

    @Override
    public Integer call() {
      if (!DataSets.CLUSTERING_SETS.contains(name)) {
        throw new ParameterException(
            spec.commandLine(),
            "unknown set '" + name + "'; known: " + String.join(", ", DataSets.CLUSTERING_SETS));
      }
      Path root =
          data != null
              ? data
              : DataSets.sharedRoot().orElse(Path.of("..", "shared", "data").toAbsolutePath());
      if (!Files.isDirectory(root)) {
        throw new ParameterException(
            spec.commandLine(), "--data: no such folder: " + root + " (the shared data sets)");
      }
      PrintWriter err = spec.commandLine().getErr();
      try {
        ClusteringSet set = new DataSets(root).clustering(name);
        ClusteringSetExporter.Exported f = ClusteringSetExporter.export(set, output);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "%s: %,d texts, %,d fine labels, %,d coarse labels%n%s%n%s%n",
            name,
            set.texts().size(),
            set.labels().size(),
            set.coarseLabels().size(),
            f.appeals(),
            f.labels());
        out.flush();
        return 0;
      } catch (NoSuchFileException e) {
        err.println(
            "evaluate export-set: "
                + (e.getReason() != null ? e.getReason() : "no such file")
                + ": "
                + e.getFile());
        return 1;
      } catch (IOException e) {
        err.println("evaluate export-set: " + e.getMessage());
        return 1;
      } finally {
        err.flush();
      }
    }
  }
}
