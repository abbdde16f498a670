package voxpop.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import voxpop.model.Language;
import voxpop.params.Params;
import voxpop.text.WordForms;
import voxpop.text.WordLists;

/**
 * Key phrases by class-based TF-IDF over contiguous surface n-grams (Grootendorst, "BERTopic",
 * 2022, section 3.3, applied to phrases instead of single words). A random sample of each group's
 * members is read again with surface forms; every run of one to {@code maxPhraseWords} consecutive
 * content words (one removed stop word may sit inside, punctuation may not) is a candidate, keyed
 * by its stems and shown, in the class's own language, in the written form whose head reads most as
 * a nominative (then the most frequent), put in the nominative from the forms the sample holds. A
 * candidate scores {@code share in the group * ln(1 + average group sample / samples containing it
 * anywhere)}; the best is extended to the longest phrase that still covers at least half of its
 * occurrences (a theme's, to a noun phrase that starts with it, at a third), and later picks that
 * mostly repeat earlier stems are skipped, so labels read like "индексация пенсий работающим
 * пенсионерам" instead of three variants of "пенс". Stateless and thread-safe.
 */
public final class PhraseLabeller implements Labeller {
  private static final double EXTEND_SHARE = 0.5;
  private static final double MAX_OVERLAP = 0.5;
  private static final double MIN_SHARE = 0.05;

  /** The score left to a theme's candidate that is common in none of its sub-themes. */
  private static final double SPREAD_FLOOR = 0.25;

  /** The score left to a theme's candidate that starts with a verb, against a noun phrase. */
  private static final double VERB_FIRST = 0.5;

  /**
   * A sub-theme is named by a nominative noun phrase rather than by the demand (a verb phrase) that
   * scores best when the noun phrase has at least this share of the demand's score.
   */
  private static final double SIMILAR = 0.8;

  /**
   * A theme's label extends to a noun phrase of at most three words that starts with its best word
   * and holds at least this share of that word's occurrences ("индексация" to "индексация пенсий",
   * though the theme's sub-themes also say "без индексации"); other phrases and sub-themes' labels
   * need {@link #EXTEND_SHARE}.
   */
  private static final double THEME_EXTEND_SHARE = 1.0 / 3;

  /** The head case rank from which a phrase the rewrite left oblique is a fragment. */
  private static final int OBLIQUE_HEAD = 3;

  /**
   * A lone oblique word is named by the phrase of the noun that governs it when that phrase holds
   * at least this share of the word's occurrences.
   */
  private static final double GOVERNING_SHARE = 0.25;

  /** The fewest sampled questions a governing phrase is taken from. */
  private static final int MIN_GOVERNING = 2;

  /** {@link #GOVERNING_SHARE} for a word whose form may also be a nominative ("службы"). */
  private static final double AMBIGUOUS_GOVERNING_SHARE = 0.5;

  /** A one-word candidate written as a name this often is no theme's first label. */
  private static final double NAME_SHARE = 0.5;

  /** A candidate whose first word follows a preposition this often is a governed fragment. */
  private static final double GOVERNED_SHARE = 0.5;

  /**
   * Among at least this many occurrences, a written form seen once that is the most written form
   * less one letter is taken for a typo.
   */
  private static final int TYPO_TOTAL = 20;

  /** Prepositions (Russian and Ukrainian) that govern an oblique case: "после зимы", "к селу". */
  private static final java.util.Set<String> PREPOSITIONS =
      java.util.Set.of(
          "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "обо", "от", "ото", "до", "из",
          "за", "для", "после", "без", "под", "над", "при", "про", "через", "у", "около", "из-за",
          "из-под", "возле", "среди", "вместо", "кроме", "між", "від", "з", "зі", "після", "біля");

  /**
   * Words of measure — time, money, counts, degrees — and the adverbs that count time back
   * ("назад"), which many matters share ("ждали скорую час", "нет света три дня", "пропал месяц
   * назад"): they name no matter, so a candidate that starts with one is no label ("месяц назад",
   * "тысячи на ипотеку"; a phrase holding one later still is: "три дня без света"). Russian,
   * Ukrainian and English forms.
   */
  private static final java.util.Set<String> MEASURES =
      java.util.Set.of(
          "назад",
          "спустя",
          "тому",
          "час",
          "часа",
          "часов",
          "часу",
          "часы",
          "минута",
          "минуты",
          "минут",
          "день",
          "дня",
          "дней",
          "дни",
          "днем",
          "сутки",
          "суток",
          "неделя",
          "недели",
          "неделю",
          "недель",
          "месяц",
          "месяца",
          "месяцев",
          "год",
          "года",
          "лет",
          "годы",
          "годами",
          "раз",
          "раза",
          "градус",
          "градуса",
          "градусов",
          "рубль",
          "рубля",
          "рублей",
          "процент",
          "процента",
          "процентов",
          "тысяча",
          "тысячи",
          "тысяч",
          "година",
          "години",
          "годин",
          "дні",
          "днів",
          "тиждень",
          "тижні",
          "тижнів",
          "місяць",
          "місяці",
          "місяців",
          "рік",
          "року",
          "років",
          "разів",
          "гривень",
          "hour",
          "hours",
          "minute",
          "minutes",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "time",
          "times",
          "rouble",
          "roubles",
          "ruble",
          "rubles",
          "percent",
          "thousand");

  private final SurfaceSource source;

