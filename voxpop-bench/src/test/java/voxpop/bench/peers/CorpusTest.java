package voxpop.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @Test
  void generatedLabelsScoreTheFirstQuestionOfAcceptedAppealsOnly(@TempDir Path dir)
      throws Exception {
    Path input = dir.resolve("in.csv");
    Files.writeString(
        input,
        "id,received_at,channel,text\n"
            + "A1,,sms,Когда проиндексируют пенсии? И дороги\n"
            + "A2,,web,Купите слона www.x.ru\n"
            + "A3,,web,\"<p>Нет газа</p>\"\n"
            + "A4,,web,без метки\n");
    Path labels = dir.resolve("in.labels.csv");
    Files.writeString(
        labels,
        "appeal_id,question_no,class,theme,subtheme\n"
            + "A1,2,accepted,roads,roads.holes\n"
            + "A1,1,accepted,pensions,pensions.index\n"
            + "A2,1,spam,,\n"
            + "A3,1,accepted,gas,gas.village\n");
    Corpus c = Corpus.prepare("gen-4", "ru", input, labels, "theme", dir.resolve("c"));
    assertThat(c.documents()).isEqualTo(4);
    assertThat(c.scored()).isEqualTo(2);
    assertThat(c.k()).isEqualTo(2);
    assertThat(Files.readString(c.docs()))
        .isEqualTo(
            "A1\tКогда проиндексируют пенсии? И дороги\n"
                + "A2\tКупите слона www.x.ru\n"
                + "A3\tНет газа\n"
                + "A4\tбез метки\n");
    Map<String, Integer> index = c.docIndex();
    assertThat(index).containsEntry("A1", 0).containsEntry("A4", 3);
    assertThat(c.truthByDoc(index)).containsExactly("pensions", null, "gas", null);
  }

  @Test
  void realSetLabelsHaveOneRowPerAppealAndNoClass(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("set.csv");
    Files.writeString(input, "id,text\n1,alpha\n2,beta\n3,gamma\n");
    Path labels = dir.resolve("set.labels.csv");
    Files.writeString(labels, "appeal_id,theme,subtheme\n1,A,a1\n2,A,a2\n3,B,a1\n");
    Corpus fine = Corpus.prepare("s", "en", input, labels, "subtheme", dir.resolve("f"));
    assertThat(fine.k()).isEqualTo(2);
    assertThat(fine.truthByDoc(fine.docIndex())).containsExactly("a1", "a2", "a1");
    Corpus coarse = Corpus.prepare("s", "en", input, labels, "theme", dir.resolve("c"));
    assertThat(coarse.truthByDoc(coarse.docIndex())).containsExactly("A", "A", "B");
  }

  @Test
  void aMissingColumnOrARepeatedIdIsAnError(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.csv");
    Files.writeString(input, "id,text\n1,a\n");
    Path labels = dir.resolve("l.csv");
    Files.writeString(labels, "appeal_id,theme\n1,x\n");
    assertThatThrownBy(() -> Corpus.prepare("s", "en", input, labels, "subtheme", dir))
        .hasMessageContaining("no column 'subtheme'");
    Files.writeString(input, "id,text\n1,a\n1,b\n");
    assertThatThrownBy(() -> Corpus.prepare("s", "en", input, labels, "theme", dir))
        .hasMessageContaining("line 3: id seen twice");
  }
}
