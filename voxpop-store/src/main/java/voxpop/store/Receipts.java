package voxpop.store;

import java.security.SecureRandom;

/**
 * Receipt ids: 80 random bits in Crockford base32, grouped by four ({@code K7QH-2M9X-D4TA-8B1Z}),
 * so that a receipt can be read over the phone and cannot be guessed to reveal another appeal's
 * state. Thread-safe.
 */
public final class Receipts {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(SecureRandom::new);

  private Receipts() {}

  /** A new random receipt id. */
  public static String newId() {
    byte[] b = new byte[10];
    RANDOM.get().nextBytes(b);
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
