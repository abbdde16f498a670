package voxpop.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import voxpop.model.Appeal;

/**
 * Streams appeals to a CSV (RFC 4180, UTF-8, header, CRLF line ends) or JSON Lines file, one row at
 * a time, so that millions of appeals never need to be in memory together. Not thread-safe.
 */
public final class AppealWriter implements Closeable {
  private static final JsonFactory JSON = new JsonFactory();

  private final InputFormat format;
  private final Writer out;
  private final StringBuilder line = new StringBuilder(512);

  private AppealWriter(InputFormat format, Writer out) throws IOException {
    this.format = format;
    this.out = out;
    if (format == InputFormat.CSV) {
      out.write(String.join(",", AppealFields.ALL));
      out.write("\r\n");
    }
  }

  /** Opens a file for writing; the format (and gzip) follow its extension. */
  public static AppealWriter create(Path file) throws IOException {
    OutputStream os = Files.newOutputStream(file);
    if (InputFormat.gzipped(file)) {
      os = new GZIPOutputStream(os, 1 << 16);
    }
    return new AppealWriter(
        InputFormat.of(file),
        new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
  }

  /** Writes to a stream in the given format (the caller closes the stream through this writer). */
  public static AppealWriter create(Writer out, InputFormat format) throws IOException {
    return new AppealWriter(format, out);
  }

  /** Appends one appeal. */
  public void write(Appeal a) throws IOException {
    if (format == InputFormat.CSV) {
      writeCsv(a);
    } else {
      writeJson(a);
    }
  }

  private void writeCsv(Appeal a) throws IOException {
    line.setLength(0);
    csv(a.id()).append(',');
    csv(a.receivedAt() == null ? "" : a.receivedAt().toString()).append(',');
    csv(a.channel().code()).append(',');
    csv(a.text()).append(',');
    csv(a.region()).append(',');
    csv(a.sender()).append(',');
    csv(a.ageGroup() == voxpop.model.AgeGroup.UNKNOWN ? "" : a.ageGroup().code()).append(',');
    csv(a.gender() == voxpop.model.Gender.UNKNOWN ? "" : a.gender().code()).append(',');
    csv(a.externalId()).append("\r\n");
    out.append(line);
  }

  private StringBuilder csv(String v) {
    boolean quote = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      return line.append(v);
    }
    line.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    return line.append('"');
  }

  private void writeJson(Appeal a) throws IOException {
    java.io.StringWriter sw = new java.io.StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), sw)) {
      g.writeStartObject();
      g.writeStringProperty(AppealFields.ID, a.id());
      if (a.receivedAt() != null) {
        g.writeStringProperty(AppealFields.RECEIVED_AT, a.receivedAt().toString());
      }
      g.writeStringProperty(AppealFields.CHANNEL, a.channel().code());
      g.writeStringProperty(AppealFields.TEXT, a.text());
      optional(g, AppealFields.REGION, a.region());
      optional(g, AppealFields.SENDER, a.sender());
      if (a.ageGroup() != voxpop.model.AgeGroup.UNKNOWN) {
        g.writeStringProperty(AppealFields.AGE_GROUP, a.ageGroup().code());
      }
      if (a.gender() != voxpop.model.Gender.UNKNOWN) {
        g.writeStringProperty(AppealFields.GENDER, a.gender().code());
      }
      optional(g, AppealFields.EXTERNAL_ID, a.externalId());
      g.writeEndObject();
    }
    out.write(sw.toString());
    out.write('\n');
  }

  private static void optional(JsonGenerator g, String name, String value) {
    if (!value.isEmpty()) {
      g.writeStringProperty(name, value);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
