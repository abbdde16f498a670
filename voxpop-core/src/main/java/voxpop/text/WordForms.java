package voxpop.text;

import java.util.List;
import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import voxpop.model.Language;

/**
 * A guess at the part of speech and the case of one written word, for labels that should start with
 * a noun in the nominative. Ukrainian asks the morfologik dictionary that the analyzer already
 * loads; Russian has no dictionary here, so it reads the ending, in the manner of the Snowball
 * Russian stemmer's suffix classes (verb, adjectival, noun endings), with the common nouns those
 * endings would mistake listed as exceptions; other languages do not inflect for case and every
 * word counts as a nominative noun. A guess on one form is rough; callers pool the guesses of all
 * forms of a stem. Thread-safe.
 */
public final class WordForms {
  /** The part of speech, as far as a label needs it. */
  public enum Kind {
    NOUN,
    ADJECTIVE,
    VERB,
    OTHER
  }

  /**
   * The guess for one word.
   *
   * @param kind its part of speech
   * @param caseRank 0 when the form reads as a nominative, up to 4 when it is surely oblique
   */
  public record Guess(Kind kind, int caseRank) {}

  /**
   * The rank of a form that reads as a nominative, and of one whose case cannot be told (nouns of
   * languages without case).
   */
  public static final int NOMINATIVE = 0;

  /** The rank of a form that is surely oblique. */
  public static final int OBLIQUE = 4;

  private static final Guess NOUN = new Guess(Kind.NOUN, NOMINATIVE);
  private static final Guess VERB = new Guess(Kind.VERB, OBLIQUE);
  private static final Guess OTHER = new Guess(Kind.OTHER, OBLIQUE);

  private static final ThreadLocal<DictionaryLookup> UK_LOOKUP =
      ThreadLocal.withInitial(() -> new DictionaryLookup(LanguageProfiles.ukrainian()));

  /** Nouns whose endings read as an infinitive, a present or a past tense. */
  private static final Set<String> NOT_VERBS =
      Set.of(
          "мать", "сеть", "путь", "суть", "нить", "печать", "кровать", "знать", "ночь", "дочь",
          "речь", "печь", "приют", "уют", "салют", "валют", "парашют", "смесь", "вести", "ось",
          "рысь", "лось");

  /** Nouns in "-ит" after a consonant, which would read as a present tense. */
  private static final Set<String> IT_NOUNS =
      Set.of(
          "кредит",
          "лимит",
          "визит",
          "депозит",
          "транзит",
          "аппетит",
          "гепатит",
          "магнит",
          "гранит",
          "бандит",
          "алфавит",
          "реквизит",
          "паразит",
          "менингит",
          "колит",
          "габарит");

  /** Pieces of fixed expressions that no label starts with: "до сих пор", "в том числе". */
  private static final Set<String> NOT_CONTENT = Set.of("сих", "пор", "числе", "том", "ради");

  /** Endings before a past-tense "-л(а|о|и)" that belong to nouns: капитал, отдел, жители. */
  private static final List<String> PAST_NOUN_ENDS =
      List.of(
          "тал", "нал", "зал", "иал", "уал", "двал", "провал", "еревал", "завал", "тервал", "дел",
          "рел", "бел", "ерал", "ирал", "ител", "ател", "мобил", "правил", "могил", "недел",
          "модел", "детал", "медал", "стрел", "сил", "сел", "тел", "пол", "стол");

  private static final List<String> ADJECTIVE_ENDS =
      List.of(
          "ыми", "ими", "ого", "его", "ому", "ему", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые",
          "ие", "ым", "им", "ых", "их", "ую", "юю");

  private static final List<String> OBLIQUE_NOUN_ENDS =
      List.of(
          "иями", "ией", "ием", "иям", "иях", "ию", "ами", "ями", "ом", "ем", "ам", "ям", "ах",
          "ях", "ов", "ев", "ой", "ей", "ью", "у", "ю");

  private WordForms() {}

  /**
   * Guesses {@code word}, lower-cased with {@code ё} folded to {@code е} as the term extractor
   * gives it.
   */
  public static Guess guess(String word, Language language) {
    if (word.isEmpty() || !allLetters(word)) {
      return NOUN;
    }
    return switch (language == null ? Language.OTHER : language) {
      case RU -> russian(word);
      case UK -> ukrainian(word);
      case EN, OTHER -> NOUN;
    };
  }

  private static Guess ukrainian(String word) {
    List<WordData> found = UK_LOOKUP.get().lookup(word);
    if (found.isEmpty()) {
      return NOUN;
    }
    Kind kind = null;
    boolean nominative = false;
    for (WordData wd : found) {
      String tags = String.valueOf(wd.getTag());
      Kind k =
          tags.startsWith("noun")
              ? Kind.NOUN
              : tags.startsWith("adj")
                  ? Kind.ADJECTIVE
                  : tags.startsWith("verb") ? Kind.VERB : Kind.OTHER;
      if (kind == null || k.ordinal() < kind.ordinal()) {
        kind = k;
        nominative = false;
      }
      if (k == kind && tags.contains("v_naz")) {
        nominative = true;
      }
    }
    if (kind == Kind.NOUN || kind == Kind.ADJECTIVE) {
      return new Guess(kind, nominative ? NOMINATIVE : OBLIQUE);
    }
    return kind == Kind.VERB ? VERB : OTHER;
  }

