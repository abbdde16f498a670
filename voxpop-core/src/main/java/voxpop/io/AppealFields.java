package voxpop.io;

import java.util.List;

/** The field names of the engine's input format, in the column order voxpop writes them. */
public final class AppealFields {
  public static final String ID = "id";
  public static final String RECEIVED_AT = "received_at";
  public static final String CHANNEL = "channel";
  public static final String TEXT = "text";
  public static final String REGION = "region";
  public static final String SENDER = "sender";
  public static final String AGE_GROUP = "age_group";
  public static final String GENDER = "gender";
  public static final String EXTERNAL_ID = "external_id";

  /** Every field, in the order of the CSV header voxpop writes. */
  public static final List<String> ALL =
      List.of(ID, RECEIVED_AT, CHANNEL, TEXT, REGION, SENDER, AGE_GROUP, GENDER, EXTERNAL_ID);

  private AppealFields() {}
}
