package voxpop.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Streams the labels file: CSV (RFC 4180, UTF-8, header, CRLF line ends like the corpus), one row
 * per question, gzip-compressed when the name ends in {@code .gz}. The values are keys and ids that
 * never need quoting. Not thread-safe.
 */
public final class LabelWriter implements Closeable {
  private final Writer out;
  private final StringBuilder line = new StringBuilder(128);

  public LabelWriter(Writer out) throws IOException {
    this.out = out;
    out.write(String.join(",", QuestionLabel.COLUMNS));
    out.write("\r\n");
  }

  /** Opens a labels file for writing. */
  public static LabelWriter create(Path file) throws IOException {
    OutputStream os = Files.newOutputStream(file);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      os = new GZIPOutputStream(os, 1 << 16);
    }
    return new LabelWriter(
        new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
  }

  public void write(QuestionLabel l) throws IOException {
    line.setLength(0);
    line.append(l.appealId())
        .append(',')
        .append(l.questionNo())
        .append(',')
        .append(l.labelClass())
        .append(',')
        .append(l.category())
        .append(',')
        .append(l.theme())
        .append(',')
        .append(l.subtheme())
        .append(',')
        .append(l.campaignId())
        .append(',')
        .append(l.duplicate())
        .append(',')
        .append(l.language())
        .append("\r\n");
    out.append(line);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
