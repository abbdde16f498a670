package voxpop.generate;

/**
 * One phrasing of a question or of a sentence around it, compiled, with what it is.
 *
 * @param node the compiled template
 * @param kind how the composer may use it
 * @param source where it was written ({@code file:line}), for error messages and tests
 */
record Template(Node node, Kind kind, String source) {
  /** The uses of a template line, by its prefix in the theme files. */
  enum Kind {
    /** {@code ?}: an indirect-question body, "когда вернут индексацию". */
    QUESTION,
    /** {@code !}: an infinitive request body, "вернуть индексацию". */
    REQUEST,
    /** {@code s}: a terse SMS text, at most 70 characters as rendered. */
    SMS,
    /** {@code =}: a first-person sentence of context, "Я работаю и получаю пенсию". */
    CONTEXT,
    /** {@code ~}: a third-person sentence of context as an operator types it. */
    REPORTED
  }
}
