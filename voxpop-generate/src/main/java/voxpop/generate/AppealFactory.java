package voxpop.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Language;

/**
 * Makes the appeals of a run one at a time, in arrival order: picks the arrival time and channel,
 * then whether the appeal joins a campaign, its class, its sender (new or a repeat sender), and for
 * accepted appeals a fresh plan, a repeat, an exact copy or a paraphrase of a recent appeal; then
 * renders the text and fills the fields as the channel would. Only bounded pools survive a row. Not
 * thread-safe.
 */
final class AppealFactory {
  // Per channel, in Channel ordinal order: PHONE, SMS, MESSENGER, SOCIAL, WEB, APP, OTHER.
  private static final double[] SPAM = {0, 0.06, 0.065, 0.075, 0.05, 0.04, 0.05};
  private static final double[] ABUSE = {0, 0.045, 0.05, 0.07, 0.03, 0.03, 0.03};
  private static final double[] GIBBERISH = {0, 0.015, 0.015, 0.01, 0.005, 0.01, 0.01};
  private static final double[] EMPTY = {0.002, 0.01, 0.015, 0.005, 0.005, 0.01, 0.01};
  private static final double[] AGE_SHOWN = {0.97, 0, 0.1, 0.3, 0.4, 0.7, 0};
  private static final double[] GENDER_SHOWN = {0.99, 0, 0.15, 0.6, 0.45, 0.75, 0};
  private static final double[][] AGE_BY_CHANNEL = {
    {0.5, 0.6, 0.9, 1.2, 1.5}, {0.6, 0.8, 1.0, 1.2, 1.2}, {1.5, 1.4, 1.2, 0.9, 0.6},
    {1.6, 1.5, 1.1, 0.8, 0.6}, {0.5, 1.0, 1.2, 1.1, 0.9}, {1.2, 1.5, 1.3, 0.8, 0.5},
    {1, 1, 1, 1, 1}
  };

  /** Share of Ukrainian and of English among accepted appeals of channels that carry them. */
  static final double OTHER_LANGUAGE = 0.08;

  static final double REPEAT_SENDER = 0.07;
  static final double SAME_AGAIN = 0.55;
  static final double EXACT_COPY = 0.02;
  static final double PARAPHRASE = 0.04;
  static final double NEAR_DUPLICATE_EDIT = 0.3;

  private final ThemeCatalog catalog;
  private final ThemeMix themes;
  private final RegionPicker regions;
  private final SenderKeys keys;
  private final Composer composer;
  private final ScreenedTexts screened;
  private final Campaigns campaigns;
  private final Timeline timeline;
  private final Rng rng;
  private final SenderPool[] senders = new SenderPool[Channel.values().length];
  private final SenderPool[] spammers = new SenderPool[Channel.values().length];
  private final RecentPlans[] recent = new RecentPlans[Channel.values().length];
  private final int spammersPerChannel;
  private final int idWidth;
  private long row;

  AppealFactory(GeneratorConfig config, Rng rng) {
    this.rng = rng;
    this.catalog = ThemeCatalog.get();
    Places places = Places.get();
    Lexicon lexicon = Lexicon.get();
    Contacts contacts = new Contacts(lexicon);
    RenderContext ctx = new RenderContext(new Slots(places, lexicon, contacts));
    this.composer = new Composer(new Style(catalog.fragments), catalog, ctx, new Noise(lexicon));
    this.screened = new ScreenedTexts(catalog.fragments, ctx);
    this.regions = new RegionPicker(places);
    this.keys = new SenderKeys(config.seed(), contacts);
    this.timeline = new Timeline(config.count(), config.start(), config.days(), rng);
    this.themes = new ThemeMix(catalog, config.days(), rng);
    for (int c = 0; c < senders.length; c++) {
      senders[c] = new SenderPool(4096);
      spammers[c] = new SenderPool(4096);
      recent[c] = new RecentPlans(2048);
    }
    this.spammersPerChannel = (int) Math.min(4096, Math.max(5, config.count() / 5000));
    this.idWidth = Math.max(7, Long.toString(config.count()).length());
    this.campaigns = Campaigns.plan(config.count(), timeline, catalog, rng, this::campaignPlan);
  }

