package voxpop.eval.data;

/**
 * Two texts and how they relate.
 *
 * @param id the set's own pair id
 * @param first the first text
 * @param second the second text
 * @param label the relation as the loader documents it: {@link #NON}, {@link #LOOSE}, {@link
 *     #STRICT} for paraphrases; {@link #DUPLICATE} or {@link #NON} for question pairs
 */
public record TextPair(String id, String first, String second, String label) {
  public static final String NON = "non";
  public static final String LOOSE = "loose";
  public static final String STRICT = "strict";
  public static final String DUPLICATE = "duplicate";
}
