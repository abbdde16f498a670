package voxpop.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;

/** Recognises gzip by its magic bytes, whatever a file or request calls itself. */
final class Gzip {
  private Gzip() {}

  /** The stream itself, or a gunzipping view of it when it starts with the gzip magic bytes. */
  static InputStream ungzip(InputStream in) throws IOException {
    PushbackInputStream pb = new PushbackInputStream(in, 2);
    byte[] magic = new byte[2];
    int n = pb.readNBytes(magic, 0, 2);
    if (n > 0) {
      pb.unread(magic, 0, n);
    }
    if (n == 2 && magic[0] == (byte) 0x1f && magic[1] == (byte) 0x8b) {
      return new GZIPInputStream(pb, 1 << 16);
    }
    return pb;
  }
}
