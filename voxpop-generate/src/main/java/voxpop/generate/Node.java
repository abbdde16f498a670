package voxpop.generate;

/**
 * A compiled phrase template: literal text, alternatives, slots and gender- or person-dependent
 * forms. Parsed once by {@link TemplateParser}, rendered millions of times without allocating
 * beyond the output builder. Immutable and thread-safe.
 */
public sealed interface Node {
  /** Appends one rendering to {@code out}, drawing choices and slot values from {@code r}. */
  void render(Renderer r, StringBuilder out);

  /** Literal text. */
  record Text(String text) implements Node {
    @Override
    public void render(Renderer r, StringBuilder out) {
      out.append(text);
    }
  }

  /** Parts rendered one after another. */
  record Seq(Node[] parts) implements Node {
    @Override
    public void render(Renderer r, StringBuilder out) {
      for (Node part : parts) {
        part.render(r, out);
      }
    }
  }

  /** {@code {a|b|c}}: one of the options. */
  record Choice(Node[] options) implements Node {
    @Override
    public void render(Renderer r, StringBuilder out) {
      options[r.choose(options.length)].render(r, out);
    }
  }

  /**
   * {@code {name}}, {@code {name:lo-hi}} or {@code {name:lo-hi:one/few/many}}: a value supplied by
   * the renderer (a town, a number with its noun...). A capitalised name ({@code {Town}})
   * capitalises the first letter of the value. The arguments are parsed once, here.
   */
  record Slot(String name, boolean capitalise, int lo, int hi, String[] forms) implements Node {
    @Override
    public void render(Renderer r, StringBuilder out) {
      int start = out.length();
      r.slot(this, out);
      if (capitalise && out.length() > start) {
        out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
      }
    }

    /** Whether a numeric range was given. */
    public boolean hasRange() {
      return hi >= lo && !(lo == 0 && hi == -1);
    }
  }

  /** {@code {g:male|female}}: the form that agrees with the sender's gender. */
  record Gendered(Node male, Node female) implements Node {
    @Override
    public void render(Renderer r, StringBuilder out) {
      (r.female() ? female : male).render(r, out);
    }
  }

  /**
   * {@code {p:first|he|she}}: the first-person form when the sender writes, the third-person form
   * when an operator writes about the sender.
   */
  record Person(Node first, Node male, Node female) implements Node {
    @Override
    public void render(Renderer r, StringBuilder out) {
      (r.firstPerson() ? first : r.female() ? female : male).render(r, out);
    }
  }
}
