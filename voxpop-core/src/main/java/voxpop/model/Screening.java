package voxpop.model;

import java.util.Objects;

/**
 * A screening verdict with the machine-readable reason an editor can read and overrule.
 *
 * @param verdict the class
 * @param reason a stable dotted reason code such as {@code spam.link}, {@code abuse.obscene},
 *     {@code gibberish.no_words}; {@code ok} for accepted questions
 */
public record Screening(Verdict verdict, String reason) {
  /** The verdict of a question that passed every screen. */
  public static final Screening OK = new Screening(Verdict.ACCEPTED, "ok");

  public Screening {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
  }

  public boolean accepted() {
    return verdict == Verdict.ACCEPTED;
  }
}
