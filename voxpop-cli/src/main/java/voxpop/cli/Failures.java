package voxpop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import voxpop.io.BadRowException;

/**
 * Turns a failed command into one clear line on stderr and an exit status: 1 for a failed run (bad
 * input row under {@code --on-error=fail}, I/O error), 2 for invalid arguments found while running.
 * Messages of voxpop's own exceptions never carry citizens' text; a stack trace is printed only
 * with {@code VOXPOP_DEBUG=1}.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, ParseResult parseResult) {
    var err = commandLine.getErr();
    String command = commandLine.getCommandName();
    int status;
    if (ex instanceof BadRowException bad) {
      err.println(
          command
              + ": stopped at a bad input row: "
              + bad.rowError()
              + " (--on-error=skip reports and skips such rows)");
      status = 1;
    } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      err.println(command + ": I/O error: " + ex.getMessage());
      status = 1;
    } else if (ex instanceof IllegalArgumentException) {
      err.println(command + ": " + ex.getMessage());
      status = 2;
    } else {
      err.println(command + ": internal error: " + ex);
      status = 70;
    }
    if ("1".equals(System.getenv("VOXPOP_DEBUG"))) {
      ex.printStackTrace(err);
    }
    err.flush();
    return status;
  }
}
