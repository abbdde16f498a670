package voxpop.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import voxpop.model.Language;
import voxpop.text.WordForms;
import voxpop.text.WordForms.Kind;
import voxpop.text.WordLists;

/**
 * The written forms of each stem in the label sample, and what they tell together: the stem's part
 * of speech (the vote of its forms' {@link WordForms} guesses, weighted by count) and its most
 * nominative written form. One form is often ambiguous ("газа" is a genitive, "дорога" a
 * nominative); the paradigm seen in the sample settles it: a stem also written with "-ом"/"-ов" is
 * masculine, so its bare form is the nominative; one written with "-ой"/"-ою" is feminine, so its
 * "-а" form is. Built by one thread, then read-only and safe to share.
 */
final class LabelForms {
  private static final double MIN_FORM_SHARE = 0.05;

  /** Adverbs written as a noun's form, which would mislead its gender: "домой" is no feminine. */
  private static final java.util.Set<String> ADVERBS = java.util.Set.of("домой");

  private final Map<String, Stem> stems = new HashMap<>();

  /** What the sample says about one stem. */
  private static final class Stem {
    Language language;
    final int stemLength;
    final int[] byLanguage = new int[Language.values().length];
    final TreeMap<String, int[]> forms = new TreeMap<>();
    final Map<String, Language> formLanguage = new HashMap<>();
    Kind kind;
    int masculine;
    int feminine;
    String nominative;
    int nominativeRank = WordForms.OBLIQUE;

    Stem(Language language, int stemLength) {
      this.language = language;
      this.stemLength = stemLength;
    }
  }

  /** Counts one written word ({@code form} lower-cased) of {@code stem}. */
  void add(String stem, String form, Language language) {
    Stem s = stems.computeIfAbsent(stem, x -> new Stem(language, stem.length()));
    s.forms.computeIfAbsent(form, f -> new int[1])[0]++;
    s.formLanguage.putIfAbsent(form, language);
    s.byLanguage[language.ordinal()]++;
  }

  /** Settles each stem's part of speech and nominative form; call once, after the last add. */
  void finish() {
    for (Stem s : stems.values()) {
      // The stem's language is the one that writes it most (on a tie, the one seen first when it
      // is among the tied, else the first of them in Language's order):
      // a stem the bridge shares with a minority language is shown in the majority's forms, never
      // in the minority's ("продукты", not the Ukrainian "продукти").
      for (Language l : Language.values()) {
        if (s.byLanguage[l.ordinal()] > s.byLanguage[s.language.ordinal()]) {
          s.language = l;
        }
      }
      int[] votes = new int[Kind.values().length];
      int masculine = 0;
      int feminine = 0;
      int bare = 0;
      int dative = 0;
      boolean plural = false;
      boolean pluralOv = false;
      boolean aForm = false;
      boolean softSign = false;
      for (Map.Entry<String, int[]> e : s.forms.entrySet()) {
        String f = WordLists.fold(e.getKey());
        int c = e.getValue()[0];
        votes[WordForms.guess(f, s.formLanguage.get(e.getKey())).kind().ordinal()] += c;
        if (s.formLanguage.get(e.getKey()) != Language.RU || ADVERBS.contains(f)) {
          continue;
        }
        char last = f.charAt(f.length() - 1);
        // An ending counts only past the stem: "проблем" is a bare form, not a "-ем".
        String end = f.length() > s.stemLength ? f.substring(s.stemLength) : "";
        if (end.equals("ов") || end.equals("ев") || end.equals("ей")) {
          masculine += c;
          pluralOv = true;
        } else if (end.equals("ом") || end.equals("ем")) {
          masculine += c;
        } else if (end.equals("ой") || end.equals("ою")) {
          feminine += c;
        } else if (last == 'у' || last == 'ю') {
          // "-у" is a feminine accusative (дорогу) as often as a masculine dative (врачу).
          dative += c;
        }
        if (last == 'ы' || last == 'и') {
          plural = true;
        }
        if (last == 'а' || last == 'я') {
          aForm = true;
        }
        if ("аеиоуыэюяьй".indexOf(last) < 0) {
          bare += c;
        }
        softSign |= last == 'ь';
      }
      if (masculine == feminine) {
        if (bare > 0 && plural && !pluralOv && !aForm) {
          // Seen bare and in "-и"/"-ы" but never in "-а", "-ов" or "-ей": the bare form is the
          // genitive plural of a feminine (собак, собаки), not a masculine (сосед, соседа, соседи).
          feminine += bare;
        } else {
          // A masculine is written bare more often than with "-у" (газ, газу), a feminine the
          // other way round (дорогу, дорог).
          masculine += bare;
          feminine += dative;
        }
      }
      if (softSign) {
        masculine += feminine + 1; // feminines in -ь have no "-а"/"-я" form, so one is a genitive
      }
      s.masculine = masculine;
      s.feminine = feminine;
      int noun = votes[Kind.NOUN.ordinal()];
      int adjective = votes[Kind.ADJECTIVE.ordinal()];
      int verb = votes[Kind.VERB.ordinal()];
      s.kind =
          verb > noun + adjective
              ? Kind.VERB
              : adjective > noun ? Kind.ADJECTIVE : noun > 0 ? Kind.NOUN : Kind.OTHER;
      if (s.kind != Kind.NOUN) {
        continue;
      }
      int total = 0;
      for (int[] c : s.forms.values()) {
        total += c[0];
      }
      // A form written once or twice among many is likelier a typo ("рублй") than the nominative.
      int floor = Math.max(2, (int) Math.ceil(MIN_FORM_SHARE * total));
      int bestCount = 0;
      for (Map.Entry<String, int[]> e : s.forms.entrySet()) {
        String f = WordLists.fold(e.getKey());
        Language language = s.formLanguage.get(e.getKey());
        int c = e.getValue()[0];
        if (c < floor || language != s.language) {
          continue;
        }
        int rank = nounRank(f, language, masculine, feminine);
        if (rank < s.nominativeRank || (rank == s.nominativeRank && c > bestCount)) {
          s.nominative = e.getKey();
          s.nominativeRank = rank;
          bestCount = c;
        }
      }
    }
  }

