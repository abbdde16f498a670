package voxpop.server;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;
import voxpop.model.Channel;

/**
 * The server's counters, latency histograms and gauges, written out in the Prometheus text
 * exposition format 0.0.4. Counters are {@link LongAdder}s so that 20,000 updates a second from
 * many threads do not contend. Thread-safe.
 */
public final class Metrics {
  /** Latency bucket bounds, seconds. */
  static final double[] BUCKETS = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private record Histogram(LongAdder[] buckets, DoubleAdder sum, LongAdder count) {
    Histogram() {
      this(newAdders(BUCKETS.length), new DoubleAdder(), new LongAdder());
    }

    void observe(double seconds) {
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          buckets[i].increment();
        }
      }
      sum.add(seconds);
      count.increment();
    }
  }

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> accepted = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> duplicates = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> ignored = new ConcurrentHashMap<>();
  private final Map<String, DoubleSupplier> gauges = new ConcurrentHashMap<>();
  private final Map<String, String> gaugeHelp = new ConcurrentHashMap<>();

  private static LongAdder[] newAdders(int n) {
    LongAdder[] a = new LongAdder[n];
    for (int i = 0; i < n; i++) {
      a[i] = new LongAdder();
    }
    return a;
  }

  /** The route template a request matched ({@code /api/v1/appeals/{receipt}}), or "unmatched". */
  public static String route(Context ctx) {
    Endpoint e = ctx.endpoints().matchedHttpEndpoint();
    return e == null ? "unmatched" : e.path;
  }

  /** Records one finished request. */
  public void request(String method, String route, int status, long nanos) {
    requests
        .computeIfAbsent(method + '\u0000' + route + '\u0000' + status, k -> new LongAdder())
        .increment();
    latency.computeIfAbsent(method + '\u0000' + route, k -> new Histogram()).observe(nanos / 1e9);
  }

  /** Records appeals stored (new) through a channel. */
  public void accepted(Channel channel, long n) {
    accepted.computeIfAbsent(channel.code(), k -> new LongAdder()).add(n);
  }

  /** Records idempotent replays answered with an earlier receipt. */
  public void duplicate(Channel channel, long n) {
    duplicates.computeIfAbsent(channel.code(), k -> new LongAdder()).add(n);
  }

  /** Records a rejected request or appeal by reason code. */
  public void rejected(String reason) {
    rejected.computeIfAbsent(reason, k -> new LongAdder()).increment();
  }

  /** Records a delivery acknowledged and ignored (a non-text messenger update). */
  public void ignored(String kind) {
    ignored.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  /** Count of rejections by reason (for tests and stats). */
  public long rejectedCount(String reason) {
    LongAdder a = rejected.get(reason);
    return a == null ? 0 : a.sum();
  }

  /** Count of ignored deliveries by kind. */
  public long ignoredCount(String kind) {
    LongAdder a = ignored.get(kind);
    return a == null ? 0 : a.sum();
  }

  /** Registers a gauge read at scrape time. */
  public void gauge(String name, String help, DoubleSupplier value) {
    gauges.put(name, value);
    gaugeHelp.put(name, help);
  }

  /** The exposition text. */
  public String scrape() {
    StringBuilder sb = new StringBuilder(8192);
    header(sb, "voxpop_http_requests_total", "counter", "HTTP requests by method, route, status");
    for (var e : new TreeMap<>(requests).entrySet()) {
      String[] k = e.getKey().split("\u0000", -1);
      sb.append("voxpop_http_requests_total{method=\"")
          .append(k[0])
          .append("\",route=\"")
          .append(escape(k[1]))
          .append("\",status=\"")
          .append(k[2])
          .append("\"} ")
          .append(e.getValue().sum())
          .append('\n');
    }
    header(
        sb,
        "voxpop_http_request_duration_seconds",
        "histogram",
        "HTTP request latency by method and route, from routing to the answer");
    for (var e : new TreeMap<>(latency).entrySet()) {
      String[] k = e.getKey().split("\u0000", -1);
      String labels = "method=\"" + k[0] + "\",route=\"" + escape(k[1]) + "\"";
      Histogram h = e.getValue();
      for (int i = 0; i < BUCKETS.length; i++) {
        sb.append("voxpop_http_request_duration_seconds_bucket{")
            .append(labels)
            .append(",le=\"")
            .append(num(BUCKETS[i]))
            .append("\"} ")
            .append(h.buckets()[i].sum())
            .append('\n');
      }
      long count = h.count().sum();
      sb.append("voxpop_http_request_duration_seconds_bucket{")
          .append(labels)
          .append(",le=\"+Inf\"} ")
          .append(count)
          .append('\n');
      sb.append("voxpop_http_request_duration_seconds_sum{")
          .append(labels)
          .append("} ")
          .append(num(h.sum().sum()))
          .append('\n');
      sb.append("voxpop_http_request_duration_seconds_count{")
          .append(labels)
          .append("} ")
          .append(count)
          .append('\n');
    }
    family(sb, "voxpop_appeals_accepted_total", "Appeals stored, by channel", "channel", accepted);
    family(
        sb,
        "voxpop_appeals_duplicate_total",
        "Idempotent retries answered with the first receipt, by channel",
        "channel",
        duplicates);
    family(
        sb, "voxpop_rejected_total", "Requests or appeals refused, by reason", "reason", rejected);
    family(
        sb,
        "voxpop_deliveries_ignored_total",
        "Deliveries acknowledged and ignored (non-text messenger updates), by kind",
        "kind",
        ignored);
    for (var e : new TreeMap<>(gauges).entrySet()) {
      header(sb, e.getKey(), "gauge", gaugeHelp.get(e.getKey()));
      sb.append(e.getKey()).append(' ').append(num(e.getValue().getAsDouble())).append('\n');
    }
    return sb.toString();
  }

  private static void family(
      StringBuilder sb, String name, String help, String label, Map<String, LongAdder> values) {
    header(sb, name, "counter", help);
    for (var e : new TreeMap<>(values).entrySet()) {
      sb.append(name)
          .append('{')
          .append(label)
          .append("=\"")
          .append(escape(e.getKey()))
          .append("\"} ")
          .append(e.getValue().sum())
          .append('\n');
    }
  }

  private static void header(StringBuilder sb, String name, String type, String help) {
    sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
    sb.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
