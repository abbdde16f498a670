package voxpop.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import voxpop.dedup.ExactKey;
import voxpop.model.Language;
import voxpop.params.Params;
import voxpop.pipeline.AnalysisParams;
import voxpop.pipeline.Engines;
import voxpop.store.QuestionResult;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;
import voxpop.themes.ThemeEngine;
import voxpop.themes.ThemeInput;
import voxpop.themes.ThemeModel;
import voxpop.themes.ThemeRequest;
import voxpop.util.LongIntMap;

/**
 * Keeps the server's theme model fresh as appeals arrive: remembers the most recent accepted
 * questions (a ring of bounded size, seeded from the store at start), refits the engine's theme
 * model on them when enough new ones have come in, and carries theme ids over from one model to the
 * next, so that a theme keeps its id as the data grows.
 *
 * <p>Ids carry over by overlap: each new theme takes the previous id that most of its remembered
 * questions had, if that id covers at least half of those that had an id (questions that came
 * before any model have none) and at least {@value #MIN_VOTES} of them, and no theme with more
 * votes claimed it first; otherwise it gets a new id ({@code T1}, {@code T2}, ...). Fitting runs on
 * its own daemon thread, never on the worker's. Thread-safe.
 */
public final class ThemeRefitter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ThemeRefitter.class);
  private static final int MIN_VOTES = 3;

  /**
   * How the refitter behaves.
   *
   * @param capacity the questions remembered
   * @param refitEvery new questions that make a refit due
   * @param minQuestions questions needed for the first fit
   * @param minIntervalMillis the least time from the end of one fit to the start of the next: under
   *     thousands of appeals a second, {@code refitEvery} alone would refit without pause and take
   *     a core from intake
   * @param seed the engine's seed
   */
  public record Settings(
      int capacity, int refitEvery, int minQuestions, long minIntervalMillis, long seed) {
    public Settings {
      if (capacity < 1 || refitEvery < 1 || minQuestions < 1 || minIntervalMillis < 0) {
        throw new IllegalArgumentException(
            "theme refit settings must be positive: capacity="
                + capacity
                + ", refitEvery="
                + refitEvery
                + ", minQuestions="
                + minQuestions
                + ", minIntervalMillis="
                + minIntervalMillis);
      }
    }

    /** Refits as soon as {@code refitEvery} new questions have come in (no pause between fits). */
    public Settings(int capacity, int refitEvery, int minQuestions, long seed) {
      this(capacity, refitEvery, minQuestions, 0, seed);
    }

    /**
     * 50,000 remembered questions, a refit every 5,000 new ones but at most one a minute, at least
     * 300 to start.
     */
    public static Settings defaults() {
      return new Settings(50_000, 5_000, 300, 60_000, 42);
    }
  }

  private final Settings settings;
  private final ThemeEngine engine;
  private final Params params;
  private final AtomicReference<LiveThemes> live = new AtomicReference<>(LiveThemes.NONE);
  private final String[] texts;
  private final Language[] languages;
  private final String[] themeIds;
  private int next;
  private int size;
  private long sinceFit;
  private long lastFitEndNanos;
  private int nextId = 1;
  private volatile boolean running = true;
  private final Thread thread;

  public ThemeRefitter(Settings settings) {
    this.settings = settings;
    this.engine = Engines.defaultThemeEngine();
    this.params = Params.defaults(AnalysisParams.all());
    this.texts = new String[settings.capacity()];
    this.languages = new Language[settings.capacity()];
    this.themeIds = new String[settings.capacity()];
    this.thread = Thread.ofPlatform().name("voxpop-themes").daemon(true).unstarted(this::loop);
  }

  /** The current model and ids. */
  public LiveThemes current() {
    return live.get();
  }

  /**
   * Remembers questions stored before this start (newest first, as {@code
   * AppealStore.recentAccepted} gives them); the background thread fits the first model on them
   * when there are enough, so a restart does not wait for it.
   */
  public synchronized void seed(List<QuestionResult> newestFirst) {
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      QuestionResult q = newestFirst.get(i);
      remember(q.text(), q.language(), q.themeId());
      nextId = Math.max(nextId, numberOf(q.themeId()) + 1);
    }
    sinceFit = size;
  }

  /** Starts the background thread that refits when enough new questions have come in. */
  public ThemeRefitter start() {
    thread.start();
    return this;
  }

  /** Remembers one accepted question and the theme id it was given. */
  public synchronized void offer(String text, Language language, String themeId) {
    remember(text, language, themeId);
    sinceFit++;
  }

  private void remember(String text, Language language, String themeId) {
    texts[next] = text;
    languages[next] = language;
    themeIds[next] = themeId;
    next = (next + 1) % texts.length;
    size = Math.min(size + 1, texts.length);
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(1_000);
        boolean due;
        synchronized (this) {
          due =
              size >= settings.minQuestions()
                  && (live.get().model() == null
                      || (sinceFit >= settings.refitEvery()
                          && System.nanoTime() - lastFitEndNanos
                              >= settings.minIntervalMillis() * 1_000_000L));
        }
        if (due) {
          refit();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("event=themes.refit_failed error={}", e.toString());
      }
    }
  }

  /** Fits a new model on the remembered questions now and makes it current. */
  public void refit() {
    String[] t;
    Language[] l;
    String[] prev;
    synchronized (this) {
      t = new String[size];
      l = new Language[size];
      prev = new String[size];
      int start = size < texts.length ? 0 : next;
      for (int i = 0; i < size; i++) {
        int k = (start + i) % texts.length;
        t[i] = texts[k];
        l[i] = languages[k];
        prev[i] = themeIds[k];
      }
      sinceFit = 0;
    }
    long started = System.nanoTime();
    // Collapse exact copies: one document per distinct text, weighted by its copies.
    LongIntMap index = new LongIntMap(t.length);
    List<String> docs = new ArrayList<>();
    List<Language> docLangs = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    int[] docOf = new int[t.length];
    for (int i = 0; i < t.length; i++) {
      int d = index.putIfAbsent(ExactKey.of(t[i]), docs.size());
      if (d == docs.size()) {
        docs.add(t[i]);
        docLangs.add(l[i]);
        weights.add(0);
      }
      weights.set(d, weights.get(d) + 1);
      docOf[i] = d;
    }
    Language[] langs = docLangs.toArray(Language[]::new);
    TermDocs terms = new TermDocsBuilder(Engines.defaultTermSource()).build(docs, langs, 1);
    int[] w = weights.stream().mapToInt(Integer::intValue).toArray();
    ThemeModel model =
        engine.discover(
            new ThemeInput(docs, langs, w, terms),
            new ThemeRequest(params, settings.seed(), 1, 0, ThemeRequest.Progress.NONE));
    List<String> ids = carryIds(model, docOf, prev);
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (ThemeModel.Theme th : model.themes()) {
      labels.put(ids.get(th.index()), th.keyPhrases());
    }
    LiveThemes fitted =
        new LiveThemes(model, List.copyOf(ids), labels, docs.size(), live.get().generation() + 1);
    live.set(fitted);
    synchronized (this) {
      lastFitEndNanos = System.nanoTime();
    }
    LOG.info(
        "event=themes.refit generation={} questions={} distinct={} themes={} millis={}",
        fitted.generation(),
        t.length,
        docs.size(),
        model.themes().size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The stable id of every theme of the new model, carried over from {@code prev} by overlap. */
  private synchronized List<String> carryIds(ThemeModel model, int[] docOf, String[] prev) {
    int themes = model.themes().size();
    int[] subOf = model.subthemeOf();
    int[] withPrev = new int[themes];
    List<Map<String, Integer>> votes = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      votes.add(new HashMap<>());
    }
    for (int i = 0; i < docOf.length; i++) {
      int sub = subOf[docOf[i]];
      if (sub < 0) {
        continue;
      }
      int t = model.subthemes().get(sub).theme();
      if (prev[i] != null && !prev[i].isEmpty()) {
        withPrev[t]++;
        votes.get(t).merge(prev[i], 1, Integer::sum);
      }
    }
    record Vote(int theme, String id, int count) {}
    List<Vote> all = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      for (Map.Entry<String, Integer> e : votes.get(t).entrySet()) {
        all.add(new Vote(t, e.getKey(), e.getValue()));
      }
    }
    all.sort(
        Comparator.comparingInt(Vote::count)
            .reversed()
            .thenComparingInt(Vote::theme)
            .thenComparing(Vote::id));
    String[] ids = new String[themes];
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (Vote v : all) {
      if (ids[v.theme()] == null
          && !taken.contains(v.id())
          && 2 * v.count() >= withPrev[v.theme()]
          && v.count() >= MIN_VOTES) {
        ids[v.theme()] = v.id();
        taken.add(v.id());
      }
    }
    for (int t = 0; t < themes; t++) {
      if (ids[t] == null) {
        ids[t] = "T" + nextId++;
      }
    }
    return Arrays.asList(ids);
  }

  private static int numberOf(String id) {
    if (id == null || id.length() < 2 || id.charAt(0) != 'T') {
      return 0;
    }
    try {
      return Integer.parseInt(id.substring(1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
