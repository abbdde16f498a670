package voxpop.themes;

/** Small dense-vector helpers shared by the stages. Stateless. */
final class VectorMath {
  private VectorMath() {}

  /** Scales {@code v[from, from + len)} to unit length; leaves a zero vector zero. */
  static void normalize(float[] v, int from, int len) {
    double s = 0;
    for (int k = from; k < from + len; k++) {
      s += (double) v[k] * v[k];
    }
    if (s > 0) {
      float inv = (float) (1.0 / Math.sqrt(s));
      for (int k = from; k < from + len; k++) {
        v[k] *= inv;
      }
    }
  }

  /** The dot product of {@code a[ao, ao + len)} and {@code b[bo, bo + len)}. */
  static float dot(float[] a, int ao, float[] b, int bo, int len) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int k = 0;
    for (; k + 3 < len; k += 4) {
      s0 += a[ao + k] * b[bo + k];
      s1 += a[ao + k + 1] * b[bo + k + 1];
      s2 += a[ao + k + 2] * b[bo + k + 2];
      s3 += a[ao + k + 3] * b[bo + k + 3];
    }
    for (; k < len; k++) {
      s0 += a[ao + k] * b[bo + k];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
