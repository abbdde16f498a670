package voxpop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import voxpop.io.OnError;
import voxpop.params.Params;

/**
 * Validation of command-line values with precise messages, raised as picocli parameter errors so
 * that the user sees the message and the usage hint and the command exits with status 2.
 */
final class CliChecks {
  private final CommandSpec spec;

  CliChecks(CommandSpec spec) {
    this.spec = spec;
  }

  ParameterException error(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  void inputFile(Path file, String name) {
    if (!Files.exists(file)) {
      throw error(name + ": no such file: " + file);
    }
    if (!Files.isRegularFile(file)) {
      throw error(name + ": not a regular file: " + file);
    }
    if (!Files.isReadable(file)) {
      throw error(name + ": cannot read " + file);
    }
    try {
      voxpop.io.InputFormat.of(file);
    } catch (IllegalArgumentException e) {
      throw error(name + ": " + e.getMessage());
    }
  }

  void outputDir(Path dir, String name) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw error(name + ": exists and is not a folder: " + dir);
    }
    Path parent = dir.toAbsolutePath().getParent();
    if (!Files.exists(dir) && parent != null && !Files.isDirectory(parent)) {
      throw error(name + ": parent folder does not exist: " + parent);
    }
  }

  void range(long value, long min, long max, String name) {
    if (value < min || value > max) {
      throw error(String.format(Locale.ROOT, "%s: %d is outside [%d, %d]", name, value, min, max));
    }
  }

  OnError onError(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "skip" -> OnError.SKIP;
      case "fail" -> OnError.FAIL;
      default -> throw error("--on-error: expected skip or fail, got '" + value + "'");
    };
  }

  Params params(ParamOptions options) {
    try {
      return options.resolve();
    } catch (IllegalArgumentException e) {
      throw error("--param: " + e.getMessage());
    }
  }
}
