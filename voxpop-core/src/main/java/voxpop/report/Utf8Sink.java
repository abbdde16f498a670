package voxpop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large byte buffer in front of an output stream that encodes text to UTF-8 itself, with a fast
 * path for ASCII, so that writing millions of short CSV fields costs no {@code String} or encoder
 * allocation per field. Not thread-safe.
 */
final class Utf8Sink {
  private final OutputStream out;
  private final byte[] buf;
  private int pos;

  Utf8Sink(OutputStream out, int capacity) {
    this.out = out;
    this.buf = new byte[capacity];
  }

  void write(byte b) throws IOException {
    if (pos == buf.length) {
      flushBuffer();
    }
    buf[pos++] = b;
  }

  void write(byte[] bytes) throws IOException {
    if (bytes.length > buf.length - pos) {
      flushBuffer();
      if (bytes.length > buf.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  /** Writes a non-negative int in decimal, left-padded with zeros to {@code width} digits. */
  void writeInt(int value, int width) throws IOException {
    if (buf.length - pos < 11 + width) {
      flushBuffer();
    }
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    for (int i = digits; i < width; i++) {
      buf[pos++] = '0';
    }
    int end = pos + digits;
    int v = value;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    pos = end;
  }

  /** Writes {@code s} as UTF-8. */
  void write(String s) throws IOException {
    int n = s.length();
    if (buf.length - pos < n) {
      flushBuffer();
    }
    if (n <= buf.length - pos) {
      int p = pos;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          pos = p;
          write(s.substring(i).getBytes(StandardCharsets.UTF_8));
          return;
        }
        buf[p++] = (byte) c;
      }
      pos = p;
    } else {
      write(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  private void flushBuffer() throws IOException {
    if (pos > 0) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }
}
