package voxpop.eval.data;

import java.util.List;

/**
 * A text with any number of labels, such as sensitive topics.
 *
 * @param id the file and the row
 * @param text the text
 * @param labels its labels (possibly none), in the set's column order
 */
public record MultiLabelText(String id, String text, List<String> labels) {
  public MultiLabelText {
    labels = List.copyOf(labels);
  }
}
