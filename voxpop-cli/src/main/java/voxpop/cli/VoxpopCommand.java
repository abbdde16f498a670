package voxpop.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code voxpop} command line: one entry point, one sub-command per job. */
@Command(
    name = "voxpop",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Millions of questions from a live public Q&A, screened and turned into ranked themes.",
    subcommands = {
      AnalyzeCommand.class,
      DemoCommand.class,
      ParamsCommand.class,
      GenerateCommand.class,
      EvaluateCommand.class,
      QualityCommand.class,
      CommandLine.HelpCommand.class,
      ServeCommand.class,
      TokenCommand.class
    })
public final class VoxpopCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, for tests that run sub-commands in-process. */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new VoxpopCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Failures());
    return cl;
  }
}