  public PhraseLabeller(SurfaceSource source) {
    this.source = source;
  }

  @Override
  public Labels label(
      ThemeInput input, int[] subthemeOf, int[] themeOf, int themes, FitContext context) {
    Params p = context.params();
    int groups = themeOf.length;
    int maxWords = p.get(ThemeParams.MAX_PHRASE_WORDS);
    int keep = p.get(ThemeParams.KEY_PHRASES);
    int[][] members =
        sampleMembers(
            subthemeOf, groups, p.get(ThemeParams.LABEL_SAMPLE), context.random("labels"));
    int total = 0;
    for (int[] m : members) {
      total += m.length;
    }
    int[] docs = new int[total];
    int at = 0;
    for (int[] m : members) {
      System.arraycopy(m, 0, docs, at, m.length);
      at += m.length;
    }
    Candidates[] found = new Candidates[total];
    context
        .workers()
        .forChunks(
            total,
            256,
            (c, from, to) -> {
              for (int i = from; i < to; i++) {
                int d = docs[i];
                found[i] = candidates(input.texts().get(d), input.languages()[d], maxWords);
              }
            });
    Dictionary keys = new Dictionary();
    int[][] docKeys = new int[total][];
    for (int i = 0; i < total; i++) {
      String[] k = found[i].keys();
      docKeys[i] = new int[k.length];
      for (int j = 0; j < k.length; j++) {
        docKeys[i][j] = keys.id(k[j]);
      }
    }
    Languages languages = Languages.of(input, docs, docKeys, keys.size());
    Surfaces surfaces = new Surfaces(input, docs, found, docKeys, languages);
    int[] groupStart = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      groupStart[g + 1] = groupStart[g] + members[g].length;
    }
    LabelForms forms = new LabelForms();
    for (int i = 0; i < total; i++) {
      Candidates c = found[i];
      Language language = input.languages()[docs[i]];
      for (int j = 0; j < c.words().length; j++) {
        forms.add(c.wordStems()[j], c.words()[j], language);
      }
    }
    forms.finish();
    Shapes shapes = new Shapes(keys, forms);
    Selection themeSel =
        select(
            groupStart,
            themeOf,
            themes,
            docKeys,
            keys,
            surfaces,
            forms,
            shapes,
            languages,
            keep,
            true,
            null);
    String[][] themeFirst = new String[themes][];
    for (int t = 0; t < themes; t++) {
      int first = themeSel.firstKeys()[t];
      themeFirst[t] = first < 0 ? null : keys.word(first).split(" ");
    }
    Selection subSel =
        select(
            groupStart,
            Leiden.identity(groups),
            groups,
            docKeys,
            keys,
            surfaces,
            forms,
            shapes,
            languages,
            keep,
            false,
            new Parents(themeOf, themeFirst));
    return new Labels(subSel.labels(), themeSel.labels());
  }

  /**
   * The language of each sampled question and each candidate's language (the one most of the
   * questions holding it are written in; on a tie, the first in {@link Language}'s order). A class
   * is labelled only by candidates of its own language, the one most of its questions are written
   * in: a Russian theme is not named by the English or Ukrainian words of its few questions in
   * those languages ("town", "міста"), which the bridge between languages does not join.
   */
  private record Languages(int[] ofDoc, int[] ofKey) {
    static Languages of(ThemeInput input, int[] docs, int[][] docKeys, int keys) {
      int n = Language.values().length;
      int[] ofDoc = new int[docs.length];
      int[] count = new int[keys * n];
      for (int i = 0; i < docs.length; i++) {
        ofDoc[i] = input.languages()[docs[i]].ordinal();
        for (int key : docKeys[i]) {
          count[key * n + ofDoc[i]]++;
        }
      }
      return new Languages(ofDoc, majority(count, keys, n));
    }

    /** The language most of {@code docs} are written in (the first in order on a tie). */
    int of(List<Integer> docs) {
      int n = Language.values().length;
      int[] count = new int[n];
      for (int i : docs) {
        count[ofDoc[i]]++;
      }
      return majority(count, 1, n)[0];
    }

    private static int[] majority(int[] count, int rows, int n) {
      int[] best = new int[rows];
      for (int r = 0; r < rows; r++) {
        for (int l = 1; l < n; l++) {
          if (count[r * n + l] > count[r * n + best[r]]) {
            best[r] = l;
          }
        }
      }
      return best;
    }
  }

  /** The labels of each class and the key of each class's first label (-1 for none). */
  private record Selection(List<List<String>> labels, int[] firstKeys) {}

  /**
   * For sub-themes: the theme of each and the stems of each theme's label, which a sub-theme's
   * first label does not repeat, nor a sibling's, when the theme has two or more sub-themes.
   */
  private record Parents(int[] parentOf, String[][] parentFirst) {}

  /**
   * Whether a candidate can be a label: it names something (has a noun) and does not stop on an
   * adjective ("условия семейной"); one that starts with a verb is allowed but ranks lower than a
   * noun phrase. Filled lazily; used by one thread.
   */
  private static final class Shapes {
    private static final byte WELL = 1;
    private static final byte VERB_FIRST = 2;
    private static final byte KNOWN = 4;
    private static final byte HAS_VERB = 8;
    private final Dictionary keys;
    private final LabelForms forms;
    private byte[] shape = new byte[0];

    Shapes(Dictionary keys, LabelForms forms) {
      this.keys = keys;
      this.forms = forms;
    }

    boolean wellFormed(int key) {
      return (of(key) & WELL) != 0;
    }

    /** Whether every word of {@code stems} from {@code from} on inflects in the sample. */
    boolean inflect(String[] stems, int from) {
      for (int i = from; i < stems.length; i++) {
        if (!forms.inflects(stems[i])) {
          return false;
        }
      }
      return true;
    }

    boolean verbFirst(int key) {
      return (of(key) & VERB_FIRST) != 0;
    }

    boolean noun(String stem) {
      return forms.kind(stem) == WordForms.Kind.NOUN;
    }

    boolean hasVerb(int key) {
      return (of(key) & HAS_VERB) != 0;
    }

    private byte of(int key) {
      if (shape.length < keys.size()) {
        shape = Arrays.copyOf(shape, keys.size());
      }
      if (shape[key] == 0) {
        String[] stems = keys.word(key).split(" ");
        boolean noun = false;
        for (String st : stems) {
          noun |= forms.kind(st) == WordForms.Kind.NOUN;
        }
        WordForms.Kind last = forms.kind(stems[stems.length - 1]);
        byte b = KNOWN;
        if (noun
            && last != WordForms.Kind.ADJECTIVE
            && forms.kind(stems[0]) != WordForms.Kind.OTHER) {
          b |= WELL;
        }
        if (forms.kind(stems[0]) == WordForms.Kind.VERB) {
          b |= VERB_FIRST;
        }
        for (String st : stems) {
          if (forms.kind(st) == WordForms.Kind.VERB) {
            b |= HAS_VERB;
          }
        }
        shape[key] = b;
      }
      return shape[key];
    }
  }

  /** Up to {@code limit} members of each group, chosen by a seeded hash of the question index. */
  static int[][] sampleMembers(
      int[] groupOf, int groups, int limit, java.util.SplittableRandom random) {
    long salt = random.nextLong();
    int n = 0;
    for (int g : groupOf) {
      if (g >= 0) {
        n++;
      }
    }
    long[] keyed = new long[n];
    int at = 0;
    for (int d = 0; d < groupOf.length; d++) {
      if (groupOf[d] >= 0) {
        long h = mix(salt ^ d);
        keyed[at++] = (h & 0xFFFFFFFF00000000L) | d;
      }
    }
    Arrays.parallelSort(keyed);
    int[] count = new int[groups];
    int[][] out = new int[groups][];
    for (int g = 0; g < groups; g++) {
      out[g] = new int[0];
    }
    int[] size = new int[groups];
    for (int g : groupOf) {
      if (g >= 0) {
        size[g]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      out[g] = new int[Math.min(limit, size[g])];
    }
    for (long k : keyed) {
      int d = (int) k;
      int g = groupOf[d];
      if (count[g] < out[g].length) {
        out[g][count[g]++] = d;
      }
    }
    for (int[] m : out) {
      Arrays.sort(m);
    }
    return out;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The distinct candidate phrases of one text as {key, surface} pairs. */
  String[][] phrases(String text, Language language, int maxWords) {
    Candidates c = candidates(text, language, maxWords);
    String[][] pairs = new String[c.keys().length][];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = new String[] {c.keys()[i], surface(text, c.starts()[i], c.ends()[i])};
    }
    return pairs;
  }

  /**
   * The distinct candidate phrases of one text: each key (stems joined by spaces) with the span of
   * its first occurrence; and the text's content words (written, lower-cased), their stems and
   * where each starts.
   */
  record Candidates(
      String[] keys,
      int[] starts,
      int[] ends,
      String[] words,
      String[] wordStems,
      int[] wordStarts) {}

  Candidates candidates(String text, Language language, int maxWords) {
    List<int[]> spans = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    int[] cursor = {0};
    source.tokens(
        text,
        language,
        (position, surface, stem) -> {
          int start = find(text, surface, cursor[0]);
          if (start < 0) {
            return;
          }
          cursor[0] = start + surface.length();
          spans.add(new int[] {position, start, start + surface.length()});
          stems.add(stem.toString());
        });
    String[] words = new String[spans.size()];
    int[] wordStarts = new int[spans.size()];
    for (int i = 0; i < words.length; i++) {
      int[] sp = spans.get(i);
      words[i] = text.substring(sp[1], sp[2]).toLowerCase(Locale.ROOT);
      wordStarts[i] = sp[1];
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> keys = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    int n = spans.size();
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < n; i++) {
      key.setLength(0);
      boolean allDigits = true;
      for (int len = 1; len <= maxWords && i + len <= n; len++) {
        int j = i + len - 1;
        if (len > 1 && !joinable(text, spans.get(j - 1), spans.get(j))) {
          break;
        }
        if (len > 1) {
          key.append(' ');
        }
        key.append(stems.get(j));
        allDigits &= isDigits(stems.get(j));
        if (allDigits) {
          continue;
        }
        String k = key.toString();
        if (seen.add(k)) {
          keys.add(k);
          starts.add(spans.get(i)[1]);
          ends.add(spans.get(j)[2]);
        }
      }
    }
    return new Candidates(
        keys.toArray(String[]::new),
        starts.stream().mapToInt(Integer::intValue).toArray(),
        ends.stream().mapToInt(Integer::intValue).toArray(),
        words,
        stems.toArray(String[]::new),
        wordStarts);
  }

  /** Written forms of candidates, made only for the phrases that are chosen. */
  private record Surfaces(
      ThemeInput input, int[] docs, Candidates[] found, int[][] docKeys, Languages languages) {
    /**
     * The share of {@code key}'s occurrences among {@code members} (in the key's language) written
     * as a name ({@link PhraseLabeller#capitalisedInside}).
     */
    double nameShare(int key, List<Integer> members) {
      int language = languages.ofKey()[key];
      int seen = 0;
      int named = 0;
      for (int i : members) {
        if (languages.ofDoc()[i] != language) {
          continue;
        }
        int[] k = docKeys[i];
        for (int j = 0; j < k.length; j++) {
          if (k[j] == key) {
            seen++;
            if (capitalisedInside(input.texts().get(docs[i]), found[i].starts()[j])) {
              named++;
            }
            break;
          }
        }
      }
      return seen == 0 ? 0 : (double) named / seen;
    }

    /**
     * The written form of {@code key} among sampled documents {@code members} in the key's own
     * language (a Ukrainian "продукти" reads as a surer nominative than the Russian "продукты", yet
     * a Russian theme must say "продукты") whose head reads most as a nominative, then the most
     * frequent; when even that has an oblique head, the head is put in the nominative from the
     * forms the sample holds. With it, what tells a fragment from a label: the head's case rank as
     * shown, whether it starts with an instrumental, and the share of that form's occurrences whose
     * first word follows a preposition (within two words, no punctuation).
     */
    Shown shown(int key, List<Integer> members, LabelForms forms) {
      Map<String, int[]> counts = new HashMap<>();
      Map<String, Written> written = new HashMap<>();
      int language = languages.ofKey()[key];
      for (int i : members) {
        if (languages.ofDoc()[i] != language) {
          continue;
        }
        int[] k = docKeys[i];
        for (int j = 0; j < k.length; j++) {
          if (k[j] == key) {
            String text = input.texts().get(docs[i]);
            int from = found[i].starts()[j];
            String s = surface(text, from, found[i].ends()[j]);
            int[] count = counts.computeIfAbsent(s, x -> new int[2]);
            if (count[0]++ == 0) {
              written.put(s, written(text, found[i], from, s));
            }
            if (governed(text, from)) {
              count[1]++;
            }
            break;
          }
        }
      }
      String best = null;
      int bestRank = Integer.MAX_VALUE;
      int bestCount = 0;
      // A form written once among many that is the most written form less one letter is a typo
      // ("паводк" among "паводка"): it reads as a bare nominative, and shown it would look like a
      // stem. A rare real nominative ("поликлиника" among "в поликлинику") differs otherwise.
      int total = 0;
      String mostWritten = null;
      int most = 0;
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        int c = e.getValue()[0];
        total += c;
        if (c > most || (c == most && e.getKey().compareTo(mostWritten) < 0)) {
          most = c;
          mostWritten = e.getKey();
        }
      }
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        Written w = written.get(e.getKey());
        int rank = forms.headRank(w.lower(), w.stems());
        int c = e.getValue()[0];
        if (c == 1 && total >= TYPO_TOTAL && oneLetterShort(e.getKey(), mostWritten)) {
          continue;
        }
        if (rank < bestRank
            || (rank == bestRank
                && (c > bestCount || (c == bestCount && e.getKey().compareTo(best) < 0)))) {
          best = e.getKey();
          bestRank = rank;
          bestCount = c;
        }
      }
      if (best == null) {
        return new Shown(null, WordForms.OBLIQUE, WordForms.OBLIQUE, false, 0);
      }
      double governedShare = (double) counts.get(best)[1] / counts.get(best)[0];
      Written w = written.get(best);
      boolean instrumental = forms.instrumentalFirst(w.lower(), w.stems());
      int firstRank = forms.headRank(w.lower().subList(0, 1), w.stems().subList(0, 1));
      if (bestRank < 2 || instrumental) {
        return new Shown(best, bestRank, firstRank, instrumental, governedShare);
      }
      List<String> nominative = forms.nominative(w.lower(), w.stems());
      if (nominative == w.lower()) {
        return new Shown(best, bestRank, firstRank, false, governedShare);
      }
      String[] shown = best.split(" ");
      for (int i = 0; i < shown.length; i++) {
        // Abbreviations (ОМС, ЖКХ) keep their written form.
        if (shown[i].equals(w.lower().get(i))) {
          shown[i] = nominative.get(i);
        }
      }
      return new Shown(
          String.join(" ", shown),
          WordForms.NOMINATIVE,
          WordForms.NOMINATIVE,
          false,
          governedShare);
    }
  }

  /**
   * Whether the word at {@code at} is written as a name: a capital then a small letter, inside a
   * sentence (not at the start of the text or a line, nor after {@code .!?}).
   */
  static boolean capitalisedInside(String text, int at) {
    if (at + 1 >= text.length()
        || !Character.isUpperCase(text.charAt(at))
        || !Character.isLowerCase(text.charAt(at + 1))) {
      return false;
    }
    int p = at - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p--;
    }
    return p >= 0 && ".!?\n\r".indexOf(text.charAt(p)) < 0;
  }

  /**
   * A candidate as it would be shown, and whether that makes a fragment rather than a label.
   *
   * @param text the written form, null when the candidate has no occurrence
   * @param headRank the case rank of its head as shown (0 nominative)
   * @param firstRank the case rank of its first word as shown
   * @param instrumental whether it starts with a noun in the instrumental
   * @param governedShare the share of the shown form's occurrences whose first word follows a
   *     preposition
   */
  record Shown(
      String text, int headRank, int firstRank, boolean instrumental, double governedShare) {
    /**
     * A label never starts with an adverbial instrumental ("весной к селу"), nor with a word a
     * preposition governs ("после каждой зимы дороги" → "зимы дороги") unless that word reads as a
     * clear nominative ("на ремонт дорог" still gives "ремонт дорог", "в детские сады" gives
     * "детские сады"), nor with an oblique noun the nominative rewrite could not fix, a verb's
     * object ("ребёнку не дают место"), nor does it start with a word of measure ({@link
     * #MEASURES}: "месяц", "месяц назад", "тысячи на ипотеку"). A single oblique word stays
     * possible: without its nominative in the sample it is shown as written. Nor does a label hold
     * a number: the detail of one phrasing ("бараки 1962 года", "масло стоит 153 рублей", "подвал
     * дома 116"), never the name of a matter.
     */
    boolean fragment() {
      return text == null
          || MEASURES.contains(WordLists.fold(firstWord(text)))
          || holdsNumber(text)
          || instrumental
          || (governedShare >= GOVERNED_SHARE && firstRank > WordForms.NOMINATIVE)
          || (text.indexOf(' ') >= 0 && headRank >= OBLIQUE_HEAD);
    }

    /** A noun phrase whose head is shown in the nominative. */
    boolean nominative() {
      return headRank == WordForms.NOMINATIVE;
    }
  }

  private static String firstWord(String text) {
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  /** Whether {@code text} holds a word of digits alone ("5G" and "COVID-19" do not count). */
  static boolean holdsNumber(String text) {
    if (text == null) {
      return false;
    }
    boolean digits = false;
    boolean word = false;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isWhitespace(ch)) {
        if (word && digits) {
          return true;
        }
        word = false;
        digits = false;
      } else {
        digits = word ? digits && Character.isDigit(ch) : Character.isDigit(ch);
        word = true;
      }
    }
    return false;
  }

  /**
   * Whether one of the two words before {@code from} in {@code text} is a preposition, with no
   * punctuation in between.
   */
  static boolean governed(String text, int from) {
    int at = from;
    for (int w = 0; w < 2; w++) {
      int end = at;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == at && w == 0 && at > 0) {
        return false;
      }
      int start = end;
      while (start > 0
          && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
        start--;
      }
      if (start == end) {
        return false; // punctuation or the start of the text
      }
      String word = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (PREPOSITIONS.contains(word)) {
        return true;
      }
      at = start;
    }
    return false;
  }

  /**
   * A written phrase word by word: lower-cased, with the stem of each content word and null for a
   * stop word between them.
   */
  private record Written(List<String> lower, List<String> stems) {}

  private static Written written(String text, Candidates c, int from, String shown) {
    List<String> lower = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    int at = from;
    for (String word : shown.split(" ")) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      int t = Arrays.binarySearch(c.wordStarts(), at);
      lower.add(word.toLowerCase(Locale.ROOT));
      stems.add(t >= 0 ? c.wordStems()[t] : null);
      at += word.length();
    }
    return new Written(lower, stems);
  }

  /**
   * Where {@code surface} (lower-cased, {@code ё} folded to {@code е}, as the term extractor gives
   * it) is written in {@code text} at or after {@code from}, or -1.
   */
  static int find(String text, CharSequence surface, int from) {
    int len = surface.length();
    for (int i = from; i + len <= text.length(); i++) {
      int j = 0;
      while (j < len && same(text.charAt(i + j), surface.charAt(j))) {
        j++;
      }
      if (j == len) {
        return i;
      }
    }
    return -1;
  }

  private static boolean same(char written, char folded) {
    char w = Character.toLowerCase(written);
    char f = Character.toLowerCase(folded);
    return w == f || (fold(w) == fold(f));
  }

  private static char fold(char c) {
    return c == 'ё' ? 'е' : c;
  }

  /** Two words join a phrase when at most one stop word and no punctuation lies between them. */
  private static boolean joinable(String text, int[] a, int[] b) {
    if (b[0] - a[0] > 2) {
      return false;
    }
    for (int i = a[2]; i < b[1]; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code a} is {@code b} with one letter left out. */
  static boolean oneLetterShort(String a, String b) {
    if (a.length() + 1 != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.regionMatches(i, b, i + 1, a.length() - i);
  }

  /** The written form: words lower-cased except short all-capital abbreviations, spaces single. */
  static String surface(String text, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (String word : text.substring(from, to).trim().split("\\s+")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      boolean abbreviation = word.length() >= 2 && word.length() <= 5;
      for (int i = 0; i < word.length() && abbreviation; i++) {
        abbreviation = !Character.isLowerCase(word.charAt(i));
      }
      sb.append(abbreviation ? word : word.toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /**
   * Chooses the key phrases of each class, where class {@code classOf[g]} collects the sampled
   * members of groups {@code g}. With {@code spread} a candidate's score is scaled by the share of
   * the class's sample that lies in groups where it is common, so a theme is named by what its
   * sub-themes share rather than by one sub-theme's word. With {@code parents}, when the parent has
   * two or more sub-themes, a class's label that repeats its parent's first label or a sibling's
   * moves to second place (first only when nothing else qualifies).
   */
  private static Selection select(
      int[] groupStart,
      int[] classOf,
      int classes,
      int[][] docKeys,
      Dictionary keys,
      Surfaces surfaces,
      LabelForms forms,
      Shapes shapes,
      Languages languages,
      int keep,
      boolean spread,
      Parents parents) {
    int k = keys.size();
    int[] global = new int[k];
    List<List<Integer>> classDocs = new ArrayList<>();
    List<List<Integer>> classGroups = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      classDocs.add(new ArrayList<>());
      classGroups.add(new ArrayList<>());
    }
    for (int g = 0; g + 1 < groupStart.length; g++) {
      classGroups.get(classOf[g]).add(g);
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        classDocs.get(classOf[g]).add(i);
        for (int key : docKeys[i]) {
          global[key]++;
        }
      }
    }
    double avg = 0;
    for (List<Integer> d : classDocs) {
      avg += d.size();
    }
    avg /= Math.max(1, classes);
    String[][] keyStems = new String[k][];
    List<List<String>> out = new ArrayList<>();
    int[] firstKeys = new int[classes];
    Arrays.fill(firstKeys, -1);
    List<List<String[]>> taken = new ArrayList<>();
    for (int p = 0; parents != null && p < parents.parentFirst().length; p++) {
      taken.add(new ArrayList<>());
      if (parents.parentFirst()[p] != null) {
        taken.get(p).add(parents.parentFirst()[p]);
      }
    }
    int[] siblings = new int[parents == null ? 0 : parents.parentFirst().length];
    for (int c = 0; parents != null && c < classes; c++) {
      siblings[parents.parentOf()[c]]++;
    }
    int[] df = new int[k];
    int[] groupDf = new int[k];
    double[] covered = new double[k];
    for (int c = 0; c < classes; c++) {
      List<Integer> docsOfClass = classDocs.get(c);
      List<Integer> present = new ArrayList<>();
      for (int i : docsOfClass) {
        for (int key : docKeys[i]) {
          if (df[key]++ == 0) {
            present.add(key);
          }
        }
      }
      int size = docsOfClass.size();
      if (spread) {
        coverage(classGroups.get(c), groupStart, docKeys, groupDf, covered);
      }
      int minDf = size < 2 ? 1 : Math.max(2, (int) Math.ceil(MIN_SHARE * size));
      int language = languages.of(docsOfClass);
      present.sort(Integer::compare);
      // Extensions and governing phrases are the class's own language's too.
      List<Integer> inLanguage = new ArrayList<>();
      for (int key : present) {
        if (languages.ofKey()[key] == language) {
          inLanguage.add(key);
        }
      }
      double[] score = new double[present.size()];
      boolean anyWell = false;
      for (int i = 0; i < present.size(); i++) {
        int key = present.get(i);
        if (df[key] < minDf(minDf, keys, keyStems, key) || languages.ofKey()[key] != language) {
          score[i] = -1;
          continue;
        }
        score[i] = (double) df[key] / size * Math.log(1 + avg / global[key]);
        if (spread) {
          score[i] *=
              SPREAD_FLOOR
                  + (1 - SPREAD_FLOOR)
                      * Math.min(1, covered[key] / size)
                      * topical(df[key], size, global[key], docKeys.length);
        }
        if (spread && shapes.verbFirst(key)) {
          score[i] *= VERB_FIRST;
        }
        anyWell |= usable(shapes, key, spread);
      }
      Integer[] order = new Integer[present.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
      List<String[]> chosen = new ArrayList<>();
      List<Integer> chosenKeys = new ArrayList<>();
      List<String[]> forbidden =
          parents == null || siblings[parents.parentOf()[c]] < 2
              ? new ArrayList<>()
              : taken.get(parents.parentOf()[c]);
      int deferred = -1;
      String[] deferredStems = null;
      Map<Integer, Shown> shownOf = new HashMap<>();
      // A sub-theme's best verb phrase (the demand), held back while a nominative noun phrase of
      // similar score may still come.
      int demand = -1;
      String[] demandStems = null;
      double demandScore = 0;
      int fallback = -1;
      String[] fallbackStems = null;
      for (int oi = 0; oi < order.length && chosen.size() < keep; oi++) {
        double sc = score[order[oi]];
        if (sc < 0) {
          break;
        }
        if (demand >= 0 && sc < SIMILAR * demandScore) {
          if (!overlaps(demandStems, chosen)) {
            chosen.add(demandStems);
            chosenKeys.add(demand);
          }
          demand = -1;
          if (chosen.size() >= keep) {
            break;
          }
        }
        int key = present.get(order[oi]);
        String[] stems = stems(keys, keyStems, key);
        if (overlaps(stems, chosen)
            || (deferredStems != null && overlaps(stems, List.<String[]>of(deferredStems)))) {
          continue;
        }
        // An adjective alone ("семейную") may still extend to a phrase that names something.
        java.util.Set<Integer> numbered = new java.util.HashSet<>();
        int best =
            extend(key, stems, inLanguage, df, minDf, keys, keyStems, shapes, spread, numbered);
        while (best != key
            && holdsNumber(
                shownOf.computeIfAbsent(best, b -> surfaces.shown(b, docsOfClass, forms)).text())) {
          // "выход на пенсию при стаже 45 лет": a shorter phrase may name it without the number.
          numbered.add(best);
          best =
              extend(key, stems, inLanguage, df, minDf, keys, keyStems, shapes, spread, numbered);
        }
        String[] bestStems = stems(keys, keyStems, best);
        if (best != key
            && (overlaps(bestStems, chosen)
                || (deferredStems != null
                    && overlaps(bestStems, List.<String[]>of(deferredStems))))) {
          best = key;
          bestStems = stems;
        }
        if (anyWell && !usable(shapes, best, spread)) {
          continue;
        }
        Shown shown = shownOf.computeIfAbsent(best, b -> surfaces.shown(b, docsOfClass, forms));
        if (shown.fragment() && best != key && (!anyWell || usable(shapes, key, spread))) {
          // The extension took in a fragment ("весной к селу не проехать"): the word alone may do.
          if (fallback < 0) {
            fallback = best;
            fallbackStems = bestStems;
          }
          best = key;
          bestStems = stems;
          shown = shownOf.computeIfAbsent(best, b -> surfaces.shown(b, docsOfClass, forms));
        }
        if (shown.fragment()) {
          if (fallback < 0) {
            fallback = best;
            fallbackStems = bestStems;
          }
          continue;
        }
        if (bestStems.length == 1
            && shown.headRank() > WordForms.NOMINATIVE
            && forms.kind(bestStems[0]) == WordForms.Kind.NOUN) {
          // A lone word that is no sure nominative ("труда", "службы") is named with the noun that
          // governs it: a clear oblique with one that takes a quarter of its occurrences, an
          // ambiguous form ("службы" may be a plural) only with one that takes half of them.
          double share =
              shown.headRank() >= OBLIQUE_HEAD ? GOVERNING_SHARE : AMBIGUOUS_GOVERNING_SHARE;
          int head =
              governing(best, bestStems[0], share, inLanguage, df, keys, keyStems, shapes, spread);
          Shown headShown =
              head < 0
                  ? null
                  : shownOf.computeIfAbsent(head, b -> surfaces.shown(b, docsOfClass, forms));
          String[] headStems = head < 0 ? null : stems(keys, keyStems, head);
          if (headShown != null
              && !headShown.fragment()
              && headShown.headRank() <= WordForms.NOMINATIVE + 1
              && !overlaps(headStems, chosen)) {
            best = head;
            bestStems = headStems;
            shown = headShown;
          }
        }
        if (spread
            && chosen.isEmpty()
            && deferred < 0
            && bestStems.length == 1
            && surfaces.nameShare(best, docsOfClass) >= NAME_SHARE) {
          // A place or a person ("Благовещенск" for a flood) is a key phrase of the theme, not
          // its headline; a sub-theme may still be named by one ("роблокс").
          deferred = best;
          deferredStems = bestStems;
          continue;
        }
        if (chosen.isEmpty() && deferred < 0 && repeats(bestStems, forbidden)) {
          deferred = best;
          deferredStems = bestStems;
          continue;
        }
        if (chosen.isEmpty() && !spread) {
          if (demand < 0 && shapes.verbFirst(best)) {
            demand = best;
            demandStems = bestStems;
            demandScore = sc;
            continue;
          }
          if (demand >= 0 && (shapes.verbFirst(best) || !shown.nominative())) {
            continue;
          }
        }
        chosen.add(bestStems);
        chosenKeys.add(best);
      }
      if (demand >= 0 && chosen.size() < keep && !overlaps(demandStems, chosen)) {
        chosen.add(demandStems);
        chosenKeys.add(demand);
      }
      if (chosenKeys.isEmpty() && deferred < 0 && fallback >= 0) {
        chosen.add(fallbackStems);
        chosenKeys.add(fallback);
      }
      if (deferred >= 0) {
        int at = chosenKeys.isEmpty() ? 0 : 1;
        chosenKeys.add(at, deferred);
        chosen.add(at, deferredStems);
        if (chosenKeys.size() > keep) {
          chosenKeys.removeLast();
        }
      }
      List<String> labels = new ArrayList<>();
      for (int key : chosenKeys) {
        labels.add(shownOf.computeIfAbsent(key, b -> surfaces.shown(b, docsOfClass, forms)).text());
      }
      out.add(List.copyOf(labels));
      if (!chosenKeys.isEmpty()) {
        firstKeys[c] = chosenKeys.getFirst();
        if (parents != null) {
          forbidden.add(stems(keys, keyStems, chosenKeys.getFirst()));
        }
      }
      for (int key : present) {
        df[key] = 0;
        covered[key] = 0;
      }
    }
    return new Selection(out, firstKeys);
  }

  /**
   * How much a candidate belongs to this class rather than to the whole run: {@code 1 - 1/lift},
   * where lift is its share of the class's sample over its share of all samples. A word spread over
   * every sub-theme because it is generic (ребёнок, житель, вопрос) has a lift near 1 and gains
   * little from that spread; a topical one (врач) gains it all.
   */
  static double topical(int classDf, int classSize, int globalDf, int totalDocs) {
    if (classDf == 0 || classSize == 0 || totalDocs == 0) {
      return 0;
    }
    double lift = ((double) classDf / classSize) / ((double) globalDf / totalDocs);
    return Math.max(0, 1 - 1 / lift);
  }

  /** A theme's label must be a noun phrase without a verb; a sub-theme's may be a verb phrase. */
  private static boolean usable(Shapes shapes, int key, boolean theme) {
    return shapes.wellFormed(key) && !(theme && shapes.hasVerb(key));
  }

  /**
   * Adds to {@code covered[key]} the sample size of each group (of one class) in whose sample
   * {@code key} is common: in {@value #MIN_SHARE} of it, and at least one member.
   */
  private static void coverage(
      List<Integer> groups, int[] groupStart, int[][] docKeys, int[] groupDf, double[] covered) {
    List<Integer> touched = new ArrayList<>();
    for (int g : groups) {
      int size = groupStart[g + 1] - groupStart[g];
      int need = Math.max(1, (int) Math.ceil(MIN_SHARE * size));
      touched.clear();
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        for (int key : docKeys[i]) {
          if (groupDf[key]++ == 0) {
            touched.add(key);
          }
        }
      }
      for (int key : touched) {
        if (groupDf[key] >= need) {
          covered[key] += size;
        }
        groupDf[key] = 0;
      }
    }
  }

  /** Whether {@code stems} are, as a set, those of one of {@code labels}. */
  private static boolean repeats(String[] stems, List<String[]> labels) {
    for (String[] l : labels) {
      if (new java.util.TreeSet<>(Arrays.asList(l))
          .equals(new java.util.TreeSet<>(Arrays.asList(stems)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest phrase containing {@code key} that covers at least half its occurrences; for a
   * theme, a noun phrase of up to three words that starts with {@code key} needs a third. Phrases
   * in {@code skip} are passed over.
   */
  private static int extend(
      int key,
      String[] stems,
      List<Integer> present,
      int[] df,
      int minDf,
      Dictionary keys,
      String[][] keyStems,
      Shapes shapes,
      boolean theme,
      java.util.Set<Integer> skip) {
    int best = key;
    int bestLen = stems.length;
    for (int other : present) {
      if (other == key || skip.contains(other)) {
        continue;
      }
      String[] os = stems(keys, keyStems, other);
      double share =
          theme
                  && os.length <= 3
                  && startsWith(os, stems)
                  && !shapes.verbFirst(other)
                  && shapes.inflect(os, stems.length)
              ? THEME_EXTEND_SHARE
              : EXTEND_SHARE;
      if (df[other] < share * df[key]) {
        continue;
      }
      if (df[other] < minDf(minDf, keys, keyStems, other)) {
        continue;
      }
      if (os.length <= stems.length || !containsRun(os, stems) || !shapes.wellFormed(other)) {
        continue;
      }
      if (os.length > bestLen || (os.length == bestLen && df[other] > df[best])) {
        best = other;
        bestLen = os.length;
      }
    }
    return best;
  }

  /**
   * The most frequent phrase of two words that ends with {@code stem} after a noun, the word that
   * governs it ("ветеран труда" for "труда", "сроки службы" for "службы"), when it holds at least
   * {@code share} of the word's occurrences, and at least {@value #MIN_GOVERNING} (never one
   * writer's phrase), and can be a label; -1 when there is none.
   */
  private static int governing(
      int key,
      String stem,
      double share,
      List<Integer> present,
      int[] df,
      Dictionary keys,
      String[][] keyStems,
      Shapes shapes,
      boolean theme) {
    int best = -1;
    for (int other : present) {
      String[] os = stems(keys, keyStems, other);
      if (os.length != 2
          || !os[os.length - 1].equals(stem)
          || df[other] < Math.max(MIN_GOVERNING, share * df[key])
          || !shapes.noun(os[0])
          || !usable(shapes, other, theme)) {
        continue;
      }
      if (best < 0 || df[other] > df[best] || (df[other] == df[best] && other < best)) {
        best = other;
      }
    }
    return best;
  }

  /**
   * The support a candidate needs: the class's floor, and one more member for every word beyond
   * two, so that a long phrase is never one writer's sentence repeated.
   */
  private static int minDf(int floor, Dictionary keys, String[][] keyStems, int key) {
    return floor + Math.max(0, stems(keys, keyStems, key).length - 2);
  }

  private static boolean startsWith(String[] outer, String[] inner) {
    return outer.length >= inner.length
        && Arrays.equals(outer, 0, inner.length, inner, 0, inner.length);
  }

  private static boolean containsRun(String[] outer, String[] inner) {
    for (int i = 0; i + inner.length <= outer.length; i++) {
      boolean match = true;
      for (int j = 0; j < inner.length && match; j++) {
        match = outer[i + j].equals(inner[j]);
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(String[] stems, List<String[]> chosen) {
    for (String[] c : chosen) {
      int shared = 0;
      for (String s : stems) {
        for (String t : c) {
          if (s.equals(t)) {
            shared++;
            break;
          }
        }
      }
      if (shared >= MAX_OVERLAP * stems.length) {
        return true;
      }
    }
    return false;
  }

  private static String[] stems(Dictionary keys, String[][] cache, int key) {
    if (cache[key] == null) {
      cache[key] = keys.word(key).split(" ");
    }
    return cache[key];
  }

  /** Strings to dense ids in order of first sight. Not thread-safe; used by one thread. */
  private static final class Dictionary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    int id(String word) {
      Integer id = ids.get(word);
      if (id == null) {
        id = words.size();
        ids.put(word, id);
        words.add(word);
      }
      return id;
    }

    String word(int id) {
      return words.get(id);
    }

    int size() {
      return words.size();
    }
  }
}
