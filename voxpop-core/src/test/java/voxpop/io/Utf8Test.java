package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import voxpop.testing.SeededCases;

class Utf8Test {

  @Test
  void acceptsWellFormedText() {
    byte[] b = "ascii, кириллица, 中文, 🙂".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.firstInvalid(b, 0, b.length)).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(new byte[0], 0, 0)).isEqualTo(-1);
  }

  @Test
  void findsTheFirstBadByte() {
    assertThat(bad(0x61, 0x80)).isEqualTo(1); // stray continuation
    assertThat(bad(0xC0, 0xAF)).isZero(); // overlong '/'
    assertThat(bad(0xE0, 0x80, 0xAF)).isZero(); // overlong three-byte
    assertThat(bad(0xED, 0xA0, 0x80)).isZero(); // surrogate U+D800
    assertThat(bad(0xF4, 0x90, 0x80, 0x80)).isZero(); // above U+10FFFF
    assertThat(bad(0x61, 0x62, 0xD0)).isEqualTo(2); // truncated at the end
    assertThat(bad(0xF5, 0x80, 0x80, 0x80)).isZero();
  }

  @Test
  void agreesWithTheJdkStrictDecoder() {
    SeededCases.run(20251219L, 2000, rnd -> agreesWithTheJdkStrictDecoder(bytes(rnd)));
  }

  private static void agreesWithTheJdkStrictDecoder(byte[] bytes) {
    boolean jdkValid;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      jdkValid = true;
    } catch (CharacterCodingException e) {
      jdkValid = false;
    }
    assertThat(Utf8.firstInvalid(bytes, 0, bytes.length) < 0).isEqualTo(jdkValid);
    char[] out = new char[bytes.length];
    int n = Utf8.decode(bytes, 0, bytes.length, out, false);
    assertThat(n >= 0).isEqualTo(jdkValid);
    if (jdkValid) {
      assertThat(new String(out, 0, n)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    } else {
      assertThat(-1 - n).isEqualTo(Utf8.firstInvalid(bytes, 0, bytes.length));
    }
    assertThat(Utf8.ascii(bytes, 0, bytes.length))
        .isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1).chars().allMatch(c -> c < 128));
  }

  @Test
  void decodeUndoublesQuotesWhenAsked() {
    byte[] b = "say \"\"да\"\"".getBytes(StandardCharsets.UTF_8);
    char[] out = new char[b.length];
    int n = Utf8.decode(b, 0, b.length, out, true);
    assertThat(new String(out, 0, n)).isEqualTo("say \"да\"");
  }

  /**
   * Up to 40 bytes: half the time uniformly random (nearly always invalid beyond a few bytes), half
   * the time UTF-8 of random code points cut at a random length, so that long valid inputs and
   * truncated sequences are checked too, and in half of those one byte is then replaced.
   */
  private static byte[] bytes(SplittableRandom rnd) {
    int n = SeededCases.between(rnd, 0, 40);
    if (rnd.nextBoolean()) {
      byte[] b = new byte[n];
      rnd.nextBytes(b);
      return b;
    }
    StringBuilder sb = new StringBuilder();
    while (sb.length() < n) {
      int cp = SeededCases.oneOf(rnd, 0x80, 0x800, 0x10000, 0x110000);
      cp = rnd.nextInt(cp);
      if (cp < 0xD800 || cp > 0xDFFF) {
        sb.appendCodePoint(cp);
      }
    }
    byte[] b = Arrays.copyOf(sb.toString().getBytes(StandardCharsets.UTF_8), n);
    if (n > 0 && rnd.nextBoolean()) {
      b[rnd.nextInt(n)] = (byte) rnd.nextInt(256);
    }
    return b;
  }

  private static int bad(int... v) {
    byte[] b = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = (byte) v[i];
    }
    return Utf8.firstInvalid(b, 0, b.length);
  }
}
