package voxpop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import voxpop.params.Param;
import voxpop.pipeline.AnalysisParams;

/** {@code voxpop params}: every engine parameter with its default, range, unit and meaning. */
@Command(
    name = "params",
    mixinStandardHelpOptions = true,
    description = "List every engine parameter (set with -p NAME=VALUE on analyze).")
final class ParamsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--markdown", description = "Print the table of docs/parameters.md.")
  boolean markdown;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(markdown ? markdown(AnalysisParams.all()) : text(AnalysisParams.all()));
    out.flush();
    return 0;
  }

  static String text(List<Param<?>> params) {
    StringBuilder sb = new StringBuilder();
    for (Param<?> p : params) {
      sb.append(String.format("%-22s %-10s %s%n", p.name(), p.defaultValue(), range(p)));
      sb.append("    ").append(p.description()).append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** The parameter reference as Markdown; docs/parameters.md is this output. */
  static String markdown(List<Param<?>> params) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Engine parameters\n\n");
    sb.append("Every tunable of `voxpop analyze`, declared once in the code; set one with\n");
    sb.append(
        "`-p NAME=VALUE` (repeatable). Unknown names and values outside the range are errors.\n");
    sb.append(
        "This page is the output of `voxpop params --markdown`; a test keeps the two equal.\n\n");
    sb.append("| name | default | range | unit | meaning |\n");
    sb.append("|---|---|---|---|---|\n");
    for (Param<?> p : params) {
      sb.append("| `")
          .append(p.name())
          .append("` | ")
          .append(p.defaultValue())
          .append(" | ")
          .append(range(p))
          .append(" | ")
          .append(p.unit())
          .append(" | ")
          .append(p.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return sb.toString();
  }

  private static String range(Param<?> p) {
    return p.min() == null ? "true, false" : "[" + p.min() + ", " + p.max() + "]";
  }
}
