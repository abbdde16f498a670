package voxpop.bench.themes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import voxpop.eval.ClusteringMetrics;
import voxpop.eval.ClusteringScores;
import voxpop.eval.data.ClusteringSet;
import voxpop.eval.data.DataSets;
import voxpop.eval.data.LabelledText;
import voxpop.model.Language;
import voxpop.params.Params;
import voxpop.pipeline.Engines;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;
import voxpop.text.LanguageDetector;
import voxpop.text.TextNormalizer;
import voxpop.themes.ThemeEngine;
import voxpop.themes.ThemeInput;
import voxpop.themes.ThemeModel;
import voxpop.themes.ThemeParams;
import voxpop.themes.ThemeRequest;

/**
 * The theme engine alone on the labelled sets of {@code ../shared/data}, for fast iteration on the
 * method: texts are normalised, their language detected and their terms extracted as the pipeline
 * does, exact duplicates collapsed, and the engine's output scored per document (themes against the
 * coarse labels, sub-themes against the fine ones; "other" counts as one cluster). Screening and
 * question splitting are skipped; {@code voxpop quality} measures the whole pipeline.
 *
 * <p>Usage: {@code ThemeEval [--data DIR] [--sets kursk-appeals,agnews,...] [--modes auto,forced]
 * [--threads N] [--seed S] [--labels N] [name=value ...]}, where {@code name=value} overrides a
 * {@link ThemeParams} parameter. Prints one row per set and mode.
 */
public final class ThemeEval {
  private ThemeEval() {}