  Campaigns campaigns() {
    return campaigns;
  }

  /** The next appeal and its labels, in arrival order. */
  Generated next() {
    long time = timeline.next();
    Channel ch = timeline.channel();
    int day = timeline.day();
    String id = appealId(++row);
    Campaign campaign = campaigns.join(time, ch, rng);
    if (campaign != null) {
      return campaignMember(id, time, ch, campaign);
    }
    int c = ch.ordinal();
    double x = rng.nextDouble();
    if (x < SPAM[c]) {
      return spam(id, time, ch);
    }
    x -= SPAM[c];
    if (x < ABUSE[c]) {
      return abuse(id, time, ch, day);
    }
    x -= ABUSE[c];
    if (x < GIBBERISH[c] + EMPTY[c]) {
      return noContent(id, time, ch, day, x < GIBBERISH[c]);
    }
    return accepted(id, time, ch, day);
  }

  private Generated accepted(String id, long time, Channel ch, int day) {
    double x = rng.nextDouble();
    SenderPool pool = senders[ch.ordinal()];
    if (x < REPEAT_SENDER && pool.size() > 0) {
      Sender s = pool.pick(rng);
      if (s.last != null && rng.chance(SAME_AGAIN)) {
        String text =
            rng.chance(0.4)
                ? s.last.text
                : composer.compose(s.last, s, NEAR_DUPLICATE_EDIT, rng.nextLong());
        return plain(id, time, s, text, s.last, "", QuestionLabel.REPEAT);
      }
      return fresh(id, time, ch, day, s);
    }
    x -= REPEAT_SENDER;
    AppealPlan orig = recent[ch.ordinal()].pick(rng);
    if (orig != null && x < EXACT_COPY + PARAPHRASE) {
      Sender s = newSender(ch, orig.sender.region, orig.sender.town, orig.subthemes[0]);
      boolean exact = x < EXACT_COPY && ch != Channel.PHONE;
      String text =
          exact ? orig.text : composer.compose(orig, s, NEAR_DUPLICATE_EDIT, rng.nextLong());
      return plain(
          id, time, s, text, orig, "", exact ? QuestionLabel.EXACT : QuestionLabel.PARAPHRASE);
    }
    return fresh(id, time, ch, day, null);
  }

  private Generated fresh(String id, long time, Channel ch, int day, Sender known) {
    Language lang = language(ch);
    int k = questions(ch);
    int[] subs = new int[k];
    subs[0] = themes.draw(day, ch, rng);
    for (int i = 1; i < k; i++) {
      subs[i] = distinct(subs, i, day, ch);
    }
    Sender s = known;
    if (s == null) {
      int event = themes.eventRegion(subs[0], day, rng);
      int region = event >= 0 ? event : regions.draw(rng);
      s = newSender(ch, region, regions.town(region, rng), subs[0]);
    }
    int[] templates = new int[k];
    for (int i = 0; i < k; i++) {
      templates[i] = templateIndex(ch, lang, catalog.subthemes.get(subs[i]));
    }
    AppealPlan plan = new AppealPlan(ch, lang, s, subs, templates, rng.nextLong());
    plan.text = composer.compose(plan, s, 0, plan.seed);
    s.last = plan;
    recent[ch.ordinal()].add(plan);
    return plain(id, time, s, plan.text, plan, "", "");
  }

  /** A plan for a campaign's shared text, sent by its organiser (not a member). */
  private AppealPlan campaignPlan(int subtheme, Channel ch, Language lang, long seed) {
    Rng r = new Rng(seed);
    int region = regions.draw(r);
    Sender organiser = makeSender(ch, region, regions.town(region, r), subtheme, r, false);
    Subtheme s = catalog.subthemes.get(subtheme);
    AppealPlan plan =
        new AppealPlan(
            ch,
            lang,
            organiser,
            new int[] {subtheme},
            new int[] {templateIndex(ch, lang, s, r)},
            r.nextLong());
    plan.text = composer.compose(plan, organiser, 0, plan.seed);
    return plan;
  }

