package voxpop.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import voxpop.model.Appeal;

/** Test helper: reads a literal input completely. */
record Reads(List<Appeal> appeals, ReadSummary summary) {

  static Reads csv(String text) throws IOException {
    return of(text.getBytes(StandardCharsets.UTF_8), InputFormat.CSV, ReadOptions.defaults());
  }

  static Reads jsonl(String text) throws IOException {
    return of(text.getBytes(StandardCharsets.UTF_8), InputFormat.JSONL, ReadOptions.defaults());
  }

  static Reads of(byte[] bytes, InputFormat format, ReadOptions options) throws IOException {
    List<Appeal> out = new ArrayList<>();
    try (AppealReader r = AppealReader.open(new ByteArrayInputStream(bytes), format, options)) {
      Appeal a;
      while ((a = r.next()) != null) {
        out.add(a);
      }
      return new Reads(out, r.summary());
    }
  }

  List<String> texts() {
    return appeals.stream().map(Appeal::text).toList();
  }

  List<RowError> errors() {
    return summary.errors();
  }
}
