package voxpop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import voxpop.server.IntakeLimits;
import voxpop.server.ServerOptions;
import voxpop.server.VoxpopServer;
import voxpop.store.AppealStore;
import voxpop.store.SenderHasher;

/**
 * {@code voxpop serve}: the intake server over the embedded store or PostgreSQL, until SIGTERM or
 * SIGINT, then a graceful stop (requests in flight are answered, the write queue committed).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Take in appeals from every channel over HTTP; see docs/server.md.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store = new StoreOptions();

  @Option(
      names = "--port",
      description = "Port (0: any free one; default ${DEFAULT-VALUE})",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--host",
      description = "Address to bind (default ${DEFAULT-VALUE})",
      defaultValue = "0.0.0.0")
  String host;

  @Option(names = "--no-worker", description = "Do not run the background worker in this process")
  boolean noWorker;

  @Option(
      names = "--flood-burst",
      description = "Appeals one sender may send at once (default ${DEFAULT-VALUE})",
      defaultValue = "10")
  int floodBurst;

  @Option(
      names = "--flood-per-minute",
      description = "Appeals one sender earns back per minute (default ${DEFAULT-VALUE})",
      defaultValue = "10")
  double floodPerMinute;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IntakeLimits limits = IntakeLimits.DEFAULTS.withFlood(floodBurst, floodPerMinute);
    ServerOptions opts =
        ServerOptions.defaults(port).withHost(host).withLimits(limits).withWorker(!noWorker);
    SenderHasher hasher =
        SenderHasher.load(
            store.db == null ? store.data : keyDir(), System.getenv(SenderHasher.ENV));
    AppealStore st = store.open();
    VoxpopServer server;
    try {
      server = VoxpopServer.start(st, hasher, opts);
    } catch (RuntimeException e) {
      st.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform()
                .name("voxpop-shutdown")
                .unstarted(
                    () -> {
                      server.close();
                      st.close();
                      stopped.countDown();
                    }));
    out.println("voxpop serve: listening on port " + server.port());
    out.flush();
    stopped.await();
    return 0;
  }

  /** With PostgreSQL the key file is used only when --data was given explicitly. */
  private java.nio.file.Path keyDir() {
    boolean explicit = spec.commandLine().getParseResult().hasMatchedOption("--data");
    return explicit ? store.data : null;
  }
}
