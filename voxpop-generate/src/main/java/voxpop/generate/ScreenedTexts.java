package voxpop.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import voxpop.model.Language;

/**
 * Texts that screening must catch: advertising and spam with links, handles and phone numbers;
 * obscene and abusive messages (Russian mat in many inflected, prefixed and obfuscated forms,
 * English obscenities, abuse wrapped around a real complaint); gibberish; and empty messages. The
 * phrasings come from {@code screened.txt}; gibberish is made from keyboard runs and random
 * letters. Not thread-safe.
 */
final class ScreenedTexts {
  private static final String[] EMPTY = {
    "", "", " ", ".", "…", "...", "?", "??", "!!!", "-", "+", ")))", "👍", "🙏🙏", "😡😡😡", "\n",
    "?!", "..", "👋", "🤔", "ок?", "&nbsp;"
  };
  private static final String[] KEYBOARD = {
    "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "qwertyuiop", "asdfghjkl", "zxcvbnm"
  };
  private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
  private static final String LETTERS = "абвгдежзийклмнопрстуфхцчшщыэюя";

  private final Map<String, Node[]> sections = new HashMap<>();
  private final String[] roots;
  private final RenderContext ctx;
  private final Rng rng = new Rng(0);
  private final StringBuilder sb = new StringBuilder(256);

  ScreenedTexts(Map<String, Node> globalFragments, RenderContext ctx) {
    this.ctx = ctx;
    Map<String, List<ResourceText.Line>> s = ResourceText.sections("screened.txt");
    Map<String, Node> fragments = new HashMap<>(globalFragments);
    TemplateParser parser = new TemplateParser(fragments::get, RenderContext::accepts);
    for (ResourceText.Line line : s.get("defs")) {
      String[] def = line.text().substring("define ".length()).split("\\s*=\\s*", 2);
      fragments.put(def[0].strip(), parse(parser, line, def[1]));
    }
    for (String name :
        List.of("spam.ru", "spam.en", "spam.sms", "abuse.ru", "abuse.en", "abuse.wrap")) {
      List<ResourceText.Line> lines = s.get(name);
      if (lines == null || lines.isEmpty()) {
        throw new IllegalStateException("screened.txt: section '" + name + "' is missing");
      }
      sections.put(name, lines.stream().map(l -> parse(parser, l, l.text())).toArray(Node[]::new));
    }
    roots = s.get("roots").stream().map(ResourceText.Line::text).toArray(String[]::new);
  }

  private static Node parse(TemplateParser parser, ResourceText.Line line, String src) {
    try {
      return parser.parse(src);
    } catch (IllegalArgumentException e) {
      throw line.error(e.getMessage());
    }
  }

  /** Advertising or spam in the given language; SMS spam is short. */
  String spam(Sender sender, Language lang, boolean sms, long seed) {
    String section = sms ? "spam.sms" : lang == Language.EN ? "spam.en" : "spam.ru";
    return render(sections.get(section), sender, seed);
  }

  /**
   * An obscene or abusive message; with {@code complaint} non-null, abuse wrapped around that real
   * question. Obscene words are obfuscated now and then (х*й, xуй, б л я).
   */
  String abuse(Sender sender, Language lang, String complaint, long seed) {
    ctx.begin(sender, true, 0, seed);
    ctx.part(seed);
    sb.setLength(0);
    if (complaint != null) {
      ctx.render(pick(sections.get("abuse.wrap")), new Node.Text(complaint), sb);
    } else {
      pick(sections.get(lang == Language.EN ? "abuse.en" : "abuse.ru")).render(ctx, sb);
    }
    rng.reseed(Rng.mix(seed, 0xAB));
    return obfuscate(sb.toString());
  }

  /** Keyboard mashes and random letters; {@code latin} picks the alphabet. */
  String gibberish(boolean latin, long seed) {
    rng.reseed(seed);
    sb.setLength(0);
    int words = 1 + rng.nextInt(4);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      switch (rng.nextInt(latin ? 2 : 4)) {
        case 0 -> {
          String row = KEYBOARD[(latin ? 3 : 0) + rng.nextInt(3)];
          int from = rng.nextInt(row.length() - 3);
          sb.append(row, from, from + 3 + rng.nextInt(row.length() - from - 2));
        }
        case 1 -> {
          String letters = latin ? "bcdfghjklmnpqrstvwxz" : CONSONANTS;
          for (int i = 3 + rng.nextInt(9); i > 0; i--) {
            sb.append(letters.charAt(rng.nextInt(letters.length())));
          }
        }
        case 2 ->
            sb.append(
                String.valueOf(LETTERS.charAt(rng.nextInt(LETTERS.length())))
                    .repeat(4 + rng.nextInt(8)));
        default -> {
          for (int i = 4 + rng.nextInt(10); i > 0; i--) {
            sb.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
          }
        }
      }
    }
    return rng.chance(0.2) ? sb.toString().toUpperCase(Locale.ROOT) : sb.toString();
  }

  /** An empty or content-free message: nothing, a dot, a question mark, emoji only. */
  String empty(long seed) {
    rng.reseed(seed);
    return rng.pick(EMPTY);
  }

  private String render(Node[] options, Sender sender, long seed) {
    ctx.begin(sender, true, 0, seed);
    ctx.part(seed);
    sb.setLength(0);
    pick(options).render(ctx, sb);
    return sb.toString();
  }

  private String obfuscate(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && Noise.isLetter(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        out.append(text.charAt(i++));
        continue;
      }
      String word = text.substring(i, end);
      out.append(isObscene(word) && rng.chance(0.3) ? Obfuscation.apply(word, rng) : word);
      i = end;
    }
    return out.toString();
  }

  private boolean isObscene(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String r : roots) {
      if (w.contains(r)) {
        return true;
      }
    }
    return false;
  }

  private Node pick(Node[] items) {
    return items[ctx.choose(items.length)];
  }
}
