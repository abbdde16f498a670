package voxpop.eval.data;

import java.util.Objects;

/**
 * One text of a clustering data set with its true labels.
 *
 * @param id the set's own id, or one made from the file and line where the set has none
 * @param text the text as the set gives it
 * @param label the fine label (intent, theme); empty for an unlabelled set
 * @param coarseLabel the coarse label (domain, category); the fine label again for a set with one
 *     level; empty for an unlabelled set
 */
public record LabelledText(String id, String text, String label, String coarseLabel) {
  public LabelledText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(coarseLabel, "coarseLabel");
  }
}
