package voxpop.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import voxpop.model.Region;
import voxpop.model.Regions;

/**
 * Towns of each federal subject and the case forms texts need ("в Курской области", "жители
 * Курска"), from {@code places.tsv}, indexed like {@link Regions#all()}. Immutable and thread-safe.
 */
final class Places {
  /** A town with the case forms that templates use, and its Latin spelling for English texts. */
  record Town(String nominative, String genitive, String prepositional, String latin) {}

  /** One subject: its name in the prepositional and genitive cases, and its towns. */
  record Subject(Region region, String prepositional, String genitive, Town[] towns) {}

  private static final Places INSTANCE = load();

  private final Subject[] subjects;

  private Places(Subject[] subjects) {
    this.subjects = subjects;
  }

  static Places get() {
    return INSTANCE;
  }

  /** The subject at the index of {@link Regions#all()}. */
  Subject subject(int regionIndex) {
    return subjects[regionIndex];
  }

  int size() {
    return subjects.length;
  }

  private static Places load() {
    Map<String, Subject> byCode = new HashMap<>();
    for (ResourceText.Line line : ResourceText.lines("places.tsv")) {
      String[] f = line.text().split("\t");
      if (f.length != 4) {
        throw line.error("expected 4 tab-separated fields, found " + f.length);
      }
      Region region =
          Regions.byCode(f[0]).orElseThrow(() -> line.error("unknown region code " + f[0]));
      List<Town> towns = new ArrayList<>();
      for (String t : f[3].split(";")) {
        String[] forms = t.split("\\|");
        if (forms.length != 3) {
          throw line.error("town '" + t + "' needs nominative|genitive|prepositional");
        }
        towns.add(new Town(forms[0], forms[1], forms[2], Transliteration.latin(forms[0])));
      }
      if (towns.size() < 3) {
        throw line.error("region " + f[0] + " needs at least 3 towns");
      }
      if (byCode.put(f[0], new Subject(region, f[1], f[2], towns.toArray(Town[]::new))) != null) {
        throw line.error("region " + f[0] + " appears twice");
      }
    }
    List<Region> all = Regions.all();
    Subject[] subjects = new Subject[all.size()];
    for (int i = 0; i < subjects.length; i++) {
      subjects[i] = byCode.get(all.get(i).code());
      if (subjects[i] == null) {
        throw new IllegalStateException("places.tsv lacks region " + all.get(i).code());
      }
    }
    return new Places(subjects);
  }
}
