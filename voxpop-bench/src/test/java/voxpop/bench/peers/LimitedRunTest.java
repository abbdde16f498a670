package voxpop.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitedRunTest {
  private static final LimitedRun LIMITS = new LimitedRun(Duration.ofSeconds(2), "2 s", 4096, "6g");

  @BeforeAll
  static void needsAPosixShell() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: process tests skipped");
  }

  @Test
  void aCommandThatSucceedsIsDoneWithItsOutputLogged(@TempDir Path dir) throws Exception {
    LimitedRun.Outcome o =
        LIMITS.run(
            List.of("/bin/sh", "-c", "echo \"$PEERS_X\"; echo warn >&2"),
            dir,
            Map.of("PEERS_X", "hi"));
    assertThat(o.status()).isEqualTo(LimitedRun.Status.DONE);
    assertThat(o.reason()).isEmpty();
    assertThat(o.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("stdout.log"))).isEqualTo("hi\n");
    assertThat(Files.readString(dir.resolve("stderr.log"))).isEqualTo("warn\n");
  }

  @Test
  void aCommandPastTheLimitIsStoppedWithTheReason(@TempDir Path dir) throws Exception {
    LimitedRun.Outcome o = LIMITS.run(List.of("/bin/sh", "-c", "sleep 60"), dir, Map.of());
    assertThat(o.status()).isEqualTo(LimitedRun.Status.TIME_LIMIT);
    assertThat(o.reason()).isEqualTo("stopped: time limit 2 s");
    assertThat(o.exitCode()).isEqualTo(-1);
  }

  @Test
  void failuresAreToldApartByWhatTheToolPrinted(@TempDir Path dir) throws Exception {
    LimitedRun.Outcome oom =
        LIMITS.run(
            List.of(
                "/bin/sh", "-c", "echo 'java.lang.OutOfMemoryError: Java heap space' >&2; exit 3"),
            dir.resolve("a"),
            Map.of());
    assertThat(oom.status()).isEqualTo(LimitedRun.Status.OUT_OF_MEMORY);
    assertThat(oom.reason()).isEqualTo("stopped: out of memory (-Xmx6g)");
    LimitedRun.Outcome exitOnOom =
        LIMITS.run(
            List.of(
                "/bin/sh",
                "-c",
                "echo 'Terminating due to java.lang.OutOfMemoryError: Java heap space'; exit 3"),
            dir.resolve("d"),
            Map.of());
    assertThat(exitOnOom.reason()).isEqualTo("stopped: out of memory (-Xmx6g)");
    LimitedRun.Outcome py =
        LIMITS.run(
            List.of(
                "/bin/sh",
                "-c",
                "echo 'numpy.core._exceptions.MemoryError: Unable to allocate' >&2; exit 1"),
            dir.resolve("b"),
            Map.of());
    assertThat(py.reason()).isEqualTo("stopped: out of memory");
    LimitedRun.Outcome other =
        LIMITS.run(
            List.of("/bin/sh", "-c", "echo first >&2; echo 'bad input' >&2; exit 5"),
            dir.resolve("c"),
            Map.of());
    assertThat(other.status()).isEqualTo(LimitedRun.Status.FAILED);
    assertThat(other.reason()).isEqualTo("failed: exit 5: bad input");
  }

  @Test
  void statusLinesAndTheTimeFileAreParsed(@TempDir Path dir) throws Exception {
    assertThat(LimitedRun.kb("VmHWM:\t  123456 kB")).isEqualTo(123456);
    assertThat(LimitedRun.kb("VmRSS:")).isZero();
    Path t = dir.resolve("time.txt");
    Files.writeString(t, "Command terminated by signal 9\n98765\n");
    assertThat(LimitedRun.timeMaxRssKb(t)).isEqualTo(98765);
    assertThat(LimitedRun.timeMaxRssKb(dir.resolve("absent"))).isZero();
    assertThat(LimitedRun.lastLine("a\nb\n\n")).isEqualTo("b");
    if (Files.exists(Path.of("/proc/self/status"))) {
      assertThat(LimitedRun.memoryKb(ProcessHandle.current().pid())[0]).isPositive();
    }
    assertThat(LimitedRun.memoryKb(-1)).containsExactly(0, 0);
  }
}
