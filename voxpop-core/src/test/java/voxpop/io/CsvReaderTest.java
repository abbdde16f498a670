package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<List<String>> read(String text) throws IOException {
    try (CsvReader r = open(text)) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(r.header());
      for (String[] row; (row = r.next()) != null; ) {
        rows.add(List.of(row));
      }
      return rows;
    }
  }

  private static CsvReader open(String text) throws IOException {
    return CsvReader.open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "labels.csv");
  }

  @Test
  void readsHeaderAndRows() throws IOException {
    assertThat(read("\uFEFFappeal_id, Theme \r\na1,\"x, y\"\r\na2,\r\n"))
        .containsExactly(List.of("appeal_id", "Theme"), List.of("a1", "x, y"), List.of("a2", ""));
  }

  @Test
  void emptyInputHasNoHeaderAndNoRows() throws IOException {
    try (CsvReader r = open("")) {
      assertThat(r.header()).isEmpty();
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void singleRowAndColumnLookup() throws IOException {
    try (CsvReader r = open("id,Тематика\n7,Дороги")) {
      assertThat(r.column("тематика")).isEqualTo(1);
      assertThat(r.column("missing")).isEqualTo(-1);
      assertThat(r.next()).containsExactly("7", "Дороги");
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void tabSeparatedWithQuotedLineBreaks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path f =
        java.nio.file.Files.writeString(
            dir.resolve("t.tsv"), "a\tb\n1\t\"x\ny, \"\"z\"\"\"\n2\tplain, with comma\n");
    try (CsvReader r = CsvReader.open(f, '\t')) {
      assertThat(r.header()).containsExactly("a", "b");
      assertThat(r.next()).containsExactly("1", "x\ny, \"z\"");
      assertThat(r.next()).containsExactly("2", "plain, with comma");
      assertThat(r.line()).isEqualTo(4);
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void malformedRowsEndTheReadWithSourceAndLine() throws IOException {
    try (CsvReader r = open("a,b\n1,2\n\"x\ny\",2,3\n")) {
      r.next();
      assertThatThrownBy(r::next)
          .isInstanceOf(IOException.class)
          .hasMessage("labels.csv line 3: the row has 3 fields, the header has 2");
    }
    try (CsvReader r = open("a,b\n1,\"open\n")) {
      assertThatThrownBy(r::next)
          .hasMessageStartingWith("labels.csv line 2: unterminated quoted field");
    }
  }
}
