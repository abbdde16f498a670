package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;

class AppealReaderJsonlTest {

  @Test
  void readsEveryField() throws IOException {
    Reads r =
        Reads.jsonl(
            "{\"id\":\"a1\",\"received_at\":\"2025-12-19T15:05:00+03:00\",\"channel\":\"messenger\","
                + "\"text\":\"Газ \\\"когда\\\"?\\nЖдём\",\"region\":\"Курская\",\"sender\":\"tg:5\","
                + "\"age_group\":\"30-44\",\"gender\":\"male\",\"external_id\":\"u-1\"}\n");
    assertThat(r.appeals())
        .containsExactly(
            new Appeal(
                "a1",
                Instant.parse("2025-12-19T12:05:00Z"),
                Channel.MESSENGER,
                "Газ \"когда\"?\nЖдём",
                "Курская область",
                "tg:5",
                AgeGroup.AGE_30_44,
                Gender.MALE,
                "u-1"));
  }

  @Test
  void emptyInput() throws IOException {
    Reads r = Reads.jsonl("");
    assertThat(r.appeals()).isEmpty();
    assertThat(r.summary().rowsRead()).isZero();
  }

  @Test
  void singleLineWithoutLineEndAndDefaults() throws IOException {
    Reads r = Reads.jsonl("{\"text\":\"один\"}");
    assertThat(r.appeals())
        .extracting(Appeal::id, Appeal::channel, Appeal::text)
        .containsExactly(tuple("line-1", Channel.OTHER, "один"));
  }

  @Test
  void blankLinesAndCrlfAreTolerated() throws IOException {
    Reads r = Reads.jsonl("\r\n{\"text\":\"a\"}\r\n   \n{\"text\":\"b\"}\r\n");
    assertThat(r.appeals()).extracting(Appeal::id).containsExactly("line-2", "line-4");
    assertThat(r.summary().blankLines()).isEqualTo(2);
  }

  @Test
  void integerIdsAndNullsAreAccepted() throws IOException {
    Reads r = Reads.jsonl("{\"id\":42,\"external_id\":7,\"text\":\"a\",\"region\":null}\n");
    assertThat(r.appeals())
        .extracting(Appeal::id, Appeal::externalId, Appeal::region)
        .containsExactly(tuple("42", "7", ""));
  }

  @Test
  void unknownKeysAreSkippedWithTheirValuesAndReportedOnce() throws IOException {
    Reads r =
        Reads.jsonl(
            "{\"meta\":{\"a\":[1,2,{\"text\":\"no\"}]},\"text\":\"yes\"}\n"
                + "{\"text\":\"again\",\"meta\":1,\"lang\":\"ru\"}\n");
    assertThat(r.texts()).containsExactly("yes", "again");
    assertThat(r.summary().unknownColumns()).containsExactly("meta", "lang");
  }

  // ---- the bad lines ----

  @Test
  void missingText() throws IOException {
    Reads r = Reads.jsonl("{\"id\":\"1\"}\n{\"id\":\"2\",\"text\":null}\n{\"text\":\"ok\"}\n");
    assertThat(r.texts()).containsExactly("ok");
    assertThat(r.errors())
        .containsExactly(
            new RowError(1, "text", "missing text (the only required field)"),
            new RowError(2, "text", "missing text (the only required field)"));
  }

  @Test
  void invalidJson() throws IOException {
    Reads r = Reads.jsonl("{\"text\":\"a\"\n{\"text\":\"b\"}\n{text:\"c\"}\n");
    assertThat(r.texts()).containsExactly("b");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::field)
        .containsExactly(tuple(1L, ""), tuple(3L, ""));
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.reason()).startsWith("invalid JSON"));
  }

  @Test
  void wrongJsonTypes() throws IOException {
    Reads r =
        Reads.jsonl(
            "[\"text\"]\n"
                + "\"just a string\"\n"
                + "{\"text\":5}\n"
                + "{\"text\":\"a\",\"channel\":[\"sms\"]}\n"
                + "{\"text\":\"a\",\"region\":true}\n");
    assertThat(r.appeals()).isEmpty();
    assertThat(r.errors())
        .containsExactly(
            RowError.row(1, "wrong JSON type: each line must be one JSON object, found an array"),
            RowError.row(2, "wrong JSON type: each line must be one JSON object, found a string"),
            new RowError(3, "text", "wrong JSON type: expected a string, found a number"),
            new RowError(4, "channel", "wrong JSON type: expected a string, found an array"),
            new RowError(5, "region", "wrong JSON type: expected a string, found a boolean"));
  }

  @Test
  void twoValuesOnOneLine() throws IOException {
    Reads r = Reads.jsonl("{\"text\":\"a\"} {\"text\":\"b\"}\n");
    assertThat(r.errors())
        .containsExactly(RowError.row(1, "invalid JSON: more than one value on the line"));
  }

  @Test
  void duplicateKey() throws IOException {
    Reads r = Reads.jsonl("{\"text\":\"a\",\"text\":\"b\"}\n");
    assertThat(r.errors())
        .containsExactly(new RowError(1, "text", "the key appears twice in the object"));
  }

  @Test
  void duplicateIdUnknownChannelAndBadTime() throws IOException {
    Reads r =
        Reads.jsonl(
            "{\"id\":\"x\",\"text\":\"a\"}\n"
                + "{\"id\":\"x\",\"text\":\"b\"}\n"
                + "{\"channel\":\"pigeon\",\"text\":\"c\"}\n"
                + "{\"received_at\":\"yesterday\",\"text\":\"d\"}\n");
    assertThat(r.texts()).containsExactly("a");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::field)
        .containsExactly(tuple(2L, "id"), tuple(3L, "channel"), tuple(4L, "received_at"));
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] in = "{\"text\":\"a\u00ff\"}\n{\"text\":\"b\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Reads r = Reads.of(in, InputFormat.JSONL, ReadOptions.defaults());
    assertThat(r.texts()).containsExactly("b");
    assertThat(r.errors())
        .containsExactly(
            RowError.row(1, "invalid UTF-8 at byte 11 of the line (the input must be UTF-8)"));
  }

  @Test
  void lineOverTheByteLimit() throws IOException {
    ReadOptions small = ReadOptions.defaults().withMaxTextChars(10);
    String huge = "x".repeat(small.rowByteLimit() * 2);
    byte[] in =
        ("{\"text\":\"" + huge + "\"}\n{\"text\":\"ok\"}\n").getBytes(StandardCharsets.UTF_8);
    Reads r = Reads.of(in, InputFormat.JSONL, small);
    assertThat(r.texts()).containsExactly("ok");
    assertThat(r.errors())
        .containsExactly(RowError.row(1, "the line is longer than the limit of 1 MiB"));
    assertThat(r.appeals().get(0).id()).isEqualTo("line-2");
  }

  @Test
  void errorMessagesNeverQuoteTheContent() throws IOException {
    Reads r =
        Reads.jsonl(
            "{\"text\":\"SECRET\"\n"
                + "{\"text\":SECRET}\n"
                + "SECRET\n"
                + "{\"text\":\"a\",\"gender\":\"SECRET\"}\n"
                + "{\"text\":\"a\",\"received_at\":\"SECRET\"}\n");
    assertThat(r.errors()).hasSize(5);
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("SECRET"));
  }
}
