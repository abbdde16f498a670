package voxpop.eval.data;

/**
 * A text with a yes/no label: spam or not, inappropriate or not.
 *
 * @param id the set's own id, or one made from the file and line
 * @param text the text
 * @param positive whether it is spam, inappropriate, ... (the set says which)
 */
public record BinaryText(String id, String text, boolean positive) {}
