package voxpop.bench.themes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import voxpop.model.Language;
import voxpop.params.Params;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;
import voxpop.themes.DefaultThemeEngine;
import voxpop.themes.ThemeInput;
import voxpop.themes.ThemeModel;
import voxpop.themes.ThemeParams;
import voxpop.themes.ThemeRequest;

/**
 * Recomputes the theme-quality table of {@code docs/quality.md} from {@code ../shared/data}: for
 * every labelled set, the engine in automatic mode (themes vs coarse labels, sub-themes vs fine
 * labels) and with the number of themes forced to the number of classes, as papers compare.
 *
 * <p>Usage: {@code ThemeEval [--data DIR] [--sets kursk,agnews,...] [--modes auto,forced]
 * [--threads N] [--seed S] [--labels N] [name=value ...]} where {@code name=value} overrides a
 * {@link ThemeParams} parameter.
 */
public final class ThemeEval {
  private ThemeEval() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getenv().getOrDefault("VOXPOP_SHARED_DATA", "../shared/data"));
    List<String> sets = EvalSets.NAMES;
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
    if (!Files.isDirectory(data)) {
      System.err.println("no shared data at " + data.toAbsolutePath() + "; nothing to evaluate");
      return;
    }
    Params params = ThemeParams.defaults().with(overrides);
    System.out.printf(
        Locale.ROOT,
        "%-10s %6s %-6s %7s | %4s %6s %6s %6s | %4s %6s %6s %6s | %5s%n",
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
    LuceneTerms lucene = new LuceneTerms();
    for (String name : sets) {
      EvalSets.EvalSet set = EvalSets.load(data, name);
      Distinct distinct = Distinct.of(set.texts());
      Language[] langs = new Language[distinct.texts.size()];
      Arrays.fill(langs, set.language());
      TermDocs terms = new TermDocsBuilder(lucene).build(distinct.texts, langs, threads);
      ThemeInput input = new ThemeInput(distinct.texts, langs, distinct.weights, terms);
      DefaultThemeEngine engine = new DefaultThemeEngine(lucene, lucene);
      for (String mode : modes) {
        int forced = mode.equals("forced") ? set.coarseClasses() : 0;
        long t0 = System.nanoTime();
        ThemeModel model =
            engine.discover(
                input, new ThemeRequest(params, seed, threads, forced, ThemeRequest.Progress.NONE));
        double secs = (System.nanoTime() - t0) / 1e9;
        int[] sub = distinct.expand(model.subthemeOf());
        int[] theme = new int[sub.length];
        int other = 0;
        for (int i = 0; i < sub.length; i++) {
          theme[i] = sub[i] < 0 ? -1 : model.subthemes().get(sub[i]).theme();
          if (sub[i] < 0) {
            other++;
          }
        }
        Scores.Result t = Scores.of(theme, set.coarse());
        Scores.Result s = Scores.of(sub, set.fine());
        System.out.printf(
            Locale.ROOT,
            "%-10s %6d %-6s %7.2f | %4d %6.3f %6.3f %6.3f | %4d %6.3f %6.3f %6.3f | %5.1f%%%n",
            name,
            sub.length,
            mode,
            secs,
            model.themes().size(),
            t.nmi(),
            t.ari(),
            t.acc(),
            model.subthemes().size(),
            s.nmi(),
            s.ari(),
            s.acc(),
            100.0 * other / sub.length);
        if (System.getenv("THEME_EVAL_VERBOSE") != null) {
          System.out.printf(
              Locale.ROOT,
              "  sub-theme purity vs coarse %.3f; %s%n",
              purity(sub, set.coarse()),
              model.provenance().get("timingsMs"));
        }
        for (int i = 0; i < Math.min(showLabels, model.themes().size()); i++) {
          System.out.println("  theme " + i + ": " + model.themes().get(i).keyPhrases());
        }
      }
    }
  }

  /** Share of questions whose cluster's majority class is their own class. */
  static double purity(int[] clusters, int[] classes) {
    Map<Integer, Map<Integer, Integer>> table = new HashMap<>();
    for (int i = 0; i < clusters.length; i++) {
      table.computeIfAbsent(clusters[i], k -> new HashMap<>()).merge(classes[i], 1, Integer::sum);
    }
    long hit = 0;
    for (Map<Integer, Integer> row : table.values()) {
      hit += row.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    return (double) hit / clusters.length;
  }

  /** Exact duplicates collapsed, as the pipeline hands them to the engine. */
  private record Distinct(List<String> texts, int[] weights, int[] rowToText) {
    static Distinct of(List<String> rows) {
      Map<String, Integer> ids = new HashMap<>();
      List<String> texts = new ArrayList<>();
      List<Integer> counts = new ArrayList<>();
      int[] rowTo = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        String t = rows.get(i);
        Integer id = ids.get(t);
        if (id == null) {
          id = texts.size();
          ids.put(t, id);
          texts.add(t);
          counts.add(0);
        }
        counts.set(id, counts.get(id) + 1);
        rowTo[i] = id;
      }
      return new Distinct(texts, counts.stream().mapToInt(Integer::intValue).toArray(), rowTo);
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
