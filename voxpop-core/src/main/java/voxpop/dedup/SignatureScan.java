package voxpop.dedup;

import voxpop.terms.TermDocs;

/**
 * Per intake position, the word count and a 32-bit Bloom signature of the question's stems, so that
 * a scan through a campaign's hours for copies that left its group (a text holding all the campaign
 * text's stems and a few more) reads two compact arrays in order and touches a question's stems
 * only when both fit. Immutable.
 */
final class SignatureScan {
  private final byte[] lengthAt;
  private final int[] signatureAt;

  SignatureScan(Intake intake, TermDocs terms, int[] distinctOfQuestion) {
    int distinct = terms.size();
    int[] flat = terms.flatTerms();
    int[] signature = new int[distinct];
    for (int d = 0; d < distinct; d++) {
      int bits = 0;
      for (int i = terms.offset(d), end = terms.offset(d + 1); i < end; i++) {
        bits |= bit(flat[i]);
      }
      signature[d] = bits;
    }
    lengthAt = new byte[intake.size()];
    signatureAt = new int[intake.size()];
    for (int p = 0; p < intake.size(); p++) {
      int d = distinctOfQuestion[intake.question(p)];
      if (d >= 0) {
        lengthAt[p] = (byte) Math.min(terms.length(d), Byte.MAX_VALUE);
        signatureAt[p] = signature[d];
      }
    }
  }

  /** The signature of a set of stems. */
  static int signature(int[] stems) {
    int bits = 0;
    for (int stem : stems) {
      bits |= bit(stem);
    }
    return bits;
  }

  private static int bit(int stem) {
    return 1 << ((stem * 0x9E3779B9) >>> 27);
  }

  /**
   * Whether the question at position {@code p} may hold every stem of a set of {@code size} stems
   * with signature {@code mask} and more besides (a text of more words whose bits cover the mask).
   */
  boolean mayHoldMore(int p, int size, int mask) {
    return lengthAt[p] > size && (signatureAt[p] & mask) == mask;
  }
}
