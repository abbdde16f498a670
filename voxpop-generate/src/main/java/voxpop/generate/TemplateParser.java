package voxpop.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the template language of the corpus resources into {@link Node}s.
 *
 * <ul>
 *   <li>{@code {a|b|}}: one of the alternatives (an empty one makes the part optional);
 *   <li>{@code {town.loc}}, {@code {num:1-20}}: a slot; {@code {Town}} capitalises it;
 *   <li>{@code {g:обратился|обратилась}}: by the sender's gender;
 *   <li>{@code {p:мне|ему|ей}}: first person, or third person (he, she) when an operator writes;
 *   <li>{@code {@name}}: a shared fragment defined elsewhere.
 * </ul>
 *
 * Alternatives nest. Thread-safe (stateless apart from its lookups).
 */
public final class TemplateParser {
  private static final Pattern SLOT =
      Pattern.compile("([A-Za-z][A-Za-z0-9_.]*)(?::(\\d+)-(\\d+)(?::([^|{}:]+))?)?");

  private final Function<String, Node> fragments;
  private final Predicate<Node.Slot> knownSlot;

  /**
   * @param fragments resolves {@code {@name}} (returns null for an unknown name)
   * @param knownSlot accepts the slots (lower-case name, arguments) the renderer can fill
   */
  public TemplateParser(Function<String, Node> fragments, Predicate<Node.Slot> knownSlot) {
    this.fragments = fragments;
    this.knownSlot = knownSlot;
  }

  /**
   * Compiles one template.
   *
   * @throws IllegalArgumentException with the column of an unbalanced brace, an unknown slot or
   *     fragment, or a brace group that holds a single alternative
   */
  public Node parse(String src) {
    int[] pos = {0};
    Node n = sequence(src, pos, false);
    if (pos[0] < src.length()) {
      throw new IllegalArgumentException("unexpected '" + src.charAt(pos[0]) + "' at " + pos[0]);
    }
    return n;
  }

  private Node sequence(String s, int[] pos, boolean inGroup) {
    List<Node> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (pos[0] < s.length()) {
      char c = s.charAt(pos[0]);
      if (c == '}' || c == '|') {
        if (!inGroup) {
          throw new IllegalArgumentException("unbalanced '" + c + "' at " + pos[0]);
        }
        break;
      }
      if (c == '{') {
        flush(text, parts);
        parts.add(group(s, pos));
      } else {
        text.append(c);
        pos[0]++;
      }
    }
    flush(text, parts);
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return new Node.Seq(parts.toArray(Node[]::new));
  }

  private static void flush(StringBuilder text, List<Node> parts) {
    if (!text.isEmpty()) {
      parts.add(new Node.Text(text.toString()));
      text.setLength(0);
    }
  }

  private Node group(String s, int[] pos) {
    int open = pos[0]++;
    int close = matching(s, open);
    String body = s.substring(open + 1, close);
    if (body.startsWith("@")) {
      Node f = fragments.apply(body.substring(1));
      if (f == null) {
        throw new IllegalArgumentException("unknown fragment {" + body + "} at " + open);
      }
      pos[0] = close + 1;
      return f;
    }
    if (SLOT.matcher(body).matches() && !body.startsWith("g:") && !body.startsWith("p:")) {
      pos[0] = close + 1;
      return slot(body, open);
    }
    boolean gender = body.startsWith("g:");
    boolean person = body.startsWith("p:");
    if (gender || person) {
      pos[0] += 2;
    }
    List<Node> options = new ArrayList<>();
    while (true) {
      options.add(sequence(s, pos, true));
      char c = s.charAt(pos[0]++);
      if (c == '}') {
        break;
      }
    }
    if (gender) {
      require(options.size() == 2, "{g:male|female} needs 2 forms", open);
      return new Node.Gendered(options.get(0), options.get(1));
    }
    if (person) {
      require(options.size() == 3, "{p:first|he|she} needs 3 forms", open);
      return new Node.Person(options.get(0), options.get(1), options.get(2));
    }
    require(options.size() > 1, "unknown slot or single alternative {" + body + "}", open);
    return new Node.Choice(options.toArray(Node[]::new));
  }

  private Node slot(String body, int at) {
    Matcher m = SLOT.matcher(body);
    if (!m.matches()) {
      throw new IllegalArgumentException("malformed slot {" + body + "} at " + at);
    }
    String name = m.group(1);
    boolean cap = Character.isUpperCase(name.charAt(0));
    String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    int lo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int hi = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
    require(m.group(2) == null || lo <= hi, "empty range in {" + body + "}", at);
    String[] forms = m.group(4) == null ? new String[0] : m.group(4).split("/", -1);
    require(forms.length == 0 || forms.length == 3, "{n:lo-hi:one/few/many} needs 3 forms", at);
    Node.Slot slot = new Node.Slot(lower, cap, lo, hi, forms);
    require(knownSlot.test(slot), "unknown slot or wrong arguments {" + body + "}", at);
    return slot;
  }

  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced '{' at " + open);
  }

  private static void require(boolean ok, String message, int at) {
    if (!ok) {
      throw new IllegalArgumentException(message + " at " + at);
    }
  }
}
