package voxpop.themes;

/**
 * Dense row vectors stored row after row in one array, as the clustering stages read them.
 *
 * @param rows the number of vectors
 * @param dimension the length of each vector
 * @param data {@code rows * dimension} values; row {@code i} starts at {@code i * dimension}
 */
public record Vectors(int rows, int dimension, float[] data) {
  public Vectors {
    if ((long) rows * dimension != data.length) {
      throw new IllegalArgumentException(
          "expected " + rows + " x " + dimension + " values, got " + data.length);
    }
  }

  /** {@code rows} zero vectors of length {@code dimension}. */
  public static Vectors zeros(int rows, int dimension) {
    return new Vectors(rows, dimension, new float[Math.multiplyExact(rows, dimension)]);
  }

  /** The dot product of rows {@code a} and {@code b}. */
  public float dot(int a, int b) {
    float s = 0;
    int oa = a * dimension;
    int ob = b * dimension;
    for (int k = 0; k < dimension; k++) {
      s += data[oa + k] * data[ob + k];
    }
    return s;
  }
}
