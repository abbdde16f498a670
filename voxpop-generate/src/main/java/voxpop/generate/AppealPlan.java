package voxpop.generate;

import voxpop.model.Channel;
import voxpop.model.Language;

/**
 * The recipe of an accepted appeal: who sent it, through which channel, in which language, which
 * sub-themes and templates it asks, and the seed that fixes every other choice. Rendering a plan
 * again with the same seed gives the same text; rendering it with a perturbation gives a
 * near-duplicate. Kept in bounded pools only; confined to the generating thread.
 */
final class AppealPlan {
  final Channel channel;
  final Language language;
  final Sender sender;
  final int[] subthemes;
  final int[] templates;
  final long seed;

  /** The text as first rendered (set once by the generator). */
  String text;

  AppealPlan(
      Channel channel,
      Language language,
      Sender sender,
      int[] subthemes,
      int[] templates,
      long seed) {
    this.channel = channel;
    this.language = language;
    this.sender = sender;
    this.subthemes = subthemes;
    this.templates = templates;
    this.seed = seed;
  }

  int questions() {
    return subthemes.length;
  }
}
