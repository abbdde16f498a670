package voxpop.generate;

import voxpop.model.AgeGroup;
import voxpop.model.Channel;

/** Shared set-up for tests that render templates outside a whole run. */
final class Fixtures {
  private Fixtures() {}

  static RenderContext context() {
    Lexicon lexicon = Lexicon.get();
    return new RenderContext(new Slots(Places.get(), lexicon, new Contacts(lexicon)));
  }

  /** A sender from Kursk (region index of code 46), first town, of the given gender. */
  static Sender sender(boolean female) {
    int kursk = voxpop.model.Regions.all().indexOf(voxpop.model.Regions.byCode("46").orElseThrow());
    return new Sender(Channel.MESSENGER, "tg:1", kursk, 0, female, AgeGroup.AGE_60_PLUS, 67, 42L);
  }

  /** Renders {@code node} once for {@code sender}, first or third person, from {@code seed}. */
  static String render(
      RenderContext ctx, Node node, Sender sender, boolean firstPerson, long seed) {
    ctx.begin(sender, firstPerson, 0, seed);
    ctx.part(seed);
    StringBuilder sb = new StringBuilder();
    node.render(ctx, sb);
    return sb.toString();
  }
}
