package voxpop.bench.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-loop HTTP load client for the intake server: each of {@code --connections} keep-alive
 * connections sends {@code POST /api/v1/appeals} on a fixed schedule so that together they offer
 * {@code --rate} appeals a second ({@code --batch} appeals per request), and latency is measured
 * from the moment a request was due, not from when it was sent, so a stalled server cannot hide its
 * stall (the "coordinated omission" correction of Tene's wrk2). With {@code --rate 0} every
 * connection sends as fast as answers come (closed loop, for the maximum). Once a second it reads
 * the worker's lag from {@code /api/v1/stats}; with {@code --pid} it reports the server's CPU
 * seconds per 1,000 appeals from {@code /proc}, a cost that does not depend on how busy the machine
 * is.
 *
 * <pre>
 * java -cp voxpop-bench.jar voxpop.bench.intake.IntakeLoad --url http://127.0.0.1:18080 \
 *     --token vxp_... --rate 5000 --seconds 30 --connections 32 [--batch 1] [--pid PID]
 * </pre>
 */
public final class IntakeLoad {
  private final String host;
  private final int port;
  private final String token;
  private final double rate;
  private final int seconds;
  private final int connections;
  private final int batch;
  private final long pid;
  private final AtomicLong ok = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong counter = new AtomicLong();

  IntakeLoad(Map<String, String> a) {
    URI u = URI.create(a.getOrDefault("url", "http://127.0.0.1:8080"));
    host = u.getHost();
    port = u.getPort();
    token = a.get("token");
    rate = Double.parseDouble(a.getOrDefault("rate", "5000"));
    seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
    connections = Integer.parseInt(a.getOrDefault("connections", "32"));
    batch = Integer.parseInt(a.getOrDefault("batch", "1"));
    pid = Long.parseLong(a.getOrDefault("pid", "0"));
    if (token == null) {
      throw new IllegalArgumentException("--token is required");
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    new IntakeLoad(a).run();
  }

  void run() throws Exception {
    long cpu0 = cpuTicks();
    long t0 = System.nanoTime() + 100_000_000L;
    long end = t0 + seconds * 1_000_000_000L;
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      long[] lat =
          new long
              [(int)
                  Math.max(
                      16,
                      rate <= 0
                          ? 2_000_000 / connections
                          : rate * seconds / batch / connections + 16)];
      latencies.add(lat);
      int offset = c;
      threads.add(Thread.ofVirtual().start(() -> connection(offset, t0, end, lat)));
    }
    long maxLag = 0;
    long lastLag = 0;
    HttpClient http = HttpClient.newHttpClient();
    while (System.nanoTime() < end) {
      Thread.sleep(1_000);
      lastLag = lag(http);
      maxLag = Math.max(maxLag, lastLag);
    }
    for (Thread t : threads) {
      t.join();
    }
    long cpu1 = cpuTicks();
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long[] all = merge(latencies);
    Arrays.sort(all);
    long appeals = ok.get() * batch;
    System.out.printf(
        Locale.ROOT,
        "offered %s appeals/s (%d connections, %d per request) for %d s%n",
        rate <= 0 ? "max" : String.format(Locale.ROOT, "%.0f", rate),
        connections,
        batch,
        seconds);
    System.out.printf(
        Locale.ROOT,
        "answered 2xx: %d requests = %d appeals, %.0f appeals/s; failed: %d%n",
        ok.get(),
        appeals,
        appeals / elapsed,
        failed.get());
    System.out.printf(
        Locale.ROOT,
        "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
        pct(all, 0.50),
        pct(all, 0.90),
        pct(all, 0.99),
        pct(all, 0.999),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    System.out.printf(Locale.ROOT, "worker lag (appeals): max %d, at end %d%n", maxLag, lastLag);
    Thread.sleep(2_000);
    System.out.printf(Locale.ROOT, "worker lag 2 s after the end: %d%n", lag(http));
    if (pid > 0 && appeals > 0) {
      double cpuSeconds = (cpu1 - cpu0) / 100.0;
      System.out.printf(
          Locale.ROOT,
          "server CPU: %.1f s for %d appeals = %.3f CPU-s per 1,000 appeals (%.0f appeals per CPU-second)%n",
          cpuSeconds,
          appeals,
          cpuSeconds * 1000 / appeals,
          appeals / cpuSeconds);
    }
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static long[] merge(List<long[]> parts) {
    int n = 0;
    for (long[] p : parts) {
      n += (int) p[0];
    }
    long[] all = new long[n];
    int i = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 1, all, i, (int) p[0]);
      i += (int) p[0];
    }
    return all;
  }

  private long cpuTicks() throws IOException {
    if (pid <= 0) {
      return 0;
    }
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  private static final Pattern LAG = Pattern.compile("\"lag_appeals\":(\\d+)");

  private long lag(HttpClient http) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/v1/stats"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = LAG.matcher(r.body());
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** One keep-alive connection; {@code lat[0]} counts the samples that follow it. */
  private void connection(int offset, long t0, long end, long[] lat) {
    long interval = rate <= 0 ? 0 : (long) (1e9 * connections * batch / rate);
    long due = t0 + (interval == 0 ? 0 : interval * offset / connections);
    Socket s = null;
    try {
      while (due < end) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        if (s == null) {
          s = new Socket();
          s.setTcpNoDelay(true);
          s.connect(new InetSocketAddress(host, port));
        }
        long start = interval == 0 ? System.nanoTime() : due;
        int status = exchange(s, body());
        long took = System.nanoTime() - start;
        if (status >= 200 && status < 300) {
          ok.incrementAndGet();
        } else {
          failed.incrementAndGet();
        }
        if (lat[0] + 1 < lat.length) {
          lat[(int) ++lat[0]] = took;
        }
        due = interval == 0 ? System.nanoTime() : due + interval;
      }
    } catch (IOException e) {
      failed.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (s != null) {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing after the run
        }
      }
    }
  }

  private byte[] body() {
    StringBuilder sb = new StringBuilder(batch * 160);
    if (batch > 1) {
      sb.append('[');
    }
    for (int i = 0; i < batch; i++) {
      long n = counter.incrementAndGet();
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"text\":\"Когда в нашем посёлке проведут газ и починят дорогу? Вопрос ")
          .append(n)
          .append("\",\"region\":\"Курская область\",\"sender\":\"+7900")
          .append(n)
          .append("\",\"age_group\":\"45-59\"}");
    }
    if (batch > 1) {
      sb.append(']');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private int exchange(Socket s, byte[] body) throws IOException {
    OutputStream out = s.getOutputStream();
    String head =
        "POST /api/v1/appeals HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: application/json\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    InputStream in = s.getInputStream();
    if (!(in instanceof BufferedInputStream)) {
      in = buffered(s);
    }
    String status = line(in);
    int code = Integer.parseInt(status.split(" ")[1]);
    long length = -1;
    boolean chunked = false;
    String h;
    while (!(h = line(in)).isEmpty()) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      long size;
      while ((size = Long.parseLong(line(in).split(";")[0].strip(), 16)) > 0) {
        in.skipNBytes(size);
        line(in);
      }
      line(in);
    } else if (length > 0) {
      in.skipNBytes(length);
    }
    return code;
  }

  private final Map<Socket, BufferedInputStream> inputs =
      new java.util.concurrent.ConcurrentHashMap<>();

  private BufferedInputStream buffered(Socket s) throws IOException {
    BufferedInputStream b = inputs.get(s);
    if (b == null) {
      b = new BufferedInputStream(s.getInputStream(), 16_384);
      inputs.put(s, b);
    }
    return b;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder(64);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    if (c < 0 && sb.isEmpty()) {
      throw new IOException("connection closed");
    }
    return sb.toString();
  }
}
