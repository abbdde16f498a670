package voxpop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code voxpop quality}: its flags, and a run over a tiny data folder written here in the layout
 * of {@code ../shared/data} (no shared data needed), checking the tables' shape and the figures
 * that can be worked out by hand.
 */
class QualityCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new QualityCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void rejectsAnUnknownSetNamingTheKnownOnes() {
    assertThat(run("--data", dir.toString(), "--sets", "agnews,nope")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--sets: unknown set 'nope'; known: all, themes, screening, duplicates,")
        .contains("kursk-appeals")
        .contains("en-quora-question-pairs");
  }

  @Test
  void rejectsAnEmptyNameInTheList() {
    assertThat(run("--data", dir.toString(), "--sets", "agnews,,tweet")).isEqualTo(2);
    assertThat(err.toString()).contains("--sets: empty name in the list 'agnews,,tweet'");
  }

  @Test
  void rejectsThreadsOutOfRange() {
    assertThat(run("--data", dir.toString(), "--threads", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--threads: 0 is outside [1, 512]");
  }

  @Test
  void rejectsAMissingDataFolder() {
    assertThat(run("--data", dir.resolve("absent").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--data: no such folder: " + dir.resolve("absent"));
  }

  @Test
  void rejectsOutputsInMissingFoldersOrOnFolders() {
    assertThat(run("--data", dir.toString(), "--out", dir.resolve("no/t.md").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--out: the folder does not exist: " + dir.resolve("no"));
    assertThat(run("--data", dir.toString(), "--json", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--json: is a folder, expected a file: " + dir);
  }

  @Test
  void rejectsAnUnknownEngineParameter() {
    assertThat(run("--data", dir.toString(), "-p", "noSuchThing=1")).isEqualTo(2);
    assertThat(err.toString()).contains("--param: ").contains("noSuchThing");
  }

  @Test
  void listsAbsentSetsAsSkipped() throws IOException {
    Path json = dir.resolve("q.json");
    int status =
        run("--data", dir.toString(), "--sets", "tweet,duplicates", "--json", json.toString());
    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("Command: `voxpop quality --data " + dir)
        .contains("### Skipped")
        .contains("- tweet: its folder is absent: " + dir.resolve("en-short-text-clustering"))
        .contains("- ru-paraphraser: its folder is absent")
        .contains("- en-quora-question-pairs: its folder is absent")
        .doesNotContain("### Themes");
    JsonNode j = JsonMapper.builder().build().readTree(json.toFile());
    assertThat(j.get("skipped")).hasSize(3);
    assertThat(j.get("themes")).isEmpty();
  }

  @Test
  void measuresATinyHandMadeDataFolder() throws IOException {
    writeTinySets();
    Path md = dir.resolve("q.md");
    Path json = dir.resolve("q.json");
    int status =
        run(
            "--data",
            dir.toString(),
            "--sets",
            "agnews,en-sms-spam-uci,ru-paraphraser,biomedical",
            "--threads",
            "1",
            "--out",
            md.toString(),
            "--json",
            json.toString());
    assertThat(status).as(err.toString()).isZero();
    String table = Files.readString(md);
    assertThat(table)
        .contains("### Themes, automatic mode")
        .contains("### Themes with k given")
        .contains("### Screening")
        .contains("### Duplicates")
        .contains("| agnews | 48 | 4 / 4 |")
        .contains("| agnews | 4 |")
        .contains("| 1.000 (1.000–1.000) | 1.000 (1.000–1.000) | 0.882 | 0.818 | – |")
        .contains("- biomedical: data set en-short-text-clustering is missing");
    JsonNode j = JsonMapper.builder().build().readTree(json.toFile());

    JsonNode auto = j.get("themes").get(0);
    assertThat(auto.get("set").asString()).isEqualTo("agnews");
    assertThat(auto.get("documents").asInt()).isEqualTo(48);
    for (String level : List.of("theme", "subtheme")) {
      JsonNode l = auto.get(level);
      assertThat(l.get("n").asInt()).isEqualTo(48);
      assertThat(l.get("classes").asInt()).isEqualTo(4);
      assertUnit(l, "nmi", "v_measure", "homogeneity", "completeness", "matched_accuracy");
    }
    JsonNode given = j.get("given").get(0);
    assertThat(given.get("k").asInt()).isEqualTo(4);
    assertUnit(given.get("voxpop"), "nmi", "matched_accuracy");
    // Four classes with disjoint words: the floor finds them.
    JsonNode floor = given.get("baseline");
    assertThat(floor.get("runs")).hasSize(5);
    assertThat(floor.get("nmi_min").asDouble()).isEqualTo(1.0, within(1e-9));
    assertThat(floor.get("accuracy_min").asDouble()).isEqualTo(1.0, within(1e-9));

    JsonNode spam = j.get("spam").get(0);
    assertThat(spam.get("messages").asInt()).isEqualTo(6);
    assertThat(spam.get("ham").asInt()).isEqualTo(4);
    JsonNode d = spam.get("spam");
    assertThat(d.get("true_positives").asInt() + d.get("false_negatives").asInt()).isEqualTo(2);

    JsonNode pairs = j.get("duplicates").get(0);
    assertThat(pairs.get("pairs").asInt()).isEqualTo(5);
    assertThat(pairs.get("grid")).hasSize(15);
    // strict: identical (always found), two-stem pair (never: under three stems, unequal);
    // non: disjoint (never), Jaccard 3/6 (found up to 0.5); loose: Jaccard 3/5.
    assertPoint(pairs.get("grid").get(0), 0.30, 0.5, 0.5, 2 / 3.0, 2 / 3.0);
    assertPoint(pairs.get("grid").get(5), 0.55, 1.0, 0.5, 1.0, 2 / 3.0);
    assertPoint(pairs.get("grid").get(7), 0.65, 1.0, 0.5, 1.0, 1 / 3.0);
    assertPoint(pairs.get("engine"), 0.75, 1.0, 0.5, 1.0, 1 / 3.0);
    assertThat(pairs.get("best_strict").asDouble()).isEqualTo(0.55, within(1e-9));
    assertThat(pairs.get("best_loose_too").asDouble()).isEqualTo(0.55, within(1e-9));
    assertThat(table).contains("| 0.30 | 0.500 | 0.500 | 0.500 | 0.667 | 0.667 | 0.667 |");
  }

  private static void assertUnit(JsonNode node, String... fields) {
    for (String f : fields) {
      assertThat(node.get(f).asDouble()).as(f).isBetween(0.0, 1.0);
    }
  }

  private static void assertPoint(
      JsonNode p, double t, double strictP, double strictR, double looseP, double looseR) {
    assertThat(p.get("threshold").asDouble()).isEqualTo(t, within(1e-9));
    assertThat(p.get("strict").get("precision").asDouble()).isEqualTo(strictP, within(1e-9));
    assertThat(p.get("strict").get("recall").asDouble()).isEqualTo(strictR, within(1e-9));
    assertThat(p.get("loose_too").get("precision").asDouble()).isEqualTo(looseP, within(1e-9));
    assertThat(p.get("loose_too").get("recall").asDouble()).isEqualTo(looseR, within(1e-9));
  }

  /** AG News (4 classes × 12 texts, disjoint words), six SMS, five paraphrase pairs. */
  private void writeTinySets() throws IOException {
    String[][] words = {
      {"football", "goal", "striker", "league", "coach", "stadium"},
      {"election", "parliament", "minister", "vote", "senator", "campaign"},
      {"bank", "inflation", "interest", "shares", "investors", "market"},
      {"software", "computer", "chip", "internet", "browser", "laptop"}
    };
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < words.length; c++) {
      for (int i = 0; i < 12; i++) {
        String[] w = words[c];
        lines.add(
            (c + 1)
                + "\t"
                + "the "
                + w[i % 6]
                + " and the "
                + w[(i + 1) % 6]
                + " of the "
                + w[(i + 3) % 6]
                + " with "
                + w[(i + 2) % 6]);
      }
    }
    write("en-short-text-clustering/agnewsdataraw-8000", String.join("\n", lines) + "\n");
    write(
        "en-sms-spam-uci/SMSSpamCollection",
        "Label\tSMS\n"
            + "ham\tAre we still meeting for lunch at noon tomorrow?\n"
            + "ham\tI will call you when I get home tonight\n"
            + "spam\tWINNER!! You have won a free prize. Call 09061701461 now to claim\n"
            + "ham\tThe train is late again, see you at the station\n"
            + "spam\tFree entry in a weekly competition, text WIN to 87121 to receive\n"
            + "ham\tCan you buy some milk on the way back please\n");
    write(
        "ru-paraphraser/paraphrases_train.xml",
        xml(
            pair(1, "Когда починят лифт в нашем доме?", "когда починят лифт в нашем доме", 1),
            pair(2, "лифт дом", "лифт подъезд", 1),
            pair(3, "пенсия индексация выплата", "газ подключение участок", -1),
            pair(
                4,
                "пенсия индексация выплата зарплата",
                "пенсия индексация выплата газ участок",
                -1)));
    write(
        "ru-paraphraser/paraphrases_gold.xml",
        xml(pair(5, "школа больница завод дорога", "школа больница завод парк", 0)));
  }

  private static String pair(int id, String a, String b, int cls) {
    return "<paraphrase><value name=\"id\">"
        + id
        + "</value><value name=\"text_1\">"
        + a
        + "</value><value name=\"text_2\">"
        + b
        + "</value><value name=\"class\">"
        + cls
        + "</value></paraphrase>\n";
  }

  private static String xml(String... pairs) {
    return "<?xml version='1.0' encoding='UTF8'?>\n<data><corpus>\n"
        + String.join("", pairs)
        + "</corpus></data>\n";
  }

  private void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
