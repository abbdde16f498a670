package voxpop.io;

import java.io.ByteArrayInputStream;
import java.util.Random;

/**
 * Test helper: hands out at most a few bytes per read, so that every refill, shift and growth path
 * of the parsers runs on small inputs.
 */
final class TrickleInputStream extends ByteArrayInputStream {
  private final Random random;
  private final int maxChunk;

  TrickleInputStream(byte[] bytes, long seed, int maxChunk) {
    super(bytes);
    this.random = new Random(seed);
    this.maxChunk = maxChunk;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) {
    return super.read(b, off, Math.min(len, 1 + random.nextInt(maxChunk)));
  }
}
