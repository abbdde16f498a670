package voxpop.generate;

import java.util.List;
import java.util.Map;
import voxpop.model.Language;

/**
 * A sub-theme: the finest ground-truth label (such as {@code pensions.indexation_working}) with its
 * phrasings per language, its context sentences and its behaviour over time. Immutable.
 *
 * @param key the dotted key, {@code theme.sub}
 * @param theme the parent theme
 * @param weight the relative weight inside the theme
 * @param asks question and request templates per language
 * @param sms terse SMS templates (Russian)
 * @param contexts first-person context sentences per language (its own and its theme's)
 * @param reported third-person context sentences for operator-typed texts
 * @param surge the rise in the last days, or null
 * @param campaign whether and how coordinated campaigns use this sub-theme
 */
record Subtheme(
    String key,
    Theme theme,
    double weight,
    Map<Language, List<Template>> asks,
    List<Template> sms,
    Map<Language, List<Template>> contexts,
    List<Template> reported,
    Surge surge,
    CampaignScope campaign) {

  /** How campaigns on this sub-theme recruit senders. */
  enum CampaignScope {
    NONE,
    /** Senders from all regions, by population. */
    NATIONAL,
    /** Senders from one region: a local landfill, a local road. */
    REGIONAL
  }

  /**
   * A rise of the sub-theme in the last days of the event, concentrated in one region.
   *
   * @param lastDays how many final days it rises in
   * @param factor the weight multiplier in those days
   * @param regionCodes the candidate regions; one is drawn per run from the seed
   */
  record Surge(int lastDays, double factor, List<String> regionCodes) {}

  List<Template> asks(Language language) {
    return asks.getOrDefault(language, List.of());
  }

  List<Template> contexts(Language language) {
    return contexts.getOrDefault(language, List.of());
  }
}
