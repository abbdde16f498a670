package voxpop.text;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What one language's analyzer needs: its stop words (surface forms), fillers dropped as phrases,
 * stems dropped in every inflection, and a factory for its (per-thread) stemmer.
 *
 * @param stopWords lower-cased surface forms to drop
 * @param phrases first word → the rest of each filler phrase starting with it
 * @param stopStems stems to drop
 * @param stemmer a new stemmer for each analyzer thread
 * @param english whether to strip English possessives ({@code 's})
 */
record LanguageProfile(
    CharArraySet stopWords,
    CharArrayMap<List<String[]>> phrases,
    CharArraySet stopStems,
    Supplier<WordStemmer> stemmer,
    boolean english) {}
