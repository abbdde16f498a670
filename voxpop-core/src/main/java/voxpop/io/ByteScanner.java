package voxpop.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The byte-level half of a reader: a large buffer over the input stream that keeps the row in
 * progress when it refills, grows up to the row limit, and past it drops the row's bytes while the
 * subclass scans on to the row's end. Subclasses split the bytes into rows. Not thread-safe.
 */
abstract class ByteScanner implements Closeable {
  private static final int INITIAL_BUFFER = 1 << 18;

  private final InputStream in;
  final int rowLimit;
  byte[] buf = new byte[INITIAL_BUFFER];
  int pos;
  int lim;
  boolean eof;

  /** True while the row in progress is over the limit: its bytes are no longer kept. */
  boolean discarding;

  /** Blank lines passed over between rows. */
  long blankLines;

  ByteScanner(InputStream in, int rowLimit) {
    this.in = in;
    this.rowLimit = rowLimit;
  }

  /** Moves every kept offset of the row in progress {@code k} bytes down. */
  abstract void shifted(int k);

  /** Called once when the row in progress passes the row limit. */
  abstract void tooLong();

  /**
   * Reads more input, keeping the bytes from {@code keepFrom} on (only the last byte while
   * discarding). False at the end of the input.
   */
  final boolean fill(int keepFrom) throws IOException {
    if (eof) {
      return false;
    }
    if (discarding) {
      keepFrom = Math.max(0, pos - 1);
    }
    if (keepFrom > 0) {
      shift(keepFrom);
    }
    if (lim == buf.length) {
      if (buf.length < rowLimit + 2) {
        byte[] bigger = new byte[(int) Math.min((long) rowLimit + 2, 2L * buf.length)];
        System.arraycopy(buf, 0, bigger, 0, lim);
        buf = bigger;
      } else {
        discarding = true;
        tooLong();
        shift(Math.max(0, pos - 1));
      }
    }
    int n;
    do {
      n = in.read(buf, lim, buf.length - lim);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    return true;
  }

  private void shift(int k) {
    System.arraycopy(buf, k, buf, 0, lim - k);
    lim -= k;
    pos -= k;
    shifted(k);
  }

  static String bytes(long n) {
    return n >= 1 << 20
        ? String.format(Locale.ROOT, "%,d MiB", n >> 20)
        : String.format(Locale.ROOT, "%,d bytes", n);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
