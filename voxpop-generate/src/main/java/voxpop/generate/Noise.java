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

  private void typos(double rate) {
    int i = 0;
    while (i < sb.length()) {
      if (!Character.isLetter(sb.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < sb.length() && Character.isLetter(sb.charAt(end))) {
        end++;
      }
      if (end - i >= 4 && rng.chance(rate)) {
        end += typo(i, end);
      }
      i = end;
    }
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
