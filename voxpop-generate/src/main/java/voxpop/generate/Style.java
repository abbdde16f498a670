package voxpop.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import voxpop.model.Language;

/**
 * The sentences around questions (greetings, sign-offs, wrappers such as "Скажите, {q}", operator
 * phrases, markers of a second question), read once from {@code style.txt}. Immutable and
 * thread-safe.
 */
final class Style {
  private static final List<String> PER_LANGUAGE =
      List.of(
          "greet",
          "sign",
          "ctx",
          "ask.q",
          "ask.r",
          "ask.rq",
          "also.q",
          "also.r",
          "second",
          "third",
          "callback");
  private static final List<String> RUSSIAN_ONLY =
      List.of(
          "ru.greet.chat",
          "ru.greet.web",
          "ru.sign.chat",
          "ru.sign.web",
          "sms.greet",
          "phone.intro",
          "phone.q",
          "phone.r",
          "phone.also.q",
          "phone.also.r",
          "phone.list",
          "phone.extra");

  private final Map<String, Node[]> sections = new HashMap<>();

  Style(Map<String, Node> fragments) {
    TemplateParser parser = new TemplateParser(fragments::get, RenderContext::accepts);
    ResourceText.sections("style.txt")
        .forEach(
            (name, lines) -> {
              Node[] nodes = new Node[lines.size()];
              for (int i = 0; i < nodes.length; i++) {
                try {
                  nodes[i] = parser.parse(lines.get(i).text());
                } catch (IllegalArgumentException e) {
                  throw lines.get(i).error(e.getMessage());
                }
              }
              sections.put(name, nodes);
            });
    for (Language l : List.of(Language.RU, Language.UK, Language.EN)) {
      for (String s : PER_LANGUAGE) {
        if (!(l == Language.RU && (s.equals("greet") || s.equals("sign")))) {
          require(l.code() + "." + s);
        }
      }
    }
    RUSSIAN_ONLY.forEach(this::require);
  }

  private void require(String name) {
    Node[] n = sections.get(name);
    if (n == null || n.length == 0) {
      throw new IllegalStateException("style.txt: section '" + name + "' is missing or empty");
    }
  }

  /** The lines of a section such as {@code ru.ask.q} or {@code phone.intro}. */
  Node[] get(String name) {
    Node[] n = sections.get(name);
    if (n == null) {
      throw new IllegalArgumentException("no style section " + name);
    }
    return n;
  }

  /** The lines of {@code lang.part}, such as {@code uk.ask.q}. */
  Node[] get(Language lang, String part) {
    return get(lang.code() + "." + part);
  }
}