  /** Whether the sample writes {@code stem} in more than one form ("пенсий", "пенсии"). */
  boolean inflects(String stem) {
    Stem s = stems.get(stem);
    return s != null && s.forms.size() > 1;
  }

  /** The stem's part of speech; a stem never seen counts as a noun. */
  Kind kind(String stem) {
    Stem s = stems.get(stem);
    return s == null ? Kind.NOUN : s.kind;
  }

  /**
   * How nominative the head of a written phrase reads: its leading adjectives and first noun, each
   * ranked by {@link WordForms}, the worst of them (0 nominative, 4 oblique); a phrase that starts
   * with anything else is 0, since case does not apply.
   */
  int headRank(List<String> words, List<String> wordStems) {
    int rank = 0;
    boolean afterOi = false;
    for (int i = 0; i < words.size(); i++) {
      Stem s = wordStems.get(i) == null ? null : stems.get(wordStems.get(i));
      if (s == null || (s.kind != Kind.NOUN && s.kind != Kind.ADJECTIVE)) {
        return rank;
      }
      String f = WordLists.fold(words.get(i));
      Language language = s.formLanguage.getOrDefault(words.get(i), s.language);
      int r =
          s.kind == Kind.NOUN
              ? nounRank(f, language, s.masculine, s.feminine)
              : WordForms.guess(f, language).caseRank();
      if (s.kind == Kind.NOUN && afterOi && "аеиоуыэюя".indexOf(f.charAt(f.length() - 1)) >= 0) {
        r = WordForms.OBLIQUE; // "-ой" is a nominative only before a bare masculine (большой дом)
      }
      rank = Math.max(rank, r);
      if (s.kind == Kind.NOUN) {
        return rank;
      }
      afterOi = f.endsWith("ой");
    }
    return rank;
  }

  /**
   * Whether a written phrase starts with a noun in the instrumental ("весной к селу", "ремонтом
   * дороги"): an adverbial or a governed word, never the head of a label, and one that the
   * nominative rewrite must not touch.
   */
  boolean instrumentalFirst(List<String> words, List<String> wordStems) {
    if (words.isEmpty() || wordStems.getFirst() == null) {
      return false;
    }
    Stem s = stems.get(wordStems.getFirst());
    if (s == null || s.formLanguage.get(words.getFirst()) != Language.RU) {
      return false;
    }
    // "весной" reads as an adjective by its ending; one that no noun follows is an adverbial.
    boolean adverbial = s.kind == Kind.ADJECTIVE && (words.size() == 1 || wordStems.get(1) == null);
    if (s.kind != Kind.NOUN && !adverbial) {
      return false;
    }
    String f = WordLists.fold(words.getFirst());
    if (f.length() <= s.stemLength) {
      return false;
    }
    String end = f.substring(s.stemLength);
    return end.equals("ом")
        || end.equals("ем")
        || end.equals("ой")
        || end.equals("ою")
        || end.endsWith("ами")
        || end.endsWith("ями");
  }

