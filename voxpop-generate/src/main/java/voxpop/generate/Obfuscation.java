package voxpop.generate;

/**
 * How people disguise obscene words from filters: a vowel replaced by {@code *} or {@code @} (х*й),
 * Latin look-alike letters (xуй, eбать), digits for letters (6ля), letters spaced or dotted out (б
 * л я, п.и.з.д.е.ц).
 */
final class Obfuscation {
  private static final String VOWELS = "аеёиоуыэюяaeiou";
  private static final String CYR = "аеорсхук";
  private static final String LAT = "aeopcxyk";

  private Obfuscation() {}

  static String apply(String word, Rng rng) {
    StringBuilder sb = new StringBuilder(word.length() * 2);
    switch (rng.nextInt(4)) {
      case 0 -> {
        sb.append(word);
        for (int i = 1; i < sb.length(); i++) {
          if (VOWELS.indexOf(Character.toLowerCase(sb.charAt(i))) >= 0) {
            sb.setCharAt(i, rng.chance(0.8) ? '*' : '@');
            break;
          }
        }
      }
      case 1 -> {
        for (int i = 0; i < word.length(); i++) {
          char c = word.charAt(i);
          int k = CYR.indexOf(c);
          sb.append(k >= 0 && rng.chance(0.6) ? LAT.charAt(k) : c);
        }
      }
      case 2 -> {
        for (int i = 0; i < word.length(); i++) {
          char c = word.charAt(i);
          sb.append(c == 'б' ? '6' : c == 'з' ? '3' : c == 'ч' ? '4' : c);
        }
      }
      default -> {
        char sep = rng.nextBoolean() ? ' ' : '.';
        for (int i = 0; i < word.length(); i++) {
          if (i > 0) {
            sb.append(sep);
          }
          sb.append(word.charAt(i));
        }
      }
    }
    return sb.toString();
  }
}
