package voxpop.eval.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import voxpop.io.CsvReader;

/**
 * The English sets: the four short-text clustering benchmarks, BANKING77, CLINC150 and the UCI SMS
 * spam collection. Stateless.
 */
final class EnglishSets {
  static final String SHORT_TEXT = "en-short-text-clustering";
  static final String BANKING77 = "en-banking77";
  static final String CLINC150 = "en-clinc150";
  static final String SMS_SPAM = "en-sms-spam-uci";
  static final String OUT_OF_SCOPE = "oos";

  private EnglishSets() {}

  /**
   * One of the short-text benchmarks: {@code label<TAB>text} lines; one label level, so the coarse
   * label repeats the fine one. Ids are {@code name-<line>}.
   */
  static ClusteringSet shortText(Path root, String name, String relative) throws IOException {
    Path file = DataFiles.require(root, SHORT_TEXT, relative);
    List<LabelledText> out = new ArrayList<>();
    int n = 0;
    for (String[] r : DataFiles.tsv(file, 2, false)) {
      String label = r[0].strip();
      out.add(new LabelledText(name + "-" + ++n, r[1], label, label));
    }
    return new ClusteringSet(name, "en", out);
  }

  /** BANKING77, train and test together (ids {@code train-<n>}, {@code test-<n>}); one level. */
  static ClusteringSet banking77(Path root) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    for (String split : List.of("train", "test")) {
      Path file = DataFiles.require(root, BANKING77, "banking_data/" + split + ".csv");
      try (CsvReader in = CsvReader.open(file)) {
        int text = AppealSets.column(in, "text", file);
        int category = AppealSets.column(in, "category", file);
        int n = 0;
        for (String[] r; (r = in.next()) != null; ) {
          String label = r[category].strip();
          out.add(new LabelledText(split + "-" + ++n, r[text], label, label));
        }
      }
    }
    return new ClusteringSet("banking77", "en", out);
  }

  /**
   * CLINC150 in scope (train, val and test; 150 intents as fine labels, their 10 domains as coarse
   * labels), or only its out-of-scope queries (label and coarse label {@code oos}).
   */
  static ClusteringSet clinc150(Path root, boolean outOfScope) throws IOException {
    JsonNode data =
        JsonMapper.builder()
            .build()
            .readTree(DataFiles.text(DataFiles.require(root, CLINC150, "data/data_full.json")));
    JsonNode domains =
        JsonMapper.builder()
            .build()
            .readTree(DataFiles.text(DataFiles.require(root, CLINC150, "data/domains.json")));
    Map<String, String> domainOf = new HashMap<>();
    for (Map.Entry<String, JsonNode> d : domains.properties()) {
      for (JsonNode intent : d.getValue()) {
        domainOf.put(intent.asString(), d.getKey());
      }
    }
    List<LabelledText> out = new ArrayList<>();
    List<String> splits =
        outOfScope ? List.of("oos_train", "oos_val", "oos_test") : List.of("train", "val", "test");
    for (String split : splits) {
      JsonNode items = data.get(split);
      if (items == null || !items.isArray()) {
        throw new IOException("data_full.json has no array '" + split + "'");
      }
      int n = 0;
      for (JsonNode item : items) {
        n++;
        if (!item.isArray() || item.size() != 2) {
          throw new IOException(
              "data_full.json " + split + "[" + (n - 1) + "] is not [text, intent]");
        }
        String intent = item.get(1).asString();
        String domain = outOfScope ? OUT_OF_SCOPE : domainOf.get(intent);
        if (domain == null) {
          throw new IOException("intent '" + intent + "' is in no domain of domains.json");
        }
        out.add(new LabelledText(split + "-" + n, item.get(0).asString(), intent, domain));
      }
    }
    return new ClusteringSet(outOfScope ? "clinc150-oos" : "clinc150", "en", out);
  }

  /** The 5,574 SMS, {@code positive} meaning spam. */
  static List<BinaryText> smsSpam(Path root) throws IOException {
    Path file = DataFiles.require(root, SMS_SPAM, "SMSSpamCollection");
    List<BinaryText> out = new ArrayList<>();
    int line = 1;
    for (String[] r : DataFiles.tsv(file, 2, true)) {
      line++;
      boolean spam =
          switch (r[0].strip()) {
            case "spam" -> true;
            case "ham" -> false;
            default ->
                throw new IOException(
                    file.getFileName() + " line " + line + ": label is neither ham nor spam");
          };
      out.add(new BinaryText("sms-" + (out.size() + 1), r[1], spam));
    }
    return out;
  }
}