  private Generated campaignMember(String id, long time, Channel ch, Campaign c) {
    int region = c.region >= 0 ? c.region : regions.draw(rng);
    int town = c.region >= 0 ? c.plan.sender.town : regions.town(region, rng);
    Sender s = newSender(ch, region, town, c.plan.subthemes[0]);
    boolean first = c.members == 1;
    String text = c.plan.text;
    String dup = first ? "" : QuestionLabel.EXACT;
    if (!first && rng.chance(0.35)) {
      text = TinyEdit.apply(text, rng, ch == Channel.SMS ? SmsComposer.MAX_LENGTH : 2000);
      dup = text.equals(c.plan.text) ? QuestionLabel.EXACT : QuestionLabel.PARAPHRASE;
    }
    return plain(id, time, s, text, c.plan, c.id, dup);
  }

  private Generated spam(String id, long time, Channel ch) {
    SenderPool pool = spammers[ch.ordinal()];
    Sender s = pool.size() < spammersPerChannel && rng.chance(0.5) ? null : pool.pick(rng);
    if (s == null) {
      int region = regions.draw(rng);
      s = makeSender(ch, region, regions.town(region, rng), -1, rng, true);
      pool.add(s);
    }
    Language lang = ch != Channel.SMS && rng.chance(0.15) ? Language.EN : Language.RU;
    String text = screened.spam(s, lang, ch == Channel.SMS, rng.nextLong());
    return screenedRow(id, time, s, cut(ch, text), QuestionLabel.SPAM, lang);
  }

  private Generated abuse(String id, long time, Channel ch, int day) {
    Sender s = rng.chance(0.25) ? senders[ch.ordinal()].pick(rng) : null;
    if (s == null) {
      int region = regions.draw(rng);
      s = newSender(ch, region, regions.town(region, rng), -1);
    }
    Language lang = ch != Channel.SMS && rng.chance(0.12) ? Language.EN : Language.RU;
    String complaint = null;
    if (lang == Language.RU && ch != Channel.SMS && rng.chance(0.25)) {
      int si = themes.draw(day, ch, rng);
      int template = rng.nextInt(catalog.subthemes.get(si).asks(Language.RU).size());
      AppealPlan p =
          new AppealPlan(
              Channel.MESSENGER,
              Language.RU,
              s,
              new int[] {si},
              new int[] {template},
              rng.nextLong());
      complaint = composer.compose(p, s, 0, p.seed);
    }
    String text = screened.abuse(s, lang, complaint, rng.nextLong());
    return screenedRow(id, time, s, cut(ch, text), QuestionLabel.ABUSE, lang);
  }

  private Generated noContent(String id, long time, Channel ch, int day, boolean gibberish) {
    int region = regions.draw(rng);
    Sender s = newSender(ch, region, regions.town(region, rng), -1);
    if (gibberish) {
      boolean latin = ch != Channel.SMS && rng.chance(0.2);
      String text = cut(ch, screened.gibberish(latin, rng.nextLong()));
      return screenedRow(
          id, time, s, text, QuestionLabel.GIBBERISH, latin ? Language.EN : Language.RU);
    }
    return screenedRow(
        id, time, s, screened.empty(rng.nextLong()), QuestionLabel.EMPTY, Language.RU);
  }

  private static String cut(Channel ch, String text) {
    return ch == Channel.SMS ? SmsComposer.cut(text) : text;
  }

  private Generated plain(
      String id, long time, Sender s, String text, AppealPlan plan, String campaign, String dup) {
    List<QuestionLabel> labels = new ArrayList<>(plan.questions());
    for (int i = 0; i < plan.questions(); i++) {
      Subtheme sub = catalog.subthemes.get(plan.subthemes[i]);
      labels.add(
          new QuestionLabel(
              id,
              i + 1,
              QuestionLabel.ACCEPTED,
              sub.theme().category,
              sub.theme().key,
              sub.key(),
              campaign,
              dup,
              plan.language.code()));
    }
    return new Generated(appeal(id, time, s, text), labels);
  }

  private Generated screenedRow(
      String id, long time, Sender s, String text, String cls, Language lang) {
    QuestionLabel l = new QuestionLabel(id, 1, cls, "", "", "", "", "", lang.code());
    return new Generated(appeal(id, time, s, text), List.of(l));
  }

