package voxpop.bench.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import voxpop.generate.CorpusGenerator;
import voxpop.generate.GeneratorConfig;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.screen.PersonalDataMasker;
import voxpop.screen.Screener;
import voxpop.text.LanguageDetector;
import voxpop.text.QuestionSplitter;
import voxpop.text.TermExtractor;
import voxpop.text.TextNormalizer;

/**
 * Single-thread throughput of the first stages of the engine (normalise, detect the language,
 * split, screen, mask, extract terms) on a generated corpus, and the screening and language figures
 * against the generator's ground truth. A timing harness, not JMH: each stage runs over the whole
 * corpus {@code --rounds} times after {@code --warmup} rounds, and the best round is reported (the
 * machine is shared; the best round is the least disturbed one).
 *
 * <p>Usage: {@code TextBench [--count N] [--seed S] [--rounds R] [--warmup W] [--show N]}, where
 * {@code --show} prints up to N misread appeals of each kind (truth -> reason).
 */
public final class TextBench {
  private TextBench() {}

  public static void main(String[] args) throws IOException {
    long count = 200_000;
    long seed = 7;
    int rounds = 5;
    int warmup = 3;
    int show = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Long.parseLong(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--show" -> show = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<String> raw = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    List<String> truthLanguage = new ArrayList<>();
    new CorpusGenerator(GeneratorConfig.of(count, seed))
        .generate(
            (appeal, labels) -> {
              raw.add(appeal.text());
              truth.add(labels.getFirst().labelClass());
              truthLanguage.add(labels.getFirst().language());
            },
            n -> {});
    int n = raw.size();
    String[] norm = new String[n];
    Language[] lang = new Language[n];
    List<String> questions = new ArrayList<>();
    List<Language> questionLang = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      norm[i] = TextNormalizer.normalize(raw.get(i));
      lang[i] = LanguageDetector.detect(norm[i]);
      for (String q : QuestionSplitter.split(norm[i])) {
        questions.add(q);
        questionLang.add(LanguageDetector.detect(q));
      }
    }
    long chars = 0;
    for (String s : norm) {
      chars += s.length();
    }
    System.out.printf(
        Locale.ROOT,
        "corpus: %,d appeals (seed %d), %,d questions, %.1f chars an appeal; %s, %d cores%n",
        n,
        seed,
        questions.size(),
        chars / (double) n,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());

    Screener screener = Screener.withDefaults();
    TermExtractor extractor = new TermExtractor();
    long[] tokens = new long[2];
    int q = questions.size();
    Stage[] stages = {
      new Stage("normalize", n, () -> sink(each(raw, TextNormalizer::normalize))),
      new Stage(
          "detect language",
          n,
          () -> {
            int h = 0;
            for (String s : norm) {
              h += LanguageDetector.detect(s).ordinal();
            }
            return h;
          }),
      new Stage(
          "split questions",
          n,
          () -> {
            int h = 0;
            for (String s : norm) {
              h += QuestionSplitter.split(s).size();
            }
            return h;
          }),
      new Stage(
          "screen appeal",
          n,
          () -> {
            int h = 0;
            for (int i = 0; i < n; i++) {
              h += screener.screenAppeal(norm[i], lang[i]).verdict().ordinal();
            }
            return h;
          }),
      new Stage(
          "screen question",
          q,
          () -> {
            int h = 0;
            for (int i = 0; i < q; i++) {
              h +=
                  screener
                      .screenQuestion(questions.get(i), questionLang.get(i))
                      .verdict()
                      .ordinal();
            }
            return h;
          }),
      new Stage(
          "mask personal data",
          n,
          () -> {
            int h = 0;
            for (String s : norm) {
              h += PersonalDataMasker.mask(s).length();
            }
            return h;
          }),
      new Stage(
          "extract terms",
          q,
          () -> {
            long t = 0;
            long words = 0;
            for (int i = 0; i < q; i++) {
              int[] c = new int[2];
              extractor.extract(
                  questions.get(i),
                  questionLang.get(i),
                  (p, s, st) -> {
                    c[0]++;
                    c[1] = p + 1;
                  });
              t += c[0];
              words += c[1];
            }
            tokens[0] = t;
            tokens[1] = words;
            return (int) t;
          }),
    };
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (Stage s : stages) {
      long best = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      for (int r = 0; r < warmup + rounds; r++) {
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int h = s.body.run();
        long ns = System.nanoTime() - t0;
        long cns = cpu.getCurrentThreadCpuTime() - c0;
        if (h == 42_424_242) {
          System.out.print("");
        }
        if (r >= warmup) {
          best = Math.min(best, ns);
          bestCpu = Math.min(bestCpu, cns);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%-20s %,12.0f items per CPU second (%,d items, %.3f s CPU, %.3f s wall)%n",
          s.name,
          s.items / (bestCpu / 1e9),
          s.items,
          bestCpu / 1e9,
          best / 1e9);
      if (s.name.equals("extract terms")) {
        System.out.printf(
            Locale.ROOT,
            "%-20s %,12.0f content tokens per CPU second (%,d tokens emitted)%n",
            "",
            tokens[0] / (bestCpu / 1e9),
            tokens[0]);
        System.out.printf(
            Locale.ROOT,
            "%-20s %,12.0f words read per CPU second (%,d words up to the last content word)%n",
            "",
            tokens[1] / (bestCpu / 1e9),
            tokens[1]);
      }
    }
    qualityAgainstTruth(norm, lang, truth, truthLanguage, screener, show);
  }

  private static void qualityAgainstTruth(
      String[] norm,
      Language[] lang,
      List<String> truth,
      List<String> truthLanguage,
      Screener screener,
      int show) {
    Map<String, Integer> shown = new TreeMap<>();
    Map<String, int[]> byClass = new TreeMap<>();
    Map<String, Integer> confusion = new TreeMap<>();
    int langRight = 0;
    Map<Language, int[]> langByTruth = new EnumMap<>(Language.class);
    for (int i = 0; i < norm.length; i++) {
      Screening s = screener.screenAppeal(norm[i], lang[i]);
      String predicted = s.accepted() ? "accepted" : s.verdict().code();
      String actual = truth.get(i);
      String pair = actual + " -> " + s.reason();
      confusion.merge(pair, 1, Integer::sum);
      if (!actual.equals(predicted) && shown.merge(pair, 1, Integer::sum) <= show) {
        System.out.println("  [" + pair + "] " + norm[i].replace('\n', ' '));
      }
      for (String c : List.of("spam", "abuse", "gibberish", "empty")) {
        int[] m = byClass.computeIfAbsent(c, k -> new int[3]);
        boolean p = predicted.equals(c);
        boolean a = actual.equals(c);
        if (p && a) {
          m[0]++;
        } else if (p) {
          m[1]++;
        } else if (a) {
          m[2]++;
        }
      }
      if (actual.equals("accepted")) {
        Language t = Language.parse(truthLanguage.get(i));
        int[] c = langByTruth.computeIfAbsent(t, k -> new int[2]);
        c[0]++;
        if (lang[i] == t) {
          c[1]++;
          langRight++;
        }
      }
    }
    System.out.println("screening against the generator's ground truth (appeal level):");
    for (Map.Entry<String, int[]> e : byClass.entrySet()) {
      int[] m = e.getValue();
      System.out.printf(
          Locale.ROOT,
          "  %-10s precision %.3f recall %.3f (tp %d, fp %d, fn %d)%n",
          e.getKey(),
          m[0] / (double) Math.max(1, m[0] + m[1]),
          m[0] / (double) Math.max(1, m[0] + m[2]),
          m[0],
          m[1],
          m[2]);
    }
    System.out.println("language of accepted appeals against the ground truth:");
    for (Map.Entry<Language, int[]> e : langByTruth.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "  %-3s %.4f (%d of %d)%n",
          e.getKey().code(),
          e.getValue()[1] / (double) e.getValue()[0],
          e.getValue()[1],
          e.getValue()[0]);
    }
    System.out.println("truth -> reason (counts over 20):");
    confusion.forEach(
        (k, v) -> {
          if (v > 20) {
            System.out.printf(Locale.ROOT, "  %-40s %,d%n", k, v);
          }
        });
  }

  private static int each(List<String> in, java.util.function.UnaryOperator<String> f) {
    int h = 0;
    for (String s : in) {
      h += f.apply(s).length();
    }
    return h;
  }

  private static int sink(int h) {
    return h;
  }

  private record Stage(String name, long items, Body body) {}

  @FunctionalInterface
  private interface Body {
    int run();
  }
}
