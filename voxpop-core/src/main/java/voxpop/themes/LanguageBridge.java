package voxpop.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import voxpop.model.Language;
import voxpop.terms.TermDocs;
import voxpop.terms.TermSource;
import voxpop.terms.Vocabulary;

/**
 * Lets English and Ukrainian questions join the Russian themes they belong to. Questions in
 * different languages share no stems, so without a bridge they form themes of their own ("pension"
 * beside "пенсия"). The bridge maps each stem written mostly in English or Ukrainian questions onto
 * the Russian stem of the same word, as a feature mapping: the stems the text analysis gives are
 * untouched, only the features the themes are built from are shared.
 *
 * <ul>
 *   <li>English: a hand-written list of the domain's words ({@code bridge-en.txt}: "pension =
 *       пенсия");
 *   <li>Ukrainian: a list of the words that differ from Russian ({@code bridge-uk.txt}: "будинок =
 *       дом") and of false friends, else letter folding (і, ї → и; є → е; ґ → г; the apostrophe
 *       dropped), trying Ukrainian и as Russian ы and і as е or о when the plain folding is not
 *       found ("пенсія" → "пенсия", "двір" → "двор").
 * </ul>
 *
 * Both sides of a list line go through the run's own analyzers, so the Russian stem is the one
 * Russian questions of the run produce; of several Russian words on a line, and of several
 * foldings, the one in most Russian questions of the sample wins, and a target no Russian question
 * of the sample contains is not used. Immutable and thread-safe once loaded.
 */
final class LanguageBridge {
  private static final String EN_RESOURCE = "bridge-en.txt";
  private static final String UK_RESOURCE = "bridge-uk.txt";
  private static final int MIN_STEM = 3;

  /**
   * A language in less than this share of the sample is a minority: its stems that no list or
   * folding maps onto a Russian stem are no features at all. Left in, they tied the minority's
   * questions to one another by the words the bridge does not know ("young", "status", "keep"), and
   * half of the English questions of a generated run formed one theme of their own, whatever they
   * asked about.
   */
  static final double MINORITY_SHARE = 0.2;

  private final Map<String, String[]> english;
  private final Map<String, String[]> ukrainian;
  private final TermSource source;

  private LanguageBridge(
      Map<String, String[]> english, Map<String, String[]> ukrainian, TermSource source) {
    this.english = english;
    this.ukrainian = ukrainian;
    this.source = source;
  }

  /** The bridge of the built-in word lists, analysed by {@code source}. */
  static LanguageBridge load(TermSource source) {
    return new LanguageBridge(
        parse(EN_RESOURCE, Language.EN, source), parse(UK_RESOURCE, Language.UK, source), source);
  }

  /** The lines of a list: each source stem with the Russian stems of its candidates. */
  static Map<String, String[]> parse(String resource, Language language, TermSource source) {
    Map<String, String[]> out = new HashMap<>();
    try (InputStream in = LanguageBridge.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource voxpop/themes/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String body = line.strip();
        if (body.isEmpty() || body.startsWith("#")) {
          continue;
        }
        int eq = body.indexOf('=');
        if (eq < 0) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected 'word = слово'");
        }
        String from = single(body.substring(0, eq), language, source);
        List<String> to = new ArrayList<>();
        for (String word : body.substring(eq + 1).split(",")) {
          String stem = single(word, Language.RU, source);
          if (stem != null && !to.contains(stem)) {
            to.add(stem);
          }
        }
        // A word the analyzers drop (a stop word) cannot carry a theme; skip it.
        // Words that share a stem ("pension", "pensioner") pool their candidates.
        if (from != null && !to.isEmpty()) {
          String[] before = out.get(from);
          if (before != null) {
            for (String b : before) {
              if (!to.contains(b)) {
                to.add(b);
              }
            }
          }
          out.put(from, to.toArray(String[]::new));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading voxpop/themes/" + resource, e);
    }
    return out;
  }

  /** The stem of a single word, or null when the analyzer gives none or several. */
  private static String single(String word, Language language, TermSource source) {
    List<String> stems = new ArrayList<>(2);
    source.stems(word.strip(), language, s -> stems.add(s.toString()));
    return stems.size() == 1 ? stems.get(0) : null;
  }

  /** Source stems of a list that resolve, for tests: the list's size after analysis. */
  int entries(Language language) {
    return language == Language.EN ? english.size() : ukrainian.size();
  }

