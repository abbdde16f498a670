package voxpop.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VoxpopCommand.class.getPackage().getImplementationVersion();
    return new String[] {"voxpop " + (v == null ? "dev" : v)};
  }
}
