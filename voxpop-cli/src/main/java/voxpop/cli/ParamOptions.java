package voxpop.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import voxpop.params.Params;
import voxpop.pipeline.AnalysisParams;

/** The {@code -p name=value} option shared by the commands that run the engine. */
final class ParamOptions {
  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description =
          "Set an engine parameter (repeatable); `voxpop params` lists them with defaults and"
              + " ranges. Unknown names and out-of-range values are errors.")
  Map<String, String> values = new LinkedHashMap<>();

  /** The defaults with the given overrides, validated. */
  Params resolve() {
    return Params.defaults(AnalysisParams.all()).with(values);
  }
}
