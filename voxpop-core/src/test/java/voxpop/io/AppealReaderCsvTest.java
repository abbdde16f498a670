package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;

class AppealReaderCsvTest {

  @Test
  void readsEveryFieldOfAFullRow() throws IOException {
    Reads r =
        Reads.csv(
            "id,received_at,channel,text,region,sender,age_group,gender,external_id\r\n"
                + "a1,2025-12-19T12:05:00Z,sms,Когда индексация пенсий?,Курская обл.,s-9,60-plus,"
                + "female,sms-77\r\n");
    assertThat(r.appeals())
        .containsExactly(
            new Appeal(
                "a1",
                Instant.parse("2025-12-19T12:05:00Z"),
                Channel.SMS,
                "Когда индексация пенсий?",
                "Курская область",
                "s-9",
                AgeGroup.AGE_60_PLUS,
                Gender.FEMALE,
                "sms-77"));
    assertThat(r.summary().rowsRead()).isEqualTo(1);
    assertThat(r.summary().accepted()).isEqualTo(1);
    assertThat(r.summary().skipped()).isZero();
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void onlyTextIsRequiredAndTheRestTakesDefaults() throws IOException {
    Reads r = Reads.csv("text\nfirst\nsecond\n");
    assertThat(r.appeals())
        .extracting(Appeal::id, Appeal::channel, Appeal::receivedAt, Appeal::region)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("line-2", Channel.OTHER, null, ""),
            org.assertj.core.groups.Tuple.tuple("line-3", Channel.OTHER, null, ""));
  }

  @Test
  void emptyInputHasNoRowsAndNoErrors() throws IOException {
    Reads r = Reads.csv("");
    assertThat(r.appeals()).isEmpty();
    assertThat(r.summary().rowsRead()).isZero();
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void headerOnlyHasNoRows() throws IOException {
    assertThat(Reads.csv("id,text\r\n").appeals()).isEmpty();
  }

  @Test
  void singleRowWithoutFinalLineEnd() throws IOException {
    Reads r = Reads.csv("id,text\n7,один");
    assertThat(r.appeals())
        .extracting(Appeal::id, Appeal::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("7", "один"));
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndNewlines() throws IOException {
    Reads r =
        Reads.csv(
            "id,text\r\n"
                + "1,\"a, b\"\r\n"
                + "2,\"she said \"\"no\"\"\"\r\n"
                + "3,\"two\r\nlines\nand\rthree\"\r\n"
                + "4,\"\"\r\n");
    assertThat(r.texts())
        .containsExactly("a, b", "she said \"no\"", "two\r\nlines\nand\rthree", "");
  }

  @Test
  void byteOrderMarkAndHeaderCaseAreTolerated() throws IOException {
    Reads r = Reads.csv("\uFEFFID, Text ,Channel\nx,hello,PHONE\n");
    assertThat(r.appeals())
        .extracting(Appeal::id, Appeal::text, Appeal::channel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("x", "hello", Channel.PHONE));
  }

  @Test
  void unknownColumnsAreIgnoredAndReportedOnce() throws IOException {
    Reads r = Reads.csv("text,mood,score\na,x,1\nb,y,2\n");
    assertThat(r.texts()).containsExactly("a", "b");
    assertThat(r.summary().unknownColumns()).containsExactly("mood", "score");
  }

  @Test
  void blankLinesArePassedOverAndCounted() throws IOException {
    Reads r = Reads.csv("text\n\na\r\n\r\nb\n");
    assertThat(r.texts()).containsExactly("a", "b");
    assertThat(r.summary().blankLines()).isEqualTo(2);
    assertThat(r.summary().rowsRead()).isEqualTo(2);
  }

  @Test
  void emptyTextIsAnAppealForScreeningToJudge() throws IOException {
    assertThat(Reads.csv("id,text\n1,\n").texts()).containsExactly("");
  }

  @Test
  void regionIsCanonicalisedAndUnknownRegionKept() throws IOException {
    Reads r = Reads.csv("text,region\na,г. Москва\nb,Kursk Oblast\nc,Атлантида\n");
    assertThat(r.appeals())
        .extracting(Appeal::region)
        .containsExactly("Москва", "Курская область", "Атлантида");
  }

  @Test
  void timesInSeveralIsoShapes() throws IOException {
    Reads r =
        Reads.csv(
            "received_at,text\n"
                + "2025-12-19T15:05:00+03:00,a\n"
                + "2025-12-19 12:05:00,b\n"
                + "2025-12-19T12:05:00.5Z,c\n"
                + "2025-12-19,d\n"
                + "2025-12-19T15:05:00+03:00[Europe/Moscow],e\n");
    assertThat(r.appeals())
        .extracting(Appeal::receivedAt)
        .containsExactly(
            Instant.parse("2025-12-19T12:05:00Z"),
            Instant.parse("2025-12-19T12:05:00Z"),
            Instant.parse("2025-12-19T12:05:00.500Z"),
            Instant.parse("2025-12-19T00:00:00Z"),
            Instant.parse("2025-12-19T12:05:00Z"));
  }

  @Test
  void gzipIsRecognisedByContent() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("text\nсжато\n".getBytes(StandardCharsets.UTF_8));
    }
    Reads r = Reads.of(bytes.toByteArray(), InputFormat.CSV, ReadOptions.defaults());
    assertThat(r.texts()).containsExactly("сжато");
  }

