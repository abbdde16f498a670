package voxpop.generate;

import java.util.Set;
import voxpop.model.AgeGroup;

/**
 * Renders templates for one appeal at a time: draws alternatives, fills slots from the sender's
 * region and person, and keeps slot values such as the town and the village the same throughout the
 * appeal. Choices and slot values come from two generators reseeded per part of the appeal, so a
 * part renders identically from its seed; an optional perturbation re-draws a share of the choices
 * (never the slot values) to make a near-duplicate. Not thread-safe.
 */
final class RenderContext implements Renderer {
  /** The slot names templates may use; {@link #accepts} also checks their arguments. */
  static final Set<String> SLOTS =
      Set.of(
          "town",
          "town.gen",
          "town.loc",
          "town.en",
          "town2",
          "town2.gen",
          "town2.loc",
          "region.loc",
          "region.gen",
          "village",
          "village.gen",
          "village.dat",
          "village.acc",
          "village.loc",
          "village.ins",
          "village.name",
          "village.en",
          "street",
          "house",
          "flat",
          "num",
          "n",
          "money",
          "date",
          "month.loc",
          "fio",
          "name",
          "fullname",
          "first",
          "company",
          "phone",
          "email",
          "age",
          "who",
          "emoji",
          "q",
          "r",
          "url",
          "handle",
          "name.en");

  private static final Set<String> RANGED = Set.of("num", "n", "money");

  private final Rng choices = new Rng(0);
  private final Rng values = new Rng(0);
  private final Rng perturb = new Rng(0);
  private final Slots slots;
  private double perturbRate;
  private boolean firstPerson = true;
  private Sender sender;
  private Node inner;

  // Values that stay the same throughout one appeal; -1 until first used.
  int town2 = -1;
  int village = -1;
  int street = -1;
  int house = -1;

  RenderContext(Slots slots) {
    this.slots = slots;
  }

  /** Whether a parsed slot is one this renderer fills, with the arguments it needs. */
  static boolean accepts(Node.Slot s) {
    if (!SLOTS.contains(s.name())) {
      return false;
    }
    boolean ranged = RANGED.contains(s.name());
    boolean forms = s.name().equals("n");
    return ranged == s.hasRange() && forms == (s.forms().length == 3);
  }

  /** Starts an appeal of {@code sender}; {@code perturbRate} > 0 re-draws that share of choices. */
  void begin(Sender sender, boolean firstPerson, double perturbRate, long perturbSeed) {
    this.sender = sender;
    this.firstPerson = firstPerson;
    this.perturbRate = perturbRate;
    perturb.reseed(perturbSeed);
    town2 = village = street = house = -1;
  }

  /** Starts one part of the appeal (a greeting, a question...) from its own seed. */
  RenderContext part(long seed) {
    choices.reseed(seed);
    values.reseed(Rng.mix(seed, 0x5107));
    return this;
  }

  /** Renders {@code wrapper} with {@code inner} standing for its {@code {q}}/{@code {r}} slot. */
  void render(Node wrapper, Node inner, StringBuilder out) {
    Node saved = this.inner;
    this.inner = inner;
    wrapper.render(this, out);
    this.inner = saved;
  }

  Sender sender() {
    return sender;
  }

  Rng values() {
    return values;
  }

  Rng choices() {
    return choices;
  }

  @Override
  public int choose(int n) {
    int c = choices.nextInt(n);
    if (perturbRate > 0 && perturb.chance(perturbRate)) {
      c = perturb.nextInt(n);
    }
    return c;
  }

  @Override
  public void slot(Node.Slot s, StringBuilder out) {
    if (s.name().equals("q") || s.name().equals("r")) {
      if (inner == null) {
        throw new IllegalStateException("template uses {" + s.name() + "} outside a wrapper");
      }
      Node q = inner;
      inner = null;
      q.render(this, out);
      inner = q;
      return;
    }
    slots.fill(s, this, out);
  }

  @Override
  public boolean female() {
    return sender.female;
  }

  @Override
  public boolean firstPerson() {
    return firstPerson;
  }

  /** A plausible age in years for an age group (sender ages are drawn once per sender). */
  static int ageIn(AgeGroup g, Rng rng) {
    return switch (g) {
      case UNDER_18 -> rng.between(12, 17);
      case AGE_18_29 -> rng.between(18, 29);
      case AGE_30_44 -> rng.between(30, 44);
      case AGE_45_59 -> rng.between(45, 59);
      case AGE_60_PLUS -> rng.between(60, 88);
      case UNKNOWN -> rng.between(25, 75);
    };
  }
}
