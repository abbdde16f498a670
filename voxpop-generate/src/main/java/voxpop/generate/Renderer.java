package voxpop.generate;

/** What a {@link Node} asks of the one rendering it: choices, slot values, gender and person. */
public interface Renderer {
  /** Chooses one of {@code n} alternatives. */
  int choose(int n);

  /** Appends the value of a slot such as {@code town.loc} or {@code num:1-20}. */
  void slot(Node.Slot slot, StringBuilder out);

  /** Whether the sender is a woman (decides gendered verb and noun forms). */
  boolean female();

  /** Whether the sender writes in the first person (false when an operator writes about them). */
  boolean firstPerson();
}
