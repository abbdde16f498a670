package voxpop.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import voxpop.io.AppealWriter;
import voxpop.io.InputFormat;
import voxpop.model.Channel;

/**
 * Generates a realistic synthetic corpus of appeals to a televised call-in show, modelled on the
 * reference event (see docs/generator.md), with the ground truth of every question.
 *
 * <ol>
 *   <li>plan the timeline (hour slots, whole counts per slot) and the campaigns;
 *   <li>for each appeal in arrival order: channel, campaign or class, sender, plan, text, fields;
 *   <li>stream the appeal and its labels to the sink; nothing per appeal is retained beyond bounded
 *       pools of recent senders and appeals.
 * </ol>
 *
 * One seeded generator drives every choice, so the same configuration gives the same corpus byte
 * for byte. An instance generates once; not thread-safe.
 */
public final class CorpusGenerator {
  /** How often the progress callback is told the number of appeals written. */
  public static final int PROGRESS_EVERY = 1 << 16;

  private final GeneratorConfig config;

  public CorpusGenerator(GeneratorConfig config) {
    this.config = config;
  }

  /**
   * Generates every appeal into {@code sink}.
   *
   * @param progress told the number of appeals done every {@link #PROGRESS_EVERY} appeals and at
   *     the end
   */
  public GenerationSummary generate(CorpusSink sink, LongConsumer progress) throws IOException {
    long started = System.nanoTime();
    Rng rng = new Rng(config.seed());
    AppealFactory factory = new AppealFactory(config, rng);
    Counter counter = new Counter();
    for (long i = 1; i <= config.count(); i++) {
      AppealFactory.Generated g = factory.next();
      counter.add(g);
      sink.accept(g.appeal(), g.labels());
      if (i % PROGRESS_EVERY == 0) {
        progress.accept(i);
      }
    }
    progress.accept(config.count());
    int campaigns = (int) factory.campaigns().all().stream().filter(c -> c.members > 0).count();
    return counter.summary(campaigns, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Writes the corpus (CSV or JSON Lines by the extension, {@code .gz} for gzip) and its labels
   * file. Both are written to temporary files beside their targets and moved into place only when
   * complete, so a failed run leaves no half-written file under the final names.
   */
  public GenerationSummary writeFiles(Path corpus, Path labels, LongConsumer progress)
      throws IOException {
    InputFormat.of(corpus);
    Path corpusTmp = temporary(corpus);
    Path labelsTmp = temporary(labels);
    GenerationSummary summary;
    try {
      try (AppealWriter appeals = AppealWriter.create(corpusTmp);
          LabelWriter truth = LabelWriter.create(labelsTmp)) {
        summary =
            generate(
                (a, ls) -> {
                  appeals.write(a);
                  for (QuestionLabel l : ls) {
                    truth.write(l);
                  }
                },
                progress);
      }
      Files.move(corpusTmp, corpus, StandardCopyOption.REPLACE_EXISTING);
      Files.move(labelsTmp, labels, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(corpusTmp);
      Files.deleteIfExists(labelsTmp);
    }
    return summary;
  }

  private static Path temporary(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.resolveSibling(".partial-" + abs.getFileName());
  }

  /**
   * The default labels file beside a corpus: {@code corpus.csv} → {@code corpus.labels.csv}, {@code
   * corpus.jsonl.gz} → {@code corpus.labels.csv.gz}.
   */
  public static Path defaultLabelsPath(Path corpus) {
    String name = corpus.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean gz = lower.endsWith(".gz");
    String base = gz ? name.substring(0, name.length() - 3) : name;
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    return corpus.resolveSibling(base + ".labels.csv" + (gz ? ".gz" : ""));
  }

  /** Counts what was generated, for the summary; plain arrays, as it runs once per appeal. */
  private static final class Counter {
    private static final String[] CLASSES = {
      QuestionLabel.ACCEPTED,
      QuestionLabel.SPAM,
      QuestionLabel.ABUSE,
      QuestionLabel.GIBBERISH,
      QuestionLabel.EMPTY
    };
    private static final String[] LANGUAGES = {"ru", "uk", "en"};
    private static final String[] DUPLICATES = {
      QuestionLabel.REPEAT, QuestionLabel.PARAPHRASE, QuestionLabel.EXACT
    };

    private final long[] classes = new long[CLASSES.length];
    private final long[] channels = new long[Channel.values().length];
    private final long[] languages = new long[LANGUAGES.length];
    private final long[] duplicates = new long[DUPLICATES.length];
    private long appeals;
    private long questions;
    private long campaignAppeals;

    void add(AppealFactory.Generated g) {
      QuestionLabel first = g.labels().get(0);
      appeals++;
      questions += g.labels().size();
      classes[indexOf(CLASSES, first.labelClass())]++;
      channels[g.appeal().channel().ordinal()]++;
      languages[indexOf(LANGUAGES, first.language())]++;
      if (!first.duplicate().isEmpty()) {
        duplicates[indexOf(DUPLICATES, first.duplicate())]++;
      }
      if (!first.campaignId().isEmpty()) {
        campaignAppeals++;
      }
    }

    private static int indexOf(String[] keys, String key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      throw new IllegalStateException("unexpected label value " + key);
    }

    GenerationSummary summary(int campaigns, Duration elapsed) {
      Map<String, Long> byChannel = new LinkedHashMap<>();
      for (Channel c : ChannelMix.CHANNELS) {
        byChannel.put(c.code(), channels[c.ordinal()]);
      }
      return new GenerationSummary(
          appeals,
          questions,
          map(CLASSES, classes),
          byChannel,
          map(LANGUAGES, languages),
          map(DUPLICATES, duplicates),
          campaigns,
          campaignAppeals,
          elapsed);
    }

    private static Map<String, Long> map(String[] keys, long[] counts) {
      Map<String, Long> m = new LinkedHashMap<>();
      for (int i = 0; i < keys.length; i++) {
        m.put(keys[i], counts[i]);
      }
      return Collections.unmodifiableMap(m);
    }
  }
}
