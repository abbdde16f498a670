package voxpop.generate;

import java.util.Locale;

/**
 * What people and keyboards do to texts: typos (swapped, dropped, doubled or neighbouring-key
 * letters), a lower-case start, a missing final mark or commas, ALL CAPS, "!!!" and "???", emoji,
 * and in web forms the HTML tags and entities that editors paste. Rates depend on the channel; an
 * operator types cleanly. Question marks that separate the questions of a multi-question appeal are
 * kept. Not thread-safe.
 */
final class Noise {
  /** The noise profile of a channel. */
  enum Level {
    PHONE(0.003, 0, 0, 0, 0, 0, 0),
    SMS(0.03, 0, 0, 0, 0.03, 0, 0),
    CHAT(0.025, 0.3, 0.25, 0.2, 0.02, 0.07, 0.12),
    SOCIAL(0.03, 0.4, 0.3, 0.3, 0.04, 0.1, 0.15),
    WEB(0.008, 0.03, 0.05, 0.05, 0.01, 0.03, 0);

    final double typo;
    final double lowerStart;
    final double dropFinal;
    final double dropCommas;
    final double caps;
    final double shout;
    final double emoji;

    Level(
        double typo,
        double lowerStart,
        double dropFinal,
        double dropCommas,
        double caps,
        double shout,
        double emoji) {
      this.typo = typo;
      this.lowerStart = lowerStart;
      this.dropFinal = dropFinal;
      this.dropCommas = dropCommas;
      this.caps = caps;
      this.shout = shout;
      this.emoji = emoji;
    }
  }

  private static final String[] ROWS = {
    "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "qwertyuiop", "asdfghjkl", "zxcvbnm"
  };

  private final Rng rng = new Rng(0);
  private final Lexicon lexicon;
  private final StringBuilder sb = new StringBuilder(512);

  Noise(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  String apply(String text, Level level, boolean keepQuestionMarks, long seed) {
    rng.reseed(Rng.mix(seed, 0x7015E));
    sb.setLength(0);
    sb.append(text);
    if (level.typo > 0) {
      typos(level.typo);
    }
    if (sb.isEmpty()) {
      return "";
    }
    if (rng.chance(level.dropCommas)) {
      removeAll(',');
    }
    if (rng.chance(level.lowerStart)) {
      sb.setCharAt(0, Character.toLowerCase(sb.charAt(0)));
    }
    char last = sb.charAt(sb.length() - 1);
    boolean mark = last == '.' || last == '!' || last == '?';
    if (mark && rng.chance(level.dropFinal) && !(keepQuestionMarks && last == '?')) {
      sb.setLength(sb.length() - 1);
    } else if (mark && last != '.' && rng.chance(level.shout)) {
      sb.append(last).append(last);
    }
    if (rng.chance(level.emoji)) {
      sb.append(' ').append(rng.pick(rng.nextBoolean() ? lexicon.angryEmoji : lexicon.emoji));
    }
    String out = sb.toString();
    if (rng.chance(level.caps)) {
      out = out.toUpperCase(Locale.ROOT);
    }
    if (level == Level.WEB && rng.chance(0.08)) {
      out = html(out);
    }
    return out;
  }

  /**
   * Puts typos into about {@code rate} of the words of four letters or more. Rather than test every
   * word, it draws how many typos the text gets (Poisson, from its length at about 7 characters a
   * word) and where: the cost is in the typos, not in the length of the text.
   */
  private void typos(double rate) {
    int k = poisson(rate * sb.length() / 7.0);
    for (int n = 0; n < k && !sb.isEmpty(); n++) {
      int p = rng.nextInt(sb.length());
      if (!isLetter(sb.charAt(p))) {
        continue;
      }
      int from = p;
      while (from > 0 && isLetter(sb.charAt(from - 1))) {
        from--;
      }
      int to = p;
      while (to < sb.length() && isLetter(sb.charAt(to))) {
        to++;
      }
      if (to - from >= 4) {
        typo(from, to);
      }
    }
  }

  /** A Poisson-distributed count with mean {@code lambda} (Knuth's method; lambda is small). */
  private int poisson(double lambda) {
    double limit = Math.exp(-lambda);
    double product = rng.nextDouble();
    int k = 0;
    while (product > limit) {
      k++;
      product *= rng.nextDouble();
    }
    return k;
  }

  /** A fast path for the Latin and Cyrillic letters of the corpus; other scripts ask the JDK. */
  static boolean isLetter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (c >= 'А' && c <= 'я') {
      return true;
    }
    return c == 'ё' || c == 'Ё' || Character.isLetter(c);
  }

  /** Applies one typo inside the word {@code [from, to)}; returns the change of length. */
  private int typo(int from, int to) {
    int p = from + 1 + rng.nextInt(to - from - 2);
    char c = sb.charAt(p);
    switch (rng.nextInt(4)) {
      case 0 -> {
        sb.setCharAt(p, sb.charAt(p + 1));
        sb.setCharAt(p + 1, c);
        return 0;
      }
      case 1 -> {
        sb.deleteCharAt(p);
        return -1;
      }
      case 2 -> {
        sb.insert(p, c);
        return 1;
      }
      default -> {
        sb.setCharAt(p, neighbour(c));
        return 0;
      }
    }
  }

  private char neighbour(char c) {
    for (String row : ROWS) {
      int k = row.indexOf(c);
      if (k >= 0) {
        int j = k == 0 ? 1 : k == row.length() - 1 ? k - 1 : k + (rng.nextBoolean() ? 1 : -1);
        return row.charAt(j);
      }
    }
    return c;
  }

  private void removeAll(char c) {
    int w = 0;
    for (int r = 0; r < sb.length(); r++) {
      if (sb.charAt(r) != c) {
        sb.setCharAt(w++, sb.charAt(r));
      }
    }
    sb.setLength(w);
  }

  private String html(String s) {
    return switch (rng.nextInt(4)) {
      case 0 -> "<p>" + s.replace("\n", "</p><p>") + "</p>";
      case 1 -> s.replace("\n", "<br>\n");
      case 2 ->
          s.replace(" — ", " &mdash; ")
              .replace(", ", ",&nbsp;")
              .replace("«", "&laquo;")
              .replace("»", "&raquo;");
      default -> "<div>" + s.replace("\"", "&quot;").replace("\n", "<br/>") + "</div>";
    };
  }
}
