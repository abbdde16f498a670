package voxpop.io;

import java.util.Arrays;

/**
 * One input row as a parser found it, before the fields are checked: the raw value of each input
 * field ({@code null} when absent) or the structural error that spoils the whole row. Reused from
 * row to row; not thread-safe.
 */
final class RawRow {
  static final int ID = 0;
  static final int RECEIVED_AT = 1;
  static final int CHANNEL = 2;
  static final int TEXT = 3;
  static final int REGION = 4;
  static final int SENDER = 5;
  static final int AGE_GROUP = 6;
  static final int GENDER = 7;
  static final int EXTERNAL_ID = 8;
  static final int FIELDS = 9;

  long line;
  final String[] values = new String[FIELDS];
  RowError error;

  void reset(long line) {
    this.line = line;
    Arrays.fill(values, null);
    error = null;
  }

  void fail(String field, String reason) {
    if (error == null) {
      error = new RowError(line, field, reason);
    }
  }

  /** The index of an input field by its name ({@link AppealFields}), or -1. */
  static int fieldIndex(String name) {
    return switch (name) {
      case AppealFields.ID -> ID;
      case AppealFields.RECEIVED_AT -> RECEIVED_AT;
      case AppealFields.CHANNEL -> CHANNEL;
      case AppealFields.TEXT -> TEXT;
      case AppealFields.REGION -> REGION;
      case AppealFields.SENDER -> SENDER;
      case AppealFields.AGE_GROUP -> AGE_GROUP;
      case AppealFields.GENDER -> GENDER;
      case AppealFields.EXTERNAL_ID -> EXTERNAL_ID;
      default -> -1;
    };
  }

  static String fieldName(int index) {
    return AppealFields.ALL.get(index);
  }
}
