package voxpop.generate;

/**
 * The tiny changes campaign members make to the shared text: a greeting added, a thank-you or a
 * name appended, "!!!" instead of a full stop, one typo, the final mark dropped. Stateless.
 */
final class TinyEdit {
  private static final String[] GREETINGS = {
    "Здравствуйте! ", "Добрый день! ", "Владимир Владимирович, ", "Здравствуйте. ", "Добрый вечер! "
  };
  private static final String[] ENDINGS = {" Спасибо!", " Помогите!", " Очень ждём ответа.", "!!!"};

  private TinyEdit() {}

  /** A slightly changed copy of {@code text}, never longer than {@code maxLength}. */
  static String apply(String text, Rng rng, int maxLength) {
    String out;
    switch (rng.nextInt(5)) {
      case 0 -> out = rng.pick(GREETINGS) + text;
      case 1 -> out = text + rng.pick(ENDINGS);
      case 2 -> out = dropFinalMark(text);
      case 3 -> out = typo(text, rng);
      default -> out = text.toLowerCase(java.util.Locale.ROOT);
    }
    return out.length() <= maxLength && !out.equals(text) ? out : typo(text, rng);
  }

  private static String dropFinalMark(String text) {
    if (!text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return text.substring(0, text.length() - 1);
    }
    return text + "!";
  }

  /** Swaps two neighbouring letters inside a word, if the text has a word of 4 letters or more. */
  private static String typo(String text, Rng rng) {
    for (int attempt = 0; attempt < 8; attempt++) {
      int p = 1 + rng.nextInt(Math.max(1, text.length() - 3));
      if (p + 2 < text.length()
          && Character.isLetter(text.charAt(p - 1))
          && Character.isLetter(text.charAt(p))
          && Character.isLetter(text.charAt(p + 1))
          && Character.isLetter(text.charAt(p + 2))
          && text.charAt(p) != text.charAt(p + 1)) {
        return text.substring(0, p) + text.charAt(p + 1) + text.charAt(p) + text.substring(p + 2);
      }
    }
    return text;
  }
}
