package voxpop.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code voxpop serve} process in its own JVM on a random port, for tests that must kill it for
 * real. Its log goes to {@code serve.log} in the data directory.
 */
final class ServeProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

  private final Process process;
  private final int port;
  private final Path dir;

  private ServeProcess(Process process, int port, Path dir) {
    this.process = process;
    this.port = port;
    this.dir = dir;
  }

  static ServeProcess start(Path dir, String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-XX:+UseParallelGC");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(VoxpopCommand.class.getName());
    cmd.add("serve");
    cmd.add("--data");
    cmd.add(dir.toString());
    cmd.add("--port");
    cmd.add("0");
    cmd.add("--host");
    cmd.add("127.0.0.1");
    cmd.addAll(List.of(extra));
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(false)
            .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("serve.log").toFile()))
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        return new ServeProcess(p, Integer.parseInt(m.group(1)), dir);
      }
    }
    p.destroyForcibly().waitFor();
    throw new IllegalStateException("voxpop serve did not start; see " + dir.resolve("serve.log"));
  }

  int port() {
    return port;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Issues a token through the real command line, while the server runs. */
  String token(String scope) {
    var out = new java.io.StringWriter();
    var cl = VoxpopCommand.newCommandLine();
    cl.setOut(new java.io.PrintWriter(out));
    cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
    int code = cl.execute("token", "create", "--channel", scope, "--data", dir.toString());
    if (code != 0) {
      throw new IllegalStateException("token create failed with " + code);
    }
    return out.toString().strip();
  }

  /** SIGKILL: no shutdown hook, no flush, like a power cut for the process. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** The server's log so far. */
  String log() throws IOException {
    return java.nio.file.Files.readString(dir.resolve("serve.log"));
  }

  /**
   * SIGTERM and wait for the graceful stop; the exit code (143 = 128 + SIGTERM, as the JVM exits).
   */
  int stopGracefully() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("voxpop serve did not stop within 30 s of SIGTERM");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor();
    }
  }
}
