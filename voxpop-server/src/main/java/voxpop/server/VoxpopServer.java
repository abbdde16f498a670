package voxpop.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson3;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.PropertyNamingStrategies;
import voxpop.store.AppealStore;
import voxpop.store.SenderHasher;

/**
 * The intake server: every door of {@code voxpop serve} on one Javalin (Jetty) instance, the
 * background worker, and a graceful stop. The store is the caller's: it is not closed here.
 * Thread-safe.
 */
public final class VoxpopServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VoxpopServer.class);

  /** One registered route. */
  public record Route(String method, String path) {}

  private final Javalin app;
  private final IntakeService intake;
  private final IntakeWorker worker;
  private final ThemeRefitter themes;
  private final Metrics metrics;
  private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger inFlight = new AtomicInteger();
  private final long graceMillis;
  private volatile boolean closed;

  private VoxpopServer(
      AppealStore store,
      SenderHasher hasher,
      ServerOptions opts,
      AppealProcessor processor,
      ThemeRefitter themes) {
    this.themes = themes;
    this.metrics = new Metrics();
    this.graceMillis = opts.shutdownGraceMillis();
    IntakeLimits limits = opts.limits();
    ErrorHandler errors = new ErrorHandler(metrics);
    this.intake = new IntakeService(store, hasher, limits, metrics);
    TokenGuard guard = new TokenGuard(store.tokens(), opts.tokenCacheMillis());
    this.worker = opts.worker() ? new IntakeWorker(store, processor, opts.workerBatch()) : null;
    AppealController appeals = new AppealController(intake, guard, limits, errors);
    SmsController sms = new SmsController(intake, guard, limits, errors);
    TelegramController telegram = new TelegramController(intake, guard, limits, metrics, errors);
    OperatorController operator = new OperatorController(intake, guard, limits, errors);
    AskController ask = new AskController(intake, limits, errors);
    ImportController imports = new ImportController(intake, guard, limits);
    OpsController ops =
        new OpsController(
            store,
            intake,
            worker,
            metrics,
            themes == null ? () -> LiveThemes.NONE : themes::current);
    PageController pages = new PageController();
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = limits.maxBodyBytes();
              config.jetty.host = opts.host();
              config.jetty.port = opts.port();
              config.jsonMapper(
                  new JavalinJackson3()
                      .updateMapper(
                          b -> b.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)));
              config.events.handlerAdded(
                  h -> {
                    if (isHttpMethod(h.getHttpMethod())) {
                      routes.add(new Route(h.getHttpMethod().name(), h.getPath()));
                    }
                  });
              config.routes.before(this::begin);
              config.routes.after(this::end);
              config.routes.exception(Exception.class, errors::handle);
              config.routes.error(404, this::notFound);
              config.routes.post("/api/v1/appeals", appeals::create);
              config.routes.get("/api/v1/appeals/{receipt}", appeals::status);
              config.routes.post("/api/v1/sms", sms::receive);
              config.routes.post("/api/v1/telegram", telegram::receive);
              config.routes.post("/api/v1/operator/appeals", operator::create);
              config.routes.post("/api/v1/ask", ask::create);
              config.routes.post("/api/v1/imports", imports::create);
              config.routes.get("/api/v1/stats", ops::stats);
              config.routes.get("/api/v1/regions", ops::regions);
              config.routes.get("/health", ops::health);
              config.routes.get("/health/live", ops::live);
              config.routes.get("/metrics", ops::metrics);
              config.routes.get("/openapi.json", ops::openapi);
              config.routes.get("/operator", pages::operator);
              config.routes.get("/ask", pages::ask);
              config.routes.get("/assets/{name}", pages::asset);
            });
  }

  private static boolean isHttpMethod(HandlerType t) {
    return switch (t.name()) {
      case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" -> true;
      default -> false;
    };
  }

  /**
   * Starts the server and its worker.
   *
   * @param store the store, which stays the caller's to close after {@link #close()}
   * @param hasher the installation's sender hasher
   * @param opts the options
   * @param processor what the worker runs on stored appeals
   */
  public static VoxpopServer start(
      AppealStore store, SenderHasher hasher, ServerOptions opts, AppealProcessor processor) {
    return start(store, hasher, opts, processor, null);
  }

  private static VoxpopServer start(
      AppealStore store,
      SenderHasher hasher,
      ServerOptions opts,
      AppealProcessor processor,
      ThemeRefitter themes) {
    VoxpopServer s = new VoxpopServer(store, hasher, opts, processor, themes);
    s.app.start();
    if (s.worker != null) {
      s.worker.start();
    }
    LOG.info("event=server.started port={} worker={}", s.port(), opts.worker());
    return s;
  }

  /**
   * Starts with the engine: the {@link EngineAppealProcessor} plus themes from a {@link
   * ThemeRefitter} seeded with the store's most recent accepted questions (when this process runs
   * the worker).
   */
  public static VoxpopServer start(AppealStore store, SenderHasher hasher, ServerOptions opts) {
    if (!opts.worker()) {
      return start(store, hasher, opts, new EngineAppealProcessor(), null);
    }
    ThemeRefitter.Settings settings = ThemeRefitter.Settings.defaults();
    ThemeRefitter themes = new ThemeRefitter(settings);
    themes.seed(store.recentAccepted(settings.capacity()));
    themes.start();
    return start(
        store,
        hasher,
        opts,
        new ThemedAppealProcessor(new EngineAppealProcessor(), themes),
        themes);
  }

  private void begin(Context ctx) {
    inFlight.incrementAndGet();
    ctx.attribute("voxpop.t0", System.nanoTime());
  }

  private void end(Context ctx) {
    Long t0 = ctx.attribute("voxpop.t0");
    if (t0 != null) {
      inFlight.decrementAndGet();
      metrics.request(
          ctx.method().name(), Metrics.route(ctx), ctx.statusCode(), System.nanoTime() - t0);
    }
  }

  private void notFound(Context ctx) {
    if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
      new ErrorHandler(metrics)
          .respond(ctx, new ApiException(ApiError.NOT_FOUND, "no such resource"));
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Every HTTP route registered, for the OpenAPI check. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  public Metrics metrics() {
    return metrics;
  }

  /** Requests begun and not yet answered. */
  public int inFlight() {
    return inFlight.get();
  }

  /** The live themes (none when this process runs no worker or a custom processor). */
  public LiveThemes themes() {
    return themes == null ? LiveThemes.NONE : themes.current();
  }

  /** The worker, or null when this process runs none. */
  public IntakeWorker worker() {
    return worker;
  }

  /**
   * Stops gracefully: new appeals are refused with 503 and readiness turns down at once; requests
   * in flight are answered (up to the grace period); then the listener and the worker stop.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    intake.drain();
    long deadline = System.currentTimeMillis() + graceMillis;
    while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    int left = inFlight.get();
    app.stop();
    if (worker != null) {
      worker.close();
    }
    if (themes != null) {
      themes.close();
    }
    LOG.info("event=server.stopped unanswered={}", left);
  }
}
