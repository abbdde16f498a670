package voxpop.cli.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data sets {@code voxpop quality} knows, in the order of its tables, with the folder of {@code
 * ../shared/data} each one reads and the sections it feeds. Immutable.
 */
public final class QualitySets {
  /** What a set is measured for. */
  public enum Section {
    THEMES,
    SCREENING,
    DUPLICATES
  }

  /**
   * One data set.
   *
   * @param name the name {@code --sets} takes
   * @param folder its folder under the data root
   * @param sections what it is measured for
   * @param published the published clustering scores with k given, or null
   */
  public record DataSet(String name, String folder, Set<Section> sections, Published published) {}

  /**
   * Published accuracy (Hungarian-matched, k = true classes) from {@code DATA.md}; NMI where the
   * source gives it; NaN where it does not.
   */
  public record Published(double scclAccuracy, double rakibAccuracy, double rakibNmi) {}

  private static final String SHORT_TEXT = "en-short-text-clustering";

  /** Every set, in table order. */
  public static final List<DataSet> ALL =
      List.of(
          new DataSet(
              "kursk-appeals", "kursk-appeals", Set.of(Section.THEMES, Section.SCREENING), null),
          new DataSet(
              "agnews",
              SHORT_TEXT,
              Set.of(Section.THEMES),
              new Published(0.882, 0.818, Double.NaN)),
          new DataSet(
              "searchsnippets",
              SHORT_TEXT,
              Set.of(Section.THEMES),
              new Published(0.852, 0.827, Double.NaN)),
          new DataSet(
              "biomedical", SHORT_TEXT, Set.of(Section.THEMES), new Published(0.462, 0.404, 0.413)),
          new DataSet(
              "tweet", SHORT_TEXT, Set.of(Section.THEMES), new Published(0.782, 0.896, Double.NaN)),
          new DataSet("banking77", "en-banking77", Set.of(Section.THEMES), null),
          new DataSet("clinc150", "en-clinc150", Set.of(Section.THEMES), null),
          new DataSet("ru-paradetox", "ru-paradetox", Set.of(Section.SCREENING), null),
          new DataSet("en-sms-spam-uci", "en-sms-spam-uci", Set.of(Section.SCREENING), null),
          new DataSet(
              "troitsk-appeals-unlabeled",
              "troitsk-appeals-unlabeled",
              Set.of(Section.SCREENING),
              null),
          new DataSet("ru-paraphraser", "ru-paraphraser", Set.of(Section.DUPLICATES), null),
          new DataSet(
              "en-quora-question-pairs",
              "en-quora-question-pairs",
              Set.of(Section.DUPLICATES),
              null));

  /** Words {@code --sets} takes for several sets at once. */
  private static final Map<String, Section> GROUPS =
      Map.of(
          "themes", Section.THEMES,
          "screening", Section.SCREENING,
          "duplicates", Section.DUPLICATES);

  private QualitySets() {}

  /**
   * The sets a comma-separated list names, in table order: set names, {@code themes}, {@code
   * screening}, {@code duplicates} (the sets of that section) or {@code all}.
   *
   * @throws IllegalArgumentException naming the first unknown word and the known ones
   */
  public static List<DataSet> select(String list) {
    Set<String> names = new LinkedHashSet<>();
    for (String raw : list.split(",", -1)) {
      String word = raw.strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty name in the list '" + list + "'");
      }
      if (word.equals("all")) {
        ALL.forEach(s -> names.add(s.name()));
      } else if (GROUPS.containsKey(word)) {
        ALL.stream()
            .filter(s -> s.sections().contains(GROUPS.get(word)))
            .forEach(s -> names.add(s.name()));
      } else if (ALL.stream().anyMatch(s -> s.name().equals(word))) {
        names.add(word);
      } else {
        throw new IllegalArgumentException(
            "unknown set '"
                + raw.strip()
                + "'; known: all, themes, screening, duplicates, "
                + known());
      }
    }
    List<DataSet> out = new ArrayList<>();
    for (DataSet s : ALL) {
      if (names.contains(s.name())) {
        out.add(s);
      }
    }
    return out;
  }

  private static String known() {
    return String.join(", ", ALL.stream().map(DataSet::name).toList());
  }
}