  private Appeal appeal(String id, long time, Sender s, String text) {
    Channel ch = s.channel;
    int c = ch.ordinal();
    AgeGroup age = rng.chance(AGE_SHOWN[c]) ? s.ageGroup : AgeGroup.UNKNOWN;
    Gender gender =
        rng.chance(GENDER_SHOWN[c]) ? (s.female ? Gender.FEMALE : Gender.MALE) : Gender.UNKNOWN;
    return new Appeal(
        id,
        Instant.ofEpochSecond(time),
        ch,
        text,
        regions.written(s.region, ch, rng),
        s.key,
        age,
        gender,
        keys.externalId(ch, time, rng));
  }

  private Sender newSender(Channel ch, int region, int town, int subtheme) {
    Sender s = makeSender(ch, region, town, subtheme, rng, false);
    if (!s.key.isEmpty()) {
      senders[ch.ordinal()].add(s);
    }
    return s;
  }

  private Sender makeSender(
      Channel ch, int region, int town, int subtheme, Rng r, boolean spammer) {
    Theme theme = subtheme >= 0 ? catalog.subthemes.get(subtheme).theme() : null;
    boolean female = r.chance(theme == null ? 0.5 : theme.femaleShare);
    AgeGroup age = age(ch, theme, r);
    long nameSeed = r.nextLong();
    boolean email = spammer || r.chance(0.7);
    String key = keys.newKey(ch, nameSeed, female, email);
    return new Sender(ch, key, region, town, female, age, RenderContext.ageIn(age, r), nameSeed);
  }

  private static AgeGroup age(Channel ch, Theme theme, Rng r) {
    double[] f = AGE_BY_CHANNEL[ch.ordinal()];
    double[] w = new double[5];
    double sum = 0;
    for (int i = 0; i < 5; i++) {
      w[i] = (theme == null ? 1 : theme.ages.share(i)) * f[i];
      sum += w[i];
    }
    double x = r.nextDouble() * sum;
    for (int i = 0; i < 4; i++) {
      x -= w[i];
      if (x < 0) {
        return AgeGroup.values()[i];
      }
    }
    return AgeGroup.AGE_60_PLUS;
  }

  private Language language(Channel ch) {
    if (ch == Channel.PHONE || ch == Channel.SMS) {
      return Language.RU;
    }
    double x = rng.nextDouble();
    return x < OTHER_LANGUAGE ? Language.UK : x < 2 * OTHER_LANGUAGE ? Language.EN : Language.RU;
  }

  /**
   * How many questions an appeal holds: about 3.5 million questions in 3 million appeals, as on the
   * reference event. Of the appeals that can hold several (not SMS, not screened out), 12% hold two
   * and 4.7% three.
   */
  private int questions(Channel ch) {
    if (ch == Channel.SMS) {
      return 1;
    }
    double x = rng.nextDouble();
    return x < 0.047 ? 3 : x < 0.167 ? 2 : 1;
  }

  /** Another sub-theme for question {@code i}: never one already asked, mostly another theme. */
  private int distinct(int[] subs, int i, int day, Channel ch) {
    boolean sameThemeOk = rng.chance(0.25);
    for (int attempt = 0; ; attempt++) {
      int s = themes.draw(day, ch, rng);
      boolean clash = false;
      for (int j = 0; j < i; j++) {
        Theme a = catalog.subthemes.get(subs[j]).theme();
        clash |=
            subs[j] == s || (!sameThemeOk && attempt < 20 && a == catalog.subthemes.get(s).theme());
      }
      if (!clash) {
        return s;
      }
    }
  }

  private int templateIndex(Channel ch, Language lang, Subtheme s) {
    return templateIndex(ch, lang, s, rng);
  }

  private static int templateIndex(Channel ch, Language lang, Subtheme s, Rng r) {
    if (ch == Channel.SMS) {
      int sms = s.sms().size();
      return sms > 0 && r.chance(0.5)
          ? r.nextInt(sms)
          : sms + r.nextInt(s.asks(Language.RU).size());
    }
    return r.nextInt(s.asks(lang).size());
  }

  private String appealId(long n) {
    String digits = Long.toString(n);
    return "A" + "0".repeat(Math.max(0, idWidth - digits.length())) + digits;
  }

  /** One generated appeal with its labels. */
  record Generated(Appeal appeal, List<QuestionLabel> labels) {}
}
