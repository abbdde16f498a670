package voxpop.server;

import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import voxpop.io.AppealReader;
import voxpop.io.InputFormat;
import voxpop.io.ReadOptions;
import voxpop.io.ReadSummary;
import voxpop.io.RowError;
import voxpop.model.Appeal;
import voxpop.store.Receipt;

/**
 * {@code POST /api/v1/imports}: a CSV or JSON Lines body in the engine's input format (plain or
 * gzip), read as a stream by the engine's {@link AppealReader} and stored in chunks, never held
 * whole. Rows are idempotent by {@code external_id}, else by {@code id}: posting the same file
 * again stores nothing new. The answer counts rows accepted (new), duplicates and rejected, with
 * the line, field and reason of each rejected row (up to 100). Needs a token of scope {@code
 * import}; no flood limit applies.
 */
public final class ImportController {
  private static final Logger LOG = LoggerFactory.getLogger(ImportController.class);
  private static final int CHUNK = 1_000;

  /** The id the reader gives a row without one; it is no idempotency key. */
  private static final Pattern GENERATED_ID = Pattern.compile("line-\\d+");

  private final IntakeService intake;
  private final TokenGuard guard;
  private final IntakeLimits limits;

  public ImportController(IntakeService intake, TokenGuard guard, IntakeLimits limits) {
    this.intake = intake;
    this.guard = guard;
    this.limits = limits;
  }

  public void create(Context ctx) {
    String token = guard.require(ctx, "import").id();
    InputFormat format = format(ctx);
    if (intake.draining()) {
      throw new ApiException(ApiError.SHUTTING_DOWN, "the server is shutting down", null, 5);
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > limits.maxImportBytes()) {
      throw new ApiException(
          ApiError.PAYLOAD_TOO_LARGE,
          "import body has " + declared + " bytes; at most " + limits.maxImportBytes());
    }
    ReadOptions options = ReadOptions.defaults().withMaxTextChars(limits.maxTextChars());
    long stored = 0;
    long duplicates = 0;
    List<Map<String, Object>> cleanedAway = new ArrayList<>();
    ReadSummary summary;
    LimitedStream body = new LimitedStream(ctx.bodyInputStream(), limits.maxImportBytes());
    try (AppealReader reader = AppealReader.open(body, format, options)) {
      List<IntakeItem> chunk = new ArrayList<>(CHUNK);
      Appeal a;
      while ((a = reader.next()) != null) {
        String text = Fields.clean(a.text());
        if (text.isEmpty()) {
          Map<String, Object> e = new LinkedHashMap<>();
          e.put("row", reader.summary().rowsRead());
          e.put("field", "text");
          e.put("reason", "empty once control characters are removed");
          cleanedAway.add(e);
          continue;
        }
        chunk.add(item(a, text));
        if (chunk.size() == CHUNK) {
          long[] r = store(chunk);
          stored += r[0];
          duplicates += r[1];
          chunk.clear();
        }
      }
      long[] r = store(chunk);
      stored += r[0];
      duplicates += r[1];
      summary = reader.summary();
    } catch (LimitExceeded e) {
      throw new ApiException(
          ApiError.PAYLOAD_TOO_LARGE,
          "import body is larger than "
              + limits.maxImportBytes()
              + " bytes; "
              + stored
              + " appeals were stored before the limit (re-posting is idempotent by id)");
    } catch (IOException e) {
      throw ApiException.invalid(
          null,
          "the import could not be read: "
              + e.getMessage()
              + "; "
              + stored
              + " appeals were stored before it");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", format.name().toLowerCase(Locale.ROOT));
    out.put("rows_read", summary.rowsRead());
    out.put("accepted", stored);
    out.put("duplicates", duplicates);
    out.put("rejected", summary.skipped() + cleanedAway.size());
    List<Object> errors = new ArrayList<>();
    for (RowError e : summary.errors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", e.line());
      m.put("field", e.field());
      m.put("reason", e.reason());
      errors.add(m);
    }
    errors.addAll(cleanedAway.subList(0, Math.min(100, cleanedAway.size())));
    out.put("errors", errors);
    out.put("unknown_columns", summary.unknownColumns());
    LOG.info(
        "event=import.done token={} rows={} accepted={} duplicates={} rejected={}",
        token,
        summary.rowsRead(),
        stored,
        duplicates,
        out.get("rejected"));
    ctx.status(stored > 0 ? 201 : 200).json(out);
  }

  private long[] store(List<IntakeItem> chunk) {
    if (chunk.isEmpty()) {
      return new long[2];
    }
    List<Receipt> rs;
    try {
      rs = intake.submitAll(List.copyOf(chunk)).join();
    } catch (CompletionException e) {
      throw ErrorHandler.translate(e) != null ? ErrorHandler.translate(e) : e;
    }
    long dup = rs.stream().filter(Receipt::replay).count();
    return new long[] {rs.size() - dup, dup};
  }

  private IntakeItem item(Appeal a, String text) {
    String key =
        !a.externalId().isEmpty()
            ? a.externalId()
            : GENERATED_ID.matcher(a.id()).matches() ? "" : a.id();
    return new IntakeItem(
        a.channel(),
        text,
        Fields.clean(a.region()),
        a.sender(),
        a.ageGroup(),
        a.gender(),
        Fields.clean(a.externalId()),
        Fields.clean(key).replace('\n', ' '),
        a.receivedAt(),
        "");
  }

  private static InputFormat format(Context ctx) {
    String q = ctx.queryParam("format");
    if (q != null) {
      return switch (q.toLowerCase(Locale.ROOT)) {
        case "csv" -> InputFormat.CSV;
        case "jsonl", "ndjson" -> InputFormat.JSONL;
        default -> throw ApiException.invalid("format", "format must be csv or jsonl");
      };
    }
    String ct = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip();
    return switch (ct.toLowerCase(Locale.ROOT)) {
      case "text/csv" -> InputFormat.CSV;
      case "application/x-ndjson", "application/jsonl", "application/jsonlines" ->
          InputFormat.JSONL;
      default ->
          throw new ApiException(
              ApiError.UNSUPPORTED_MEDIA_TYPE,
              "Content-Type must be text/csv or application/x-ndjson (or give ?format=csv|jsonl)");
    };
  }

  private static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded() {
      super("body over limit");
    }
  }

  /** Fails the read once more than {@code max} bytes have come. */
  private static final class LimitedStream extends FilterInputStream {
    private final long max;
    private long count;

    LimitedStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && ++count > max) {
        throw new LimitExceeded();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (count += n) > max) {
        throw new LimitExceeded();
      }
      return n;
    }
  }
}
