package voxpop.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsTest {
  @Test
  void cleanRemovesTagsDecodesEntitiesAndCollapsesSpace() {
    assertThat(Docs.clean("<p>Труба&nbsp;газа</p><br/>у дома &laquo;22&raquo; &amp; двор"))
        .isEqualTo("Труба газа у дома «22» & двор");
    assertThat(Docs.clean("a\tb\r\nc  d")).isEqualTo("a b c d");
    assertThat(Docs.clean("&#1044;&#x430; &unknown; 3 < 4 > 2"))
        .isEqualTo("Да &unknown; 3 < 4 > 2");
    assertThat(Docs.clean("")).isEmpty();
    assertThat(Docs.clean("   ")).isEmpty();
  }

  @Test
  void writtenDocumentsReadBackInOrder(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("docs.tsv");
    try (Docs.Writer w = new Docs.Writer(f)) {
      w.write("a 1", "first\tline\nbroken");
      w.write("b", "");
      assertThat(w.count()).isEqualTo(2);
    }
    assertThat(Files.readString(f)).isEqualTo("a_1\tfirst line broken\nb\t\n");
    assertThat(Docs.read(f))
        .containsExactly(new Docs.Doc("a_1", "first line broken"), new Docs.Doc("b", ""));
  }
}