  // ---- the bad rows: each reported by line, field and reason ----

  @Test
  void missingTextWhenTheRowIsShort() throws IOException {
    Reads r = Reads.csv("id,text\n1,ok\n2\n3,fine\n");
    assertThat(r.texts()).containsExactly("ok", "fine");
    assertThat(r.errors())
        .containsExactly(RowError.row(3, "the row has 1 fields, the header has 2"));
  }

  @Test
  void textTooLong() throws IOException {
    String header = "id,text\n";
    byte[] in = (header + "1," + "я".repeat(11) + "\n2,ok\n").getBytes(StandardCharsets.UTF_8);
    Reads r = Reads.of(in, InputFormat.CSV, ReadOptions.defaults().withMaxTextChars(10));
    assertThat(r.texts()).containsExactly("ok");
    assertThat(r.errors())
        .containsExactly(new RowError(2, "text", "text too long: 11 characters, the limit is 10"));
  }

  @Test
  void textLimitCountsCodePointsNotUtf16Units() throws IOException {
    byte[] in = "text\n\uD83D\uDE00\uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8);
    Reads r = Reads.of(in, InputFormat.CSV, ReadOptions.defaults().withMaxTextChars(2));
    assertThat(r.texts()).hasSize(1);
  }

  @Test
  void unparsableTime() throws IOException {
    Reads r = Reads.csv("received_at,text\n19.12.2025,a\n2025-02-30T00:00:00Z,b\n");
    assertThat(r.appeals()).isEmpty();
    assertThat(r.errors())
        .extracting(RowError::line, RowError::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "received_at"),
            org.assertj.core.groups.Tuple.tuple(3L, "received_at"));
    assertThat(r.errors().get(0).reason()).startsWith("unparsable time of 10 characters");
  }

  @Test
  void unknownChannelAgeGroupAndGender() throws IOException {
    Reads r =
        Reads.csv(
            "channel,age_group,gender,text\n"
                + "fax,,,a\n"
                + "sms,elderly,,b\n"
                + "sms,18-29,robot,c\n"
                + "sms,18-29,m,d\n");
    assertThat(r.texts()).containsExactly("d");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "channel"),
            org.assertj.core.groups.Tuple.tuple(3L, "age_group"),
            org.assertj.core.groups.Tuple.tuple(4L, "gender"));
    assertThat(r.errors().get(0).reason())
        .isEqualTo(
            "unknown channel; expected one of phone, sms, messenger, social, web, app, other");
  }

  @Test
  void duplicateIdKeepsTheFirst() throws IOException {
    Reads r = Reads.csv("id,text\nq1,first\nq2,x\nq1,again\n");
    assertThat(r.texts()).containsExactly("first", "x");
    assertThat(r.errors())
        .containsExactly(new RowError(4, "id", "duplicate id: an earlier row has the same id"));
  }

  @Test
  void aRejectedRowDoesNotClaimItsId() throws IOException {
    Reads r = Reads.csv("id,channel,text\nq1,fax,bad\nq1,sms,good\n");
    assertThat(r.texts()).containsExactly("good");
  }

  @Test
  void quoteInsideUnquotedField() throws IOException {
    Reads r = Reads.csv("id,text\n1,say \"hi\"\n2,ok\n");
    assertThat(r.texts()).containsExactly("ok");
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).line()).isEqualTo(2);
    assertThat(r.errors().get(0).field()).isEqualTo("text");
    assertThat(r.errors().get(0).reason()).startsWith("a quote inside an unquoted field");
  }

  @Test
  void characterAfterClosingQuote() throws IOException {
    Reads r = Reads.csv("id,text\n1,\"hi\"x\n2,ok\n");
    assertThat(r.texts()).containsExactly("ok");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "text"));
    assertThat(r.errors().get(0).reason()).startsWith("a character after the closing quote");
  }

  @Test
  void lineNumbersStayRightAfterMultiLineFields() throws IOException {
    Reads r =
        Reads.csv(
            "id,channel,text\n"
                + "1,sms,\"one\ntwo\nthree\"\n" // lines 2-4
                + "2,fax,bad\n" // line 5
                + "3,sms,\"a\r\nb\"\r\n" // lines 6-7
                + "4,robot,bad\n"); // line 8
    assertThat(r.errors()).extracting(RowError::line).containsExactly(5L, 8L);
    assertThat(r.appeals()).extracting(Appeal::id).containsExactly("1", "3");
  }

  @Test
  void unterminatedQuotedFieldAtEndOfFile() throws IOException {
    Reads r = Reads.csv("id,text\n1,ok\n2,\"never\nclosed, at all\n");
    assertThat(r.texts()).containsExactly("ok");
    assertThat(r.errors())
        .containsExactly(
            new RowError(
                3,
                "text",
                "unterminated quoted field: the quote opened on line 3 is never closed before the"
                    + " end of the input"));
  }

  @Test
  void tooManyFields() throws IOException {
    Reads r = Reads.csv("id,text\n1,a,b\n");
    assertThat(r.errors())
        .containsExactly(RowError.row(2, "the row has 3 fields, the header has 2"));
  }

  @Test
  void invalidUtf8NamesTheField() throws IOException {
    byte[] in = {
      'i', 'd', ',', 't', 'e', 'x', 't', '\n', '1', ',', 'a', (byte) 0xC3, '\n', '2', ',', 'b', '\n'
    };
    Reads r = Reads.of(in, InputFormat.CSV, ReadOptions.defaults());
    assertThat(r.texts()).containsExactly("b");
    assertThat(r.errors())
        .containsExactly(
            new RowError(
                2, "text", "invalid UTF-8 at byte 2 of the field (the input must be UTF-8)"));
  }

  @Test
  void rowOverTheByteLimitIsReportedAndTheNextRowsRead() throws IOException {
    ReadOptions small = ReadOptions.defaults().withMaxTextChars(10);
    int limit = small.rowByteLimit();
    String huge = "x".repeat(limit + 10);
    byte[] in =
        ("id,text\n1,\"" + huge + "\n" + huge + "\"\n2,ok\n").getBytes(StandardCharsets.UTF_8);
    Reads r = Reads.of(in, InputFormat.CSV, small);
    assertThat(r.texts()).containsExactly("ok");
    assertThat(r.errors())
        .containsExactly(RowError.row(2, "the row is longer than the limit of 1 MiB"));
    assertThat(r.appeals().get(0).id()).isEqualTo("2");
  }

  @Test
  void errorMessagesNeverQuoteTheContent() throws IOException {
    String secret = "SECRET+79161234567";
    Reads r =
        Reads.csv(
            "id,received_at,channel,text,gender\n"
                + "1,"
                + secret
                + ",sms,a,\n2,,"
                + secret
                + ",b,\n3,,sms,\""
                + secret
                + "\"x,\n4,,sms,c,"
                + secret
                + "\n");
    assertThat(r.errors()).hasSize(4);
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("SECRET"));
  }

  @Test
  void failModeStopsAtTheFirstBadRow() throws IOException {
    byte[] in = "id,text\n1,a\n1,b\n3,c\n".getBytes(StandardCharsets.UTF_8);
    try (AppealReader r =
        AppealReader.open(
            new ByteArrayInputStream(in),
            InputFormat.CSV,
            ReadOptions.defaults().withOnError(OnError.FAIL))) {
      assertThat(r.next().text()).isEqualTo("a");
      assertThatThrownBy(r::next)
          .isInstanceOfSatisfying(
              BadRowException.class,
              e ->
                  assertThat(e.rowError())
                      .isEqualTo(
                          new RowError(3, "id", "duplicate id: an earlier row has the same id")))
          .hasMessage(
              "bad input row at line 3, field id: duplicate id: an earlier row has the same id");
      assertThat(r.summary().skipped()).isEqualTo(1);
    }
  }

  @Test
  void headerWithoutTextColumnIsRejectedWithoutQuotingIt() {
    assertThatThrownBy(() -> Reads.csv("1,Почему нет газа\n"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("the CSV header on line 1 has no 'text' column among its 2 columns")
        .hasMessageNotContaining("газа");
  }

  @Test
  void headerNamingAColumnTwiceIsRejected() {
    assertThatThrownBy(() -> Reads.csv("text,id,text\na,1,b\n"))
        .isInstanceOf(IOException.class)
        .hasMessage("the CSV header on line 1 names the column 'text' twice (columns 1 and 3)");
  }

  @Test
  void skippedRowsAreAllCountedButOnlyTheFirstKept() throws IOException {
    StringBuilder sb = new StringBuilder("channel,text\n");
    for (int i = 0; i < 10; i++) {
      sb.append("fax,x\n");
    }
    Reads r =
        Reads.of(
            sb.toString().getBytes(StandardCharsets.UTF_8),
            InputFormat.CSV,
            ReadOptions.defaults().withMaxErrorsKept(3));
    assertThat(r.summary().skipped()).isEqualTo(10);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 3L, 4L);
    assertThat(r.summary().describe())
        .contains("read 10 rows: 0 accepted, 10 skipped", "... and 7 more");
  }
}
