package voxpop.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF),
 * with an eight-bytes-at-a-time path for ASCII runs. Stateless and thread-safe.
 */
final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** The offset of the first byte in {@code [from, to)} that starts no valid sequence, or -1. */
  static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      if (c < 0xC2) {
        return i; // a stray continuation byte, or an overlong two-byte lead
      } else if (c < 0xE0) {
        if (i + 1 >= to || !continuation(b[i + 1])) {
          return i;
        }
        i += 2;
      } else if (c < 0xF0) {
        if (i + 2 >= to) {
          return i;
        }
        int c1 = b[i + 1] & 0xff;
        if (!continuation(b[i + 1])
            || (c == 0xE0 && c1 < 0xA0) // overlong
            || (c == 0xED && c1 >= 0xA0) // UTF-16 surrogate
            || !continuation(b[i + 2])) {
          return i;
        }
        i += 3;
      } else if (c < 0xF5) {
        if (i + 3 >= to) {
          return i;
        }
        int c1 = b[i + 1] & 0xff;
        if (!continuation(b[i + 1])
            || (c == 0xF0 && c1 < 0x90) // overlong
            || (c == 0xF4 && c1 >= 0x90) // above U+10FFFF
            || !continuation(b[i + 2])
            || !continuation(b[i + 3])) {
          return i;
        }
        i += 4;
      } else {
        return i;
      }
    }
    return -1;
  }

  /** Whether the range is pure ASCII. */
  static boolean ascii(byte[] b, int from, int to) {
    int i = from;
    while (i + 8 <= to) {
      if (((long) LONGS.get(b, i) & HIGH_BITS) != 0) {
        return false;
      }
      i += 8;
    }
    while (i < to) {
      if (b[i++] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes and validates {@code [from, to)} into {@code out} in one pass, turning each doubled
   * quote {@code ""} into one when {@code unquote} is set (a quoted CSV field). Returns the number
   * of chars written, or {@code -1 - k} when the byte at {@code from + k} starts no valid sequence.
   * {@code out} must hold {@code to - from} chars.
   */
  static int decode(byte[] b, int from, int to, char[] out, boolean unquote) {
    int n = 0;
    int i = from;
    while (i < to) {
      int c = b[i];
      if (c >= 0) {
        out[n++] = (char) c;
        i += (unquote && c == '"') ? 2 : 1;
        continue;
      }
      c &= 0xff;
      if (c >= 0xC2 && c < 0xE0) {
        if (i + 1 >= to || !continuation(b[i + 1])) {
          return -1 - (i - from);
        }
        out[n++] = (char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
        i += 2;
      } else if (c >= 0xE0 && c < 0xF0) {
        if (i + 2 >= to) {
          return -1 - (i - from);
        }
        int c1 = b[i + 1] & 0xff;
        if (!continuation(b[i + 1])
            || (c == 0xE0 && c1 < 0xA0)
            || (c == 0xED && c1 >= 0xA0)
            || !continuation(b[i + 2])) {
          return -1 - (i - from);
        }
        out[n++] = (char) (((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (b[i + 2] & 0x3F));
        i += 3;
      } else if (c >= 0xF0 && c < 0xF5) {
        if (i + 3 >= to) {
          return -1 - (i - from);
        }
        int c1 = b[i + 1] & 0xff;
        if (!continuation(b[i + 1])
            || (c == 0xF0 && c1 < 0x90)
            || (c == 0xF4 && c1 >= 0x90)
            || !continuation(b[i + 2])
            || !continuation(b[i + 3])) {
          return -1 - (i - from);
        }
        int cp =
            ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
        i += 4;
      } else {
        return -1 - (i - from);
      }
    }
    return n;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
