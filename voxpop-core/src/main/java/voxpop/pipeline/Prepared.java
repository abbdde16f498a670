package voxpop.pipeline;

import voxpop.io.ReadSummary;

/**
 * The output of the read-and-prepare stage: appeals by column and their questions, normalised,
 * language-detected and screened.
 *
 * @param appeals the appeals
 * @param summary what the reader accepted and skipped
 * @param appealOf each question's appeal index
 * @param questionNo each question's 1-based position in its appeal
 * @param language each question's {@link voxpop.model.Language} ordinal
 * @param verdict each question's {@link voxpop.model.Verdict} ordinal
 * @param reason each question's reason code
 * @param text each question's normalised text (released once no longer needed)
 * @param exactKey each accepted question's exact-duplicate key (0 for screened-out ones)
 */
record Prepared(
    AppealColumns appeals,
    ReadSummary summary,
    int[] appealOf,
    int[] questionNo,
    byte[] language,
    byte[] verdict,
    String[] reason,
    String[] text,
    long[] exactKey) {

  int questions() {
    return appealOf.length;
  }
}
