package voxpop.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoxpopOutputTest {
  @Test
  void anAppealTakesItsFirstQuestionsThemeAndSubtheme(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("questions.csv"),
        "id,appeal_id,question_no,language,verdict,reason,duplicate_group,campaign,theme_id,subtheme_id\r\n"
            + "a1-2,a1,2,ru,accepted,ok,g1,,t02,t02.1\r\n"
            + "a1-1,a1,1,ru,accepted,ok,g0,,t01,t01.2\r\n"
            + "a2-1,a2,1,ru,spam,spam.link,,,,\r\n"
            + "a2-2,a2,2,ru,accepted,ok,g2,,t01,t01.1\r\n"
            + "a3-1,a3,1,ru,accepted,ok,g3,,other,\r\n"
            + "a4-1,a4,1,ru,accepted,ok,g4,,t01,other\r\n");
    Files.writeString(
        dir.resolve("themes.json"),
        """
        {"themes": [
          {"id": "t01", "label": "пенсии", "subthemes": [
            {"id": "t01.1", "label": "индексация пенсий"}, {"id": "t01.2", "label": "пенсии сельским"}]},
          {"id": "t02", "label": "дороги", "subthemes": [{"id": "t02.1", "label": "ямы"}]}],
         "other": null}
        """);
    Map<String, Integer> index = Map.of("a1", 0, "a2", 1, "a3", 2, "a4", 3, "a5", 4);
    VoxpopOutput.Levels l = VoxpopOutput.read(dir, index);
    assertThat(l.themes().clusterByDoc())
        .containsExactly("t01", "(screened out)", "other", "t01", "(screened out)");
    assertThat(l.subthemes().clusterByDoc())
        .containsExactly("t01/t01.2", "(screened out)", "other", "t01/other", "(screened out)");
    assertThat(l.themes().clusterCount()).isEqualTo(1);
    assertThat(l.subthemes().clusterCount()).isEqualTo(2);
    assertThat(l.themes().topLabels(10)).containsExactly("пенсии");
    assertThat(l.subthemes().topLabels(10)).containsExactly("пенсии (other)", "пенсии сельским");
  }
}
