package voxpop.eval.data;

import java.util.List;

/**
 * A rude text and the neutral rewrites of the same message that people wrote for it.
 *
 * @param id the split and the row, such as {@code train-12}
 * @param toxic the rude text
 * @param neutral its non-empty neutral rewrites (none in the test split)
 */
public record DetoxText(String id, String toxic, List<String> neutral) {
  public DetoxText {
    neutral = List.copyOf(neutral);
  }
}
