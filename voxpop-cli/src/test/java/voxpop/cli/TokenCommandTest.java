package voxpop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import voxpop.store.sqlite.SqliteAppealStore;

class TokenCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    CommandLine cl = VoxpopCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void createPrintsTheSecretOnceListNeverAndRevokeStopsIt() {
    Run created =
        run(
            "token",
            "create",
            "--channel",
            "sms",
            "--label",
            "gateway A",
            "--data",
            dir.toString());
    assertThat(created.code()).isZero();
    String secret = created.out().strip();
    assertThat(secret).startsWith("vxp_");
    String id = secret.split("_")[1];

    Run list = run("token", "list", "--data", dir.toString());
    assertThat(list.out())
        .contains(id)
        .contains("sms")
        .contains("gateway A")
        .doesNotContain(secret);

    try (var store = SqliteAppealStore.open(dir)) {
      assertThat(store.tokens().authenticate(secret)).isPresent();
    }
    assertThat(run("token", "revoke", id, "--data", dir.toString()).code()).isZero();
    assertThat(run("token", "revoke", id, "--data", dir.toString()).code()).isEqualTo(1);
    try (var store = SqliteAppealStore.open(dir)) {
      assertThat(store.tokens().authenticate(secret)).isEmpty();
    }
  }

  @Test
  void anUnknownChannelIsAnError() {
    Run r = run("token", "create", "--channel", "fax", "--data", dir.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("fax");
  }
}