  /**
   * The feature id every run stem stands for: the id of the Russian stem it maps to, its own, or -1
   * when it is a stem of a minority language (below {@link #MINORITY_SHARE} of the sample's
   * questions) that maps onto no Russian stem.
   *
   * @param sample the fit sample, whose Russian questions decide which targets exist
   */
  int[] canonical(ThemeInput input, int[] sample) {
    TermDocs terms = input.terms();
    Vocabulary vocabulary = terms.vocabulary();
    int v = vocabulary.size();
    int[] canon = new int[v];
    for (int t = 0; t < v; t++) {
      canon[t] = t;
    }
    int[] russian = new int[v];
    int[] english = new int[v];
    int[] ukrainian = new int[v];
    int[] flat = terms.flatTerms();
    for (int d = 0; d < terms.size(); d++) {
      int[] count =
          switch (input.languages()[d]) {
            case RU -> russian;
            case EN -> english;
            case UK -> ukrainian;
            default -> null;
          };
      if (count != null) {
        for (int k = terms.offset(d), end = k + terms.length(d); k < end; k++) {
          count[flat[k]]++;
        }
      }
    }
    int[] russianDf = new int[v];
    int[] last = new int[v];
    Arrays.fill(last, -1);
    int[] sampled = new int[Language.values().length];
    for (int d : sample) {
      sampled[input.languages()[d].ordinal()]++;
      if (input.languages()[d] != Language.RU) {
        continue;
      }
      for (int k = terms.offset(d), end = k + terms.length(d); k < end; k++) {
        if (last[flat[k]] != d) {
          last[flat[k]] = d;
          russianDf[flat[k]]++;
        }
      }
    }
    boolean englishMinority = minority(sampled, Language.EN, sample.length);
    boolean ukrainianMinority = minority(sampled, Language.UK, sample.length);
    for (int t = 0; t < v; t++) {
      String stem = vocabulary.term(t);
      int target = -1;
      boolean minority = false;
      if (english[t] > russian[t] && english[t] >= ukrainian[t]) {
        target = best(this.english.get(stem), vocabulary, russianDf);
        minority = englishMinority;
      } else if (ukrainian[t] > russian[t]) {
        String[] listed = this.ukrainian.get(stem);
        target =
            listed != null
                ? best(listed, vocabulary, russianDf)
                : folded(stem, vocabulary, russianDf);
        minority = ukrainianMinority;
      }
      if (target >= 0 && target != t) {
        canon[t] = target;
      } else if (target < 0 && minority) {
        canon[t] = -1;
      }
    }
    return canon;
  }

  /**
   * Whether {@code language} is in fewer than {@link #MINORITY_SHARE} of the sampled questions, in
   * a sample that holds Russian questions to map onto.
   */
  private static boolean minority(int[] sampled, Language language, int sampleSize) {
    return sampled[language.ordinal()] < MINORITY_SHARE * sampleSize
        && sampled[Language.RU.ordinal()] > 0;
  }

  /** The candidate in most Russian questions of the sample, or -1 when none is in any. */
  private static int best(String[] candidates, Vocabulary vocabulary, int[] russianDf) {
    if (candidates == null) {
      return -1;
    }
    int best = -1;
    for (String c : candidates) {
      int id = vocabulary.id(c);
      if (id >= 0 && russianDf[id] > 0 && (best < 0 || russianDf[id] > russianDf[best])) {
        best = id;
      }
    }
    return best;
  }

  /** The Russian stem of a Ukrainian lemma's folded spellings, or -1. */
  private int folded(String lemma, Vocabulary vocabulary, int[] russianDf) {
    List<String> spellings = new ArrayList<>();
    spell(lemma, 0, new StringBuilder(), spellings);
    List<String> stems = new ArrayList<>();
    for (String s : spellings) {
      String stem = single(s, Language.RU, source);
      if (stem != null && stem.length() >= MIN_STEM && !stems.contains(stem)) {
        stems.add(stem);
      }
    }
    return best(stems.toArray(String[]::new), vocabulary, russianDf);
  }

  /** Every Russian spelling of a Ukrainian word under the folding rules; at most 16. */
  private static void spell(String w, int at, StringBuilder prefix, List<String> out) {
    if (out.size() >= 16) {
      return;
    }
    if (at == w.length()) {
      out.add(prefix.toString());
      return;
    }
    char c = w.charAt(at);
    String options =
        switch (c) {
          case 'і' -> "иео";
          case 'ї' -> "ие";
          case 'є' -> "е";
          case 'ґ' -> "г";
          case 'и' -> "иы";
          case '\'', '’' -> "";
          default -> String.valueOf(c);
        };
    if (options.isEmpty()) {
      spell(w, at + 1, prefix, out);
      return;
    }
    for (int i = 0; i < options.length(); i++) {
      prefix.append(options.charAt(i));
      spell(w, at + 1, prefix, out);
      prefix.setLength(prefix.length() - 1);
    }
  }
}