  private static Guess russian(String w) {
    if (w.length() <= 2 || NOT_CONTENT.contains(w)) {
      return OTHER;
    }
    if (isRussianVerb(w)) {
      return VERB;
    }
    if (isRussianAdjective(w)) {
      boolean nominative =
          w.endsWith("ый")
              || w.endsWith("ий")
              || w.endsWith("ая")
              || w.endsWith("яя")
              || w.endsWith("ое")
              || w.endsWith("ее")
              || w.endsWith("ые")
              || w.endsWith("ие");
      return new Guess(Kind.ADJECTIVE, nominative ? NOMINATIVE : w.endsWith("ой") ? 1 : OBLIQUE);
    }
    return new Guess(Kind.NOUN, russianNounRank(w));
  }

  /** How nominative a Russian noun form reads by its ending alone (0 nominative, 4 oblique). */
  private static int russianNounRank(String w) {
    if (w.endsWith("ия") || w.endsWith("ие") || w.endsWith("ье") || w.endsWith("рий")) {
      return NOMINATIVE;
    }
    if (w.endsWith("ий") && w.length() > 4) {
      return OBLIQUE; // the genitive plural of nouns in -ия/-ие: операций, отношений
    }
    for (String end : OBLIQUE_NOUN_ENDS) {
      if (w.endsWith(end) && w.length() > end.length() + 1) {
        return OBLIQUE;
      }
    }
    char last = w.charAt(w.length() - 1);
    return switch (last) {
      case 'ы', 'и' -> 1;
      case 'е' -> 2;
      default -> NOMINATIVE;
    };
  }

  private static boolean isRussianVerb(String w) {
    if (NOT_VERBS.contains(w) || w.endsWith("сеть") || w.endsWith("ости")) {
      return false;
    }
    int n = w.length();
    String core = w.endsWith("ся") || w.endsWith("сь") ? w.substring(0, n - 2) : w;
    if (core.length() < n && n >= 5 && !w.endsWith("есь") && !isParticiple(core)) {
      return true;
    }
    if (core.length() >= 3 && core.endsWith("ть") && isVowel(core.charAt(core.length() - 3))) {
      return true;
    }
    if (core.endsWith("йти")
        || core.endsWith("дти")
        || core.endsWith("зти")
        || w.endsWith("ести")) {
      return true;
    }
    if (core.length() >= 4 && core.endsWith("чь")) {
      return true;
    }
    if (n >= 5
        && w.endsWith("ит")
        && (!isVowel(w.charAt(n - 3)) || w.endsWith("оит"))
        && !IT_NOUNS.contains(w)
        && !w.endsWith("хит")
        && !w.endsWith("рит")
        && !w.endsWith("цит")) {
      return true; // просит, уходит, стоит; not кредит, бронхит, артрит, дефицит
    }
    if (w.length() == 4 && w.endsWith("ают")) {
      return true; // дают, знают
    }
    if (w.endsWith("жет") || w.equals("ждет") || w.equals("идет") || w.equals("живет")) {
      return true;
    }
    if (n >= 6 && (w.endsWith("ено") || w.endsWith("ано")) && !w.endsWith("лено")) {
      return true; // short passive participles: выплачено, отказано (not колено, полено)
    }
    if (n >= 5
        && (w.endsWith("ют")
            || w.endsWith("ят")
            || w.endsWith("ешь")
            || w.endsWith("ишь")
            || w.endsWith("дут")
            || w.endsWith("вут")
            || (w.endsWith("ет") && isVowel(w.charAt(n - 3))))) {
      return true;
    }
    return core.length() >= 5 && isPast(core);
  }

  /** Past tense: a vowel, then л, then nothing, а, о or и (сделал, прошло, заблокировали). */
  private static boolean isPast(String w) {
    int n = w.length();
    String stem;
    if (w.charAt(n - 1) == 'л') {
      stem = w;
    } else if (n >= 2 && w.charAt(n - 2) == 'л' && "аои".indexOf(w.charAt(n - 1)) >= 0) {
      stem = w.substring(0, n - 1);
    } else {
      return false;
    }
    if (stem.endsWith("шл") || stem.endsWith("огл")) {
      return true; // пришла, прошло, помогли
    }
    if (stem.length() < 3 || "аяеиыу".indexOf(stem.charAt(stem.length() - 2)) < 0) {
      return false;
    }
    if (stem.charAt(stem.length() - 2) == 'е' && stem.length() == w.length()) {
      return false; // masculine "-ел" is more often a noun (отдел, предел) than a verb
    }
    for (String end : PAST_NOUN_ENDS) {
      if (stem.endsWith(end)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isParticiple(String core) {
    return core.endsWith("щий")
        || core.endsWith("щая")
        || core.endsWith("щее")
        || core.endsWith("щие")
        || core.endsWith("вший")
        || core.endsWith("щих")
        || core.endsWith("щим");
  }

  private static boolean isRussianAdjective(String w) {
    if (w.length() < 4) {
      return false;
    }
    for (String end : ADJECTIVE_ENDS) {
      if (!w.endsWith(end)) {
        continue;
      }
      char before = w.charAt(w.length() - end.length() - 1);
      if (end.equals("ие")) {
        // Verbal nouns (отопление, развитие, здание) against soft adjectives (летние, синие).
        return before != 'т' && !(before == 'н' && isVowel(w.charAt(w.length() - 4)));
      }
      if (end.equals("ий")) {
        // Adjectives in -ий end in -кий, -гий, -хий, -жий, -ший, -чий, -щий or a soft -ний after a
        // consonant (последний); the rest are genitive plurals of nouns in -ия/-ие (пенсий,
        // условий, пособий, отношений) or nouns in -рий.
        return "кгхжшчщ".indexOf(before) >= 0
            || (before == 'н' && !isVowel(w.charAt(w.length() - 4)));
      }
      if ((end.equals("им") || end.equals("ым")) && w.length() < 6) {
        return false; // режим, Крым
      }
      return true;
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюя".indexOf(c) >= 0;
  }

  private static boolean allLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }
}
