package voxpop.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import voxpop.model.Language;

/**
 * Builds the {@link LanguageProfile} of each language once per JVM (the Ukrainian dictionary is 7
 * MB) from Lucene's stop lists and the genre lists under {@code voxpop/text/}. Thread-safe.
 */
final class LanguageProfiles {
  /** The morfologik dictionary that Lucene's UkrainianMorfologikAnalyzer loads. */
  private static final String UKRAINIAN_DICTIONARY = "ua/net/nlp/ukrainian.dict";

  private LanguageProfiles() {}

  static LanguageProfile of(Language language) {
    return switch (language) {
      case RU -> Holder.RU;
      case UK -> Holder.UK;
      case EN -> Holder.EN;
      case OTHER -> Holder.OTHER;
    };
  }

  /** The Ukrainian morfologik dictionary, loaded once. */
  static Dictionary ukrainian() {
    return Holder.UK_DICTIONARY;
  }

  /** Initialised on first use, so a JVM that only screens never loads a dictionary. */
  private static final class Holder {
    static final CharArrayMap<List<String[]>> PHRASES = phrases("/voxpop/text/filler-phrases.txt");
    static final Dictionary UK_DICTIONARY = ukrainianDictionary();
    static final CharArraySet RU_STOP =
        stopSet(RussianAnalyzer.getDefaultStopSet(), "/voxpop/text/stop-ru.txt");
    static final CharArraySet EN_STOP = englishStopSet();
    static final CharArraySet UK_STOP =
        stopSet(UkrainianMorfologikAnalyzer.getDefaultStopwords(), "/voxpop/text/stop-uk.txt");

    static final LanguageProfile RU =
        profile(
            RU_STOP,
            "/voxpop/text/stop-stems-ru.txt",
            () -> new SnowballWordStemmer(new RussianStemmer(), false),
            false);
    static final LanguageProfile EN =
        profile(
            EN_STOP,
            "/voxpop/text/stop-stems-en.txt",
            () -> new SnowballWordStemmer(new EnglishStemmer(), true),
            true);
    static final LanguageProfile UK =
        profile(
            UK_STOP,
            "/voxpop/text/stop-stems-uk.txt",
            () -> new DictionaryLemmatizer(UK_DICTIONARY),
            false);
    static final LanguageProfile OTHER = otherProfile();
  }

  private static LanguageProfile profile(
      CharArraySet stop, String stopStemsResource, Supplier<WordStemmer> stemmer, boolean english) {
    WordStemmer s = stemmer.get();
    CharArraySet stems = new CharArraySet(64, false);
    StemAttributeImpl out = new StemAttributeImpl();
    for (String w : WordLists.read(stopStemsResource)) {
      s.stem(w.toCharArray(), w.length(), out);
      stems.add(out.toString());
    }
    return new LanguageProfile(
        CharArraySet.unmodifiableSet(stop),
        Holder.PHRASES,
        CharArraySet.unmodifiableSet(stems),
        stemmer,
        english);
  }

  /** Text in no known language: every stop list, no stemming (the surface is the stem). */
  private static LanguageProfile otherProfile() {
    CharArraySet all = new CharArraySet(4096, false);
    all.addAll(Holder.RU_STOP);
    all.addAll(Holder.EN_STOP);
    all.addAll(Holder.UK_STOP);
    return new LanguageProfile(
        CharArraySet.unmodifiableSet(all),
        Holder.PHRASES,
        CharArraySet.EMPTY_SET,
        () -> (word, len, out) -> out.setStem(word, 0, len),
        false);
  }

  private static CharArraySet stopSet(CharArraySet lucene, String extraResource) {
    CharArraySet set = new CharArraySet(lucene.size() + 512, false);
    for (Object o : lucene) {
      set.add(foldWord(new String((char[]) o)));
    }
    for (String w : WordLists.read(extraResource)) {
      set.add(foldWord(w));
    }
    return set;
  }

  private static CharArraySet englishStopSet() {
    CharArraySet snowball;
    try (Reader r =
        IOUtils.getDecodingReader(
            SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8)) {
      snowball = WordlistLoader.getSnowballWordSet(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's English stop list", e);
    }
    CharArraySet both = new CharArraySet(snowball.size() + 64, false);
    both.addAll(snowball);
    both.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return stopSet(both, "/voxpop/text/stop-en.txt");
  }

  private static String foldWord(String w) {
    return WordLists.fold(w).replace('’', '\'').replace('ʼ', '\'');
  }

  private static CharArrayMap<List<String[]>> phrases(String resource) {
    CharArrayMap<List<String[]>> map = new CharArrayMap<>(64, false);
    for (String line : WordLists.read(resource)) {
      String[] words = line.split(" ");
      if (words.length < 2) {
        throw new IllegalStateException("a filler phrase needs two words or more: " + line);
      }
      List<String[]> rests = map.get(words[0]);
      if (rests == null) {
        rests = new ArrayList<>();
        map.put(words[0], rests);
      }
      rests.add(Arrays.copyOfRange(words, 1, words.length));
    }
    // Longest phrase first, so "доброго времени суток" wins over "доброго времени".
    for (Object key : map.keySet()) {
      map.get(key).sort((a, b) -> Integer.compare(b.length, a.length));
    }
    return CharArrayMap.unmodifiableMap(map);
  }

  private static Dictionary ukrainianDictionary() {
    URL url = UkrainianMorfologikAnalyzer.class.getClassLoader().getResource(UKRAINIAN_DICTIONARY);
    if (url == null) {
      throw new IllegalStateException(
          "the Ukrainian dictionary " + UKRAINIAN_DICTIONARY + " is not on the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Ukrainian dictionary", e);
    }
  }
}
