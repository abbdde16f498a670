package voxpop.store;

import java.security.SecureRandom;

/**
 * Receipt ids: 16 Crockford base32 characters grouped by four ({@code 0KQH-2M9X-D4TA-8B1Z}), so
 * that a receipt can be read over the phone. The first 40 bits are the milliseconds since
 * 2025-01-01 UTC (good until 2059) and the last 40 bits are random. The time prefix makes receipts
 * of one moment sort together, so the store's unique index on them grows at its right edge and a
 * commit of hundreds of appeals touches a few index pages instead of one page per appeal (at 20,000
 * appeals a second that halves the writer's work; docs/benchmarks.md). The random part keeps a
 * receipt unguessable: knowing the very millisecond of someone else's appeal still leaves 2^40
 * (10^12) candidates, and look-ups are rate-limited per client. Two appeals of one millisecond
 * collide with odds of about 2^-40 per pair (under 10^-7 over a 3-million-appeal event spread over
 * its 16 days; some 3 x 10^-5 for 3 million at a sustained 20,000 a second), and the store's unique
 * index refuses such a receipt rather than mixing two appeals: the whole group commit it sits in
 * fails every appeal in it is answered with an error and none is stored. Thread-safe.
 */
public final class Receipts {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(SecureRandom::new);

  private Receipts() {}

  /** The epoch of the time prefix, 2025-01-01T00:00:00Z in milliseconds. */
  static final long EPOCH_MILLIS = 1_735_689_600_000L;

  /** A new receipt id for now. */
  public static String newId() {
    return newId(System.currentTimeMillis(), RANDOM.get());
  }

  /** A receipt id with the time prefix of {@code epochMillis} and 40 bits from {@code random}. */
  static String newId(long epochMillis, java.util.Random random) {
    long t = Math.max(0, epochMillis - EPOCH_MILLIS) & 0xFF_FFFF_FFFFL;
    byte[] b = new byte[10];
    for (int i = 0; i < 5; i++) {
      b[i] = (byte) (t >>> (8 * (4 - i)));
    }
    byte[] r = new byte[5];
    random.nextBytes(r);
    System.arraycopy(r, 0, b, 5, 5);
    char[] out = new char[19];
    int bit = 0;
    int o = 0;
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        out[o++] = '-';
      }
      int v = 0;
      for (int k = 0; k < 5; k++, bit++) {
        v = (v << 1) | ((b[bit >> 3] >> (7 - (bit & 7))) & 1);
      }
      out[o++] = ALPHABET[v];
    }
    return new String(out);
  }

  /** Whether a string has the shape of a receipt id (no database look-up). */
  public static boolean isWellFormed(String s) {
    if (s == null || s.length() != 19) {
      return false;
    }
    for (int i = 0; i < 19; i++) {
      char c = s.charAt(i);
      if (i % 5 == 4) {
        if (c != '-') {
          return false;
        }
      } else if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && "ILOU".indexOf(c) < 0))) {
        return false;
      }
    }
    return true;
  }
}
