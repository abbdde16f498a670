package voxpop.generate;

/**
 * Russian to Latin letters, in the simple passport style most people type ("Железногорск" →
 * "Zheleznogorsk"), for place and personal names inside English texts and e-mail addresses.
 */
final class Transliteration {
  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  private static final String[] LATIN = {
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
  };

  private Transliteration() {}

  static String latin(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char lower = Character.toLowerCase(c);
      int k = CYRILLIC.indexOf(lower);
      if (k < 0) {
        out.append(c);
        continue;
      }
      String l = LATIN[k];
      if (c != lower && !l.isEmpty()) {
        out.append(Character.toUpperCase(l.charAt(0))).append(l, 1, l.length());
      } else {
        out.append(l);
      }
    }
    return out.toString();
  }
}
