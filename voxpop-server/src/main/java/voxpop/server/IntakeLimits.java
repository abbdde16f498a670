package voxpop.server;

/**
 * The deliberate limits of the intake doors. Every limit is checked with a precise 400, 413 or 429
 * that names it; nothing is cut silently.
 *
 * @param maxBodyBytes the largest request body of the JSON and webhook doors
 * @param maxImportBytes the largest bulk-import body (streamed, never held whole)
 * @param maxBatch the most appeals in one JSON array
 * @param maxTextChars the longest appeal text on the JSON, operator and form doors (code points)
 * @param maxSmsChars the longest SMS body (a concatenated SMS of up to 1,600 characters)
 * @param maxMessengerChars the longest messenger text (Telegram's own limit is 4,096)
 * @param maxFieldChars the longest value of any other field (region, sender, ids, contact)
 * @param floodBurst appeals one sender may send at once
 * @param floodPerMinute appeals one sender earns back per minute
 * @param formBurst public-form posts one IP may make at once
 * @param formPerMinute public-form posts one IP earns back per minute
 * @param lookupBurst receipt look-ups one IP may make at once
 * @param lookupPerMinute receipt look-ups one IP earns back per minute
 */
public record IntakeLimits(
    long maxBodyBytes,
    long maxImportBytes,
    int maxBatch,
    int maxTextChars,
    int maxSmsChars,
    int maxMessengerChars,
    int maxFieldChars,
    int floodBurst,
    double floodPerMinute,
    int formBurst,
    double formPerMinute,
    int lookupBurst,
    double lookupPerMinute) {

  /** The defaults: generous for people, tight for machines that misbehave. */
  public static final IntakeLimits DEFAULTS =
      new IntakeLimits(
          1L << 20, 1L << 30, 1_000, 5_000, 1_600, 4_096, 200, 10, 10, 10, 20, 60, 120);

  public IntakeLimits {
    if (maxBodyBytes < 1024 || maxBatch < 1 || maxTextChars < 1 || maxFieldChars < 1) {
      throw new IllegalArgumentException("intake limits must be positive (body at least 1 KiB)");
    }
  }

  /** The same limits with another flood allowance (benchmarks and tests). */
  public IntakeLimits withFlood(int burst, double perMinute) {
    return new IntakeLimits(
        maxBodyBytes,
        maxImportBytes,
        maxBatch,
        maxTextChars,
        maxSmsChars,
        maxMessengerChars,
        maxFieldChars,
        burst,
        perMinute,
        formBurst,
        formPerMinute,
        lookupBurst,
        lookupPerMinute);
  }

  /** The same limits with another public-form allowance per IP. */
  public IntakeLimits withForm(int burst, double perMinute) {
    return new IntakeLimits(
        maxBodyBytes,
        maxImportBytes,
        maxBatch,
        maxTextChars,
        maxSmsChars,
        maxMessengerChars,
        maxFieldChars,
        floodBurst,
        floodPerMinute,
        burst,
        perMinute,
        lookupBurst,
        lookupPerMinute);
  }
}
