package voxpop.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import voxpop.model.Region;
import voxpop.model.Regions;
import voxpop.store.AppealStore;
import voxpop.store.StoreStats;

/**
 * Operations: {@code /health} (readiness: the store answers, the worker runs, no shutdown under
 * way), {@code /health/live}, {@code /metrics} (Prometheus), {@code /api/v1/stats}, {@code
 * /openapi.json} and the region list the pages use.
 */
public final class OpsController {
  private final java.util.function.Supplier<LiveThemes> themes;
  private final AppealStore store;
  private final IntakeService intake;
  private final IntakeWorker worker;
  private final Metrics metrics;
  private final byte[] openapi;
  private volatile StoreStats cached;
  private volatile long cachedAt;

  public OpsController(
      AppealStore store,
      IntakeService intake,
      IntakeWorker worker,
      Metrics metrics,
      java.util.function.Supplier<LiveThemes> themes) {
    this.store = store;
    this.themes = themes;
    this.intake = intake;
    this.worker = worker;
    this.metrics = metrics;
    this.openapi = resource("/voxpop/server/openapi.json");
    metrics.gauge(
        "voxpop_worker_lag_appeals",
        "Stored appeals the background worker has not processed yet",
        () -> stats().pending());
    metrics.gauge("voxpop_store_appeals", "Appeals in the store", () -> stats().appeals());
    metrics.gauge(
        "voxpop_worker_high_water_seq",
        "Highest sequence number the worker has processed",
        () -> stats().highWaterMark());
    if (store instanceof voxpop.store.jdbc.JdbcAppealStore jdbc) {
      metrics.gauge(
          "voxpop_store_commits",
          "Write transactions committed since start (each one fsync)",
          jdbc::commits);
      metrics.gauge(
          "voxpop_store_committed_rows",
          "Appeals and worker batches committed since start; divided by commits, the group size",
          jdbc::committedRows);
      metrics.gauge(
          "voxpop_store_pending_writes", "Rows queued for the writer", jdbc::pendingWrites);
    }
    metrics.gauge(
        "voxpop_worker_processed_total",
        "Appeals processed by this process's worker since start",
        () -> worker == null ? 0 : worker.processed());
  }

  static byte[] resource(String name) {
    try (InputStream in = OpsController.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Store totals, read at most once a second whatever the scrape rate. */
  StoreStats stats() {
    long now = System.nanoTime();
    StoreStats s = cached;
    if (s == null || now - cachedAt > 1_000_000_000L) {
      s = store.stats();
      cached = s;
      cachedAt = now;
    }
    return s;
  }

  public void health(Context ctx) {
    Map<String, Object> checks = new LinkedHashMap<>();
    boolean up = true;
    try {
      store.ping();
      checks.put("store", "up");
    } catch (RuntimeException e) {
      checks.put("store", "down");
      up = false;
    }
    if (worker != null) {
      boolean alive = worker.alive();
      checks.put("worker", alive ? "up" : "down");
      up &= alive;
    }
    if (intake.draining()) {
      checks.put("intake", "shutting_down");
      up = false;
    } else {
      checks.put("intake", "up");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "up" : "down");
    body.put("checks", checks);
    ctx.status(up ? 200 : 503).json(body);
  }

  public void live(Context ctx) {
    ctx.json(Map.of("status", "up"));
  }

  public void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  public void stats(Context ctx) {
    StoreStats s = store.stats();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("appeals", s.appeals());
    Map<String, Long> ch = new TreeMap<>();
    s.byChannel().forEach((k, v) -> ch.put(k.code(), v));
    body.put("by_channel", ch);
    Map<String, Long> vd = new TreeMap<>();
    s.questionsByVerdict().forEach((k, v) -> vd.put(k.code(), v));
    body.put("questions_by_verdict", vd);
    body.put("duplicate_questions", s.duplicateQuestions());
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("lag_appeals", s.pending());
    w.put("last_seq", s.lastSeq());
    w.put("high_water_mark", s.highWaterMark());
    w.put("running", worker != null && worker.alive());
    w.put("processed_since_start", worker == null ? 0 : worker.processed());
    body.put("worker", w);
    body.put("themes", themes(s));
    ctx.json(body);
  }

  /**
   * The themes: the live model's generation and, per theme id, its key phrases and the questions
   * assigned to it so far (ids of earlier models that no theme carries any more keep their counts
   * with no phrases), most questions first.
   */
  private Map<String, Object> themes(StoreStats s) {
    LiveThemes live = themes.get();
    List<Map<String, Object>> list = new ArrayList<>();
    java.util.Set<String> ids = new java.util.TreeSet<>(s.questionsByTheme().keySet());
    ids.addAll(live.labels().keySet());
    for (String id : ids) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", id);
      t.put("key_phrases", live.labels().getOrDefault(id, List.of()));
      t.put("questions", s.questionsByTheme().getOrDefault(id, 0L));
      list.add(t);
    }
    list.sort(
        java.util.Comparator.<Map<String, Object>>comparingLong(t -> -(Long) t.get("questions"))
            .thenComparing(t -> (String) t.get("id")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("model_generation", live.generation());
    out.put("fitted_on_questions", live.fittedOn());
    out.put("themes", list);
    return out;
  }

  public void openapi(Context ctx) {
    ctx.contentType("application/json").result(openapi);
  }

  public void regions(Context ctx) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Region r : Regions.all()) {
      out.add(Map.of("code", r.code(), "name", r.name(), "name_en", r.nameEn()));
    }
    ctx.header("Cache-Control", "max-age=3600").json(out);
  }
}
