package voxpop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import voxpop.model.Language;
import voxpop.model.Verdict;
import voxpop.pipeline.QuestionTable;

class QuestionsCsvWriterTest {
  @TempDir Path dir;

  @Test
  void smallTableMatchesGoldenFile() throws IOException {
    Path out = dir.resolve("questions.csv");
    QuestionsCsvWriter.write(ReportFixtures.smallTable(), out);
    Golden.assertMatches(out, "questions-small.csv");
  }

  @Test
  void emptyTableIsTheHeaderAlone() throws IOException {
    assertThat(csv(ReportFixtures.emptyTable()))
        .isEqualTo(
            "id,appeal_id,question_no,language,verdict,reason,duplicate_group,campaign,"
                + "theme_id,subtheme_id\r\n");
  }

  @Test
  void singleScreenedQuestionHasNoGroupThemeOrSubtheme() throws IOException {
    QuestionTable one =
        new QuestionTable(
            List.of("x"),
            new int[] {0},
            new int[] {1},
            new byte[] {0},
            new byte[] {(byte) Verdict.ABUSE.ordinal()},
            new String[] {"abuse.obscene"},
            new int[] {-1},
            new BitSet(),
            new int[] {QuestionTable.SCREENED},
            new int[] {-1},
            List.of(),
            List.of());
    assertThat(csv(one)).endsWith("\r\nx-1,x,1,ru,abuse,abuse.obscene,,,,\r\n");
  }

  @Test
  void quotesOnlyFieldsThatNeedIt() throws IOException {
    String text = csv(ReportFixtures.smallTable());
    assertThat(text)
        .contains(
            "\r\n\"web,\"\"7\"\"-1\",\"web,\"\"7\"\"\",1,uk,accepted,ok,g000003,1,t02,other\r\n")
        .contains("\r\nсб-4-2,сб-4,2,ru,accepted,ok,g1234567,,t01,t01.1\r\n");
  }

  /**
   * Seeded random tables: the fast writer must give exactly what a plain writer built on the
   * table's own helper methods gives, field for field.
   */
  @Test
  void agreesWithTheTableHelpersOnRandomTables() throws IOException {
    for (long seed = 1; seed <= 20; seed++) {
      QuestionTable t = randomTable(new Random(seed), 1 + (int) seed * 150);
      assertThat(csv(t)).as("seed %d", seed).isEqualTo(reference(t));
    }
  }

  @Test
  void sameTableGivesIdenticalBytes() throws IOException {
    QuestionTable t = randomTable(new Random(7), 5000);
    assertThat(bytes(t)).isEqualTo(bytes(t));
  }

  private static String reference(QuestionTable t) {
    StringBuilder sb = new StringBuilder(QuestionsCsvWriter.HEADER).append("\r\n");
    for (int q = 0; q < t.size(); q++) {
      List<String> f =
          List.of(
              t.questionId(q),
              t.appealIds().get(t.appeal()[q]),
              Integer.toString(t.questionNo()[q]),
              t.languageOf(q).code(),
              t.verdictOf(q).code(),
              t.reason()[q],
              t.duplicateGroupOf(q),
              t.campaign().get(q) ? "1" : "",
              t.themeIdOf(q),
              t.subthemeIdOf(q));
      for (int i = 0; i < f.size(); i++) {
        String v = f.get(i);
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        sb.append(i == 0 ? "" : ",").append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  private static QuestionTable randomTable(Random rnd, int appeals) {
    String[] idParts = {"a", "web-", "сб", "x,y", "q\"", "line\nbreak", "😀", "", "9"};
    List<String> appealIds = new ArrayList<>();
    for (int a = 0; a < appeals; a++) {
      appealIds.add(idParts[rnd.nextInt(idParts.length)] + a);
    }
    List<Integer> appealOf = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int a = 0; a < appeals; a++) {
      int n = 1 + rnd.nextInt(3);
      for (int k = 1; k <= n; k++) {
        appealOf.add(a);
        numbers.add(k);
      }
    }
    int n = appealOf.size();
    int themes = rnd.nextInt(4);
    int subthemes = themes == 0 ? 0 : rnd.nextInt(6);
    byte[] language = new byte[n];
    byte[] verdict = new byte[n];
    String[] reason = new String[n];
    int[] group = new int[n];
    int[] theme = new int[n];
    int[] sub = new int[n];
    BitSet campaign = new BitSet();
    String[] spamReasons = {"spam.link", "spam.phone", "abuse,\"odd\""};
    for (int q = 0; q < n; q++) {
      language[q] = (byte) rnd.nextInt(Language.values().length);
      boolean accepted = rnd.nextInt(4) > 0;
      verdict[q] = (byte) (accepted ? 0 : 1 + rnd.nextInt(Verdict.values().length - 1));
      reason[q] = accepted ? "ok" : spamReasons[rnd.nextInt(spamReasons.length)];
      group[q] = accepted ? rnd.nextInt(rnd.nextBoolean() ? 50 : 5_000_000) : -1;
      if (accepted && rnd.nextInt(10) == 0) {
        campaign.set(q);
      }
      theme[q] =
          !accepted
              ? QuestionTable.SCREENED
              : themes == 0 || rnd.nextInt(5) == 0 ? QuestionTable.OTHER : rnd.nextInt(themes);
      sub[q] = theme[q] >= 0 && subthemes > 0 && rnd.nextBoolean() ? rnd.nextInt(subthemes) : -1;
    }
    List<String> themeIds = new ArrayList<>();
    for (int i = 1; i <= themes; i++) {
      themeIds.add("t0" + i);
    }
    List<String> subthemeIds = new ArrayList<>();
    for (int i = 1; i <= subthemes; i++) {
      subthemeIds.add("t01." + i);
    }
    return new QuestionTable(
        appealIds,
        appealOf.stream().mapToInt(Integer::intValue).toArray(),
        numbers.stream().mapToInt(Integer::intValue).toArray(),
        language,
        verdict,
        reason,
        group,
        campaign,
        theme,
        sub,
        themeIds,
        subthemeIds);
  }

  private static byte[] bytes(QuestionTable t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuestionsCsvWriter.write(t, out);
    return out.toByteArray();
  }

  private static String csv(QuestionTable t) throws IOException {
    return new String(bytes(t), StandardCharsets.UTF_8);
  }
}