  /**
   * The phrase with its head put in the nominative from forms the sample holds ("индексацию пенсий"
   * → "индексация пенсий", "семейную ипотеку" → "семейная ипотека"), or the phrase as it is when
   * the sample has no such forms or the head is no adjective-and-noun group.
   *
   * @param words the written words, lower-case, stop words included
   * @param wordStems the stem of each word, null for a stop word
   */
  List<String> nominative(List<String> words, List<String> wordStems) {
    int noun = -1;
    for (int i = 0; i < words.size(); i++) {
      Stem s = wordStems.get(i) == null ? null : stems.get(wordStems.get(i));
      if (s == null) {
        return words;
      }
      if (s.kind == Kind.NOUN) {
        noun = i;
        break;
      }
      if (s.kind != Kind.ADJECTIVE) {
        return words;
      }
    }
    if (noun < 0) {
      return words;
    }
    for (int i = noun + 1; i < words.size(); i++) {
      // A verb after the head governs its case ("сыну не выплачено"): the phrase stays as written.
      if (wordStems.get(i) != null && kind(wordStems.get(i)) == Kind.VERB) {
        return words;
      }
    }
    if (ADVERBS.contains(WordLists.fold(words.get(noun)))) {
      return words; // "мобилизованных домой" names no home
    }
    Stem n = stems.get(wordStems.get(noun));
    Language language = n.formLanguage.getOrDefault(words.get(noun), n.language);
    String nominative = n.nominative;
    int nominativeRank = n.nominativeRank;
    Stem split = splitStem(wordStems.get(noun), n);
    if ((nominative == null || nominativeRank > 1) && split != null) {
      nominative = split.nominative;
      nominativeRank = split.nominativeRank;
    }
    if (nominative == null
        || nominativeRank > 1
        || nominativeRank
            >= nounRank(WordLists.fold(words.get(noun)), language, n.masculine, n.feminine)) {
      return words;
    }
    List<String> out = new ArrayList<>(words);
    out.set(noun, nominative);
    for (int i = 0; i < noun; i++) {
      Stem a = stems.get(wordStems.get(i));
      if (a.language != Language.RU) {
        return words;
      }
      String agreeing = agreeing(a, WordLists.fold(nominative));
      if (agreeing == null) {
        return words;
      }
      out.set(i, agreeing);
    }
    return out;
  }

  /**
   * The other half of a Russian noun the stemmer split: it reads "-н" after "а"/"я" as a verb
   * ending, so "ветеран", "ветерана" give the stem "ветера" while "ветеранам" gives "ветеран". For
   * a stem in "-н", the stem without it when that is a noun whose nominative starts with the whole
   * stem ("ветеран" for "ветеранам"); else null.
   */
  private Stem splitStem(String stem, Stem s) {
    if (s.language != Language.RU || stem.length() < 4 || !stem.endsWith("н")) {
      return null;
    }
    char before = stem.charAt(stem.length() - 2);
    if (before != 'а' && before != 'я') {
      return null;
    }
    Stem other = stems.get(stem.substring(0, stem.length() - 1));
    return other != null
            && other.kind == Kind.NOUN
            && other.language == Language.RU
            && other.nominative != null
            && WordLists.fold(other.nominative).startsWith(stem)
        ? other
        : null;
  }

  /** The most frequent form of adjective {@code a} that agrees with the nominative {@code noun}. */
  private static String agreeing(Stem a, String noun) {
    char last = noun.charAt(noun.length() - 1);
    List<String> ends =
        switch (last) {
          case 'а', 'я' -> List.of("ая", "яя");
          case 'ы', 'и' -> List.of("ые", "ие");
          case 'о', 'е' -> List.of("ое", "ее");
          case 'ь' -> List.of("ый", "ий", "ой", "ая", "яя");
          default -> List.of("ый", "ий", "ой");
        };
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, int[]> e : a.forms.entrySet()) {
      String f = WordLists.fold(e.getKey());
      for (String end : ends) {
        if (f.endsWith(end) && e.getValue()[0] > bestCount) {
          best = e.getKey();
          bestCount = e.getValue()[0];
        }
      }
    }
    return best;
  }

  /**
   * The case rank of a noun form, with the paradigm's gender settling the two ambiguous endings: a
   * bare form of a feminine stem is a genitive plural (дорог), an "-а"/"-я" form of a masculine one
   * a genitive singular (газа).
   */
  private static int nounRank(String f, Language language, int masculine, int feminine) {
    int rank = WordForms.guess(f, language).caseRank();
    if (language != Language.RU || rank != WordForms.NOMINATIVE || f.isEmpty()) {
      return rank;
    }
    char last = f.charAt(f.length() - 1);
    boolean aForm = (last == 'а' || last == 'я') && !f.endsWith("ия") && !f.endsWith("ья");
    boolean bare = "аеиоуыэюяьй".indexOf(last) < 0;
    if (aForm && masculine > feminine) {
      return 3;
    }
    if (aForm && masculine == feminine) {
      return 1; // as ambiguous as "-ы": the more frequent form shows (вузы, not вуза)
    }
    if (bare && feminine > masculine) {
      return 3;
    }
    return rank;
  }
}
