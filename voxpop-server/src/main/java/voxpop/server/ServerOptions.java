package voxpop.server;

/**
 * How {@code voxpop serve} runs.
 *
 * @param host the address to bind ({@code 0.0.0.0} for all)
 * @param port the port, 0 for any free one
 * @param limits the intake limits
 * @param worker whether to run the background worker in this process
 * @param workerBatch appeals per worker batch
 * @param tokenCacheMillis how long a token check is remembered (revocation delay)
 * @param shutdownGraceMillis how long shutdown waits for requests in flight
 */
public record ServerOptions(
    String host,
    int port,
    IntakeLimits limits,
    boolean worker,
    int workerBatch,
    long tokenCacheMillis,
    long shutdownGraceMillis) {

  /** Defaults on a port. */
  public static ServerOptions defaults(int port) {
    return new ServerOptions("0.0.0.0", port, IntakeLimits.DEFAULTS, true, 500, 5_000, 10_000);
  }

  public ServerOptions withLimits(IntakeLimits l) {
    return new ServerOptions(
        host, port, l, worker, workerBatch, tokenCacheMillis, shutdownGraceMillis);
  }

  public ServerOptions withWorker(boolean w) {
    return new ServerOptions(
        host, port, limits, w, workerBatch, tokenCacheMillis, shutdownGraceMillis);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(
        h, port, limits, worker, workerBatch, tokenCacheMillis, shutdownGraceMillis);
  }
}