  public static void main(String[] args) throws Exception {
    Path data = DataSets.sharedRoot().orElse(Path.of("../shared/data"));
    List<String> sets = DataSets.CLUSTERING_SETS;
    List<String> modes = List.of("auto", "forced");
    int threads = 2;
    long seed = 1;
    int showLabels = 0;
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--sets" -> sets = List.of(args[++i].split(","));
        case "--modes" -> modes = List.of(args[++i].split(","));
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--labels" -> showLabels = Integer.parseInt(args[++i]);
        default -> {
          String[] kv = args[i].split("=", 2);
          if (kv.length != 2) {
            throw new IllegalArgumentException("expected name=value, got " + args[i]);
          }
          overrides.put(kv[0], kv[1]);
        }
      }
    }
    if (!java.nio.file.Files.isDirectory(data)) {
      System.err.println("no shared data at " + data.toAbsolutePath() + "; nothing to evaluate");
      return;
    }
    DataSets store = new DataSets(data);
    Params params = ThemeParams.defaults().with(overrides);
    System.out.printf(
        Locale.ROOT,
        "%-14s %6s %-6s %7s | %4s %6s %6s %6s | %4s %6s %6s %6s | %5s%n",
        "set",
        "n",
        "mode",
        "time_s",
        "thm",
        "NMI",
        "ARI",
        "ACC",
        "sub",
        "NMI",
        "ARI",
        "ACC",
        "other");
    ThemeEngine engine = Engines.defaultThemeEngine();
    for (String name : sets) {
      ClusteringSet set =
          name.startsWith("generated:")
              ? GeneratedSet.load(Path.of(name.substring("generated:".length())))
              : store.clustering(name);
      Prepared prepared = Prepared.of(set, threads);
      if (System.getenv("THEME_EVAL_ORACLE") != null) {
        oracle(prepared);
      }
      for (String mode : modes) {
        int forced = mode.equals("forced") ? set.coarseLabels().size() : 0;
        long t0 = System.nanoTime();
        ThemeModel model =
            engine.discover(
                prepared.input,
                new ThemeRequest(params, seed, threads, forced, ThemeRequest.Progress.NONE));
        double secs = (System.nanoTime() - t0) / 1e9;
        int[] sub = prepared.expand(model.subthemeOf());
        List<String> themeOf = new ArrayList<>(sub.length);
        List<String> subOf = new ArrayList<>(sub.length);
        int other = 0;
        for (int s : sub) {
          themeOf.add(s < 0 ? "other" : "t" + model.subthemes().get(s).theme());
          subOf.add(s < 0 ? "other" : "s" + s);
          other += s < 0 ? 1 : 0;
        }
        ClusteringScores t = ClusteringMetrics.score(prepared.coarse, themeOf);
        ClusteringScores s = ClusteringMetrics.score(prepared.fine, subOf);
        System.out.printf(
            Locale.ROOT,
            "%-14s %6d %-6s %7.2f | %4d %6.3f %6.3f %6.3f | %4d %6.3f %6.3f %6.3f | %5.1f%%%n",
            name,
            sub.length,
            mode,
            secs,
            model.themes().size(),
            t.nmi(),
            t.ari(),
            t.matchedAccuracy(),
            model.subthemes().size(),
            s.nmi(),
            s.ari(),
            s.matchedAccuracy(),
            100.0 * other / sub.length);
        if (System.getenv("THEME_EVAL_VERBOSE") != null) {
          ClusteringScores sc = ClusteringMetrics.score(prepared.coarse, subOf);
          System.out.printf(
              Locale.ROOT,
              "  sub-themes vs coarse: NMI %.3f homogeneity %.3f; %s%n",
              sc.nmi(),
              sc.homogeneity(),
              model.provenance().get("timingsMs"));
        }
        if (System.getenv("THEME_EVAL_DUMP") != null) {
          for (String want : System.getenv("THEME_EVAL_DUMP").split(",")) {
            int shown = 0;
            for (int i = 0; i < sub.length && shown < 12; i++) {
              if (themeOf.get(i).equals(want)) {
                shown++;
                System.out.println(
                    "  " + want + " [" + prepared.coarse.get(i) + "] " + set.texts().get(i).text());
              }
            }
          }
        }
        if (System.getenv("THEME_EVAL_TABLE") != null) {
          printTable(themeOf, prepared.coarse);
        }
        for (int i = 0; i < Math.min(showLabels, model.themes().size()); i++) {
          StringBuilder line = new StringBuilder("  theme " + i + ": ");
          line.append(model.themes().get(i).keyPhrases());
          for (ThemeModel.Subtheme st : model.subthemes()) {
            if (st.theme() == i && st.index() < 3 + firstSub(model, i)) {
              line.append("\n      sub ").append(st.keyPhrases());
            }
          }
          System.out.println(line);
        }
      }
    }
  }

  /** Multinomial naive Bayes trained on the true coarse labels of every text: an upper bound. */
  private static void oracle(Prepared p) {
    TermDocs terms = p.input.terms();
    Map<String, Integer> cls = new HashMap<>();
    int[] y = new int[terms.size()];
    java.util.Arrays.fill(y, -1);
    for (int r = 0; r < p.rowToText.length; r++) {
      y[p.rowToText[r]] = cls.computeIfAbsent(p.coarse.get(r), k -> cls.size());
    }
    int c = cls.size();
    int v = terms.vocabulary().size();
    double[][] count = new double[c][v];
    double[] total = new double[c];
    for (int d = 0; d < terms.size(); d++) {
      for (int k = 0; k < terms.length(d); k++) {
        count[y[d]][terms.term(d, k)]++;
        total[y[d]]++;
      }
    }
    int[] pred = new int[terms.size()];
    for (int d = 0; d < terms.size(); d++) {
      double best = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < c; j++) {
        double s = 0;
        for (int k = 0; k < terms.length(d); k++) {
          s += Math.log((count[j][terms.term(d, k)] + 0.1) / (total[j] + 0.1 * v));
        }
        if (s > best) {
          best = s;
          pred[d] = j;
        }
      }
    }
    List<String> predicted = new ArrayList<>();
    for (int r = 0; r < p.rowToText.length; r++) {
      predicted.add("c" + pred[p.rowToText[r]]);
    }
    ClusteringScores s = ClusteringMetrics.score(p.coarse, predicted);
    System.out.printf(
        Locale.ROOT,
        "  oracle NB on true labels: NMI %.3f ACC %.3f%n",
        s.nmi(),
        s.matchedAccuracy());
  }

  private static int firstSub(ThemeModel model, int theme) {
    for (ThemeModel.Subtheme st : model.subthemes()) {
      if (st.theme() == theme) {
        return st.index();
      }
    }
    return 0;
  }

  private static void printTable(List<String> clusters, List<String> classes) {
    Map<String, Map<String, Integer>> rows = new java.util.TreeMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      rows.computeIfAbsent(clusters.get(i), x -> new java.util.TreeMap<>())
          .merge(classes.get(i), 1, Integer::sum);
    }
    rows.forEach((k, v) -> System.out.println("  " + k + ": " + v));
  }

  /** A set as the engine sees it: normalised, language-detected, duplicates collapsed. */
  private record Prepared(
      ThemeInput input, int[] rowToText, List<String> fine, List<String> coarse) {
    static Prepared of(ClusteringSet set, int threads) {
      Map<String, Integer> ids = new HashMap<>();
      List<String> texts = new ArrayList<>();
      List<Language> langs = new ArrayList<>();
      List<Integer> counts = new ArrayList<>();
      int[] rowTo = new int[set.texts().size()];
      List<String> fine = new ArrayList<>();
      List<String> coarse = new ArrayList<>();
      for (int i = 0; i < set.texts().size(); i++) {
        LabelledText lt = set.texts().get(i);
        String t = TextNormalizer.normalize(lt.text());
        Integer id = ids.get(t);
        if (id == null) {
          id = texts.size();
          ids.put(t, id);
          texts.add(t);
          langs.add(LanguageDetector.detect(t));
          counts.add(0);
        }
        counts.set(id, counts.get(id) + 1);
        rowTo[i] = id;
        fine.add(lt.label());
        coarse.add(lt.coarseLabel());
      }
      Language[] la = langs.toArray(Language[]::new);
      TermDocs terms = new TermDocsBuilder(Engines.defaultTermSource()).build(texts, la, threads);
      int[] w = counts.stream().mapToInt(Integer::intValue).toArray();
      return new Prepared(new ThemeInput(texts, la, w, terms), rowTo, fine, coarse);
    }

    int[] expand(int[] perText) {
      int[] out = new int[rowToText.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = perText[rowToText[i]];
      }
      return out;
    }
  }
}
