package voxpop.cli;

import java.io.PrintStream;
import java.util.Locale;
import voxpop.themes.ThemeRequest;

/**
 * A one-line progress display on a terminal: the current step and its count, redrawn at most every
 * 200 ms. Thread-safe. Use {@link #forTerminal} so that scripts and pipes get no control
 * characters.
 */
final class TerminalProgress implements ThemeRequest.Progress {
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintStream out;
  private final long started = System.nanoTime();
  private long lastDraw;
  private String lastStep = "";
  private boolean drawn;

  private TerminalProgress(PrintStream out) {
    this.out = out;
  }

  /** A progress display on stderr when it is a terminal and not silenced; otherwise none. */
  static ThemeRequest.Progress forTerminal(boolean quiet) {
    return !quiet && System.console() != null
        ? new TerminalProgress(System.err)
        : ThemeRequest.Progress.NONE;
  }

  @Override
  public synchronized void update(String step, long done, long total) {
    long now = System.nanoTime();
    if (step.equals(lastStep) && now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastStep = step;
    lastDraw = now;
    double elapsed = (now - started) / 1e9;
    String count =
        total > 0
            ? String.format(Locale.ROOT, "%,d / %,d (%d%%)", done, total, done * 100 / total)
            : done > 0 ? String.format(Locale.ROOT, "%,d", done) : "";
    String line = String.format(Locale.ROOT, "\r%6.1fs  %-22s %s", elapsed, step, count);
    out.print(line + " ".repeat(Math.max(0, 70 - line.length())));
    out.flush();
    drawn = true;
  }

  /** Clears the line, if anything was drawn. */
  synchronized void finish() {
    if (drawn) {
      out.print("\r" + " ".repeat(78) + "\r");
      out.flush();
    }
  }

  /** Clears the display of {@code p} when it is a terminal progress. */
  static void finish(ThemeRequest.Progress p) {
    if (p instanceof TerminalProgress t) {
      t.finish();
    }
  }
}
