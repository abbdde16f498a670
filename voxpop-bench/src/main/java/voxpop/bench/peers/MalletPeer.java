package voxpop.bench.peers;

import cc.mallet.pipe.CharSequence2TokenSequence;
import cc.mallet.pipe.CharSequenceLowercase;
import cc.mallet.pipe.Pipe;
import cc.mallet.pipe.SerialPipes;
import cc.mallet.pipe.TokenSequence2FeatureSequence;
import cc.mallet.pipe.TokenSequenceRemoveStopwords;
import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.IDSorter;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The MALLET peer: LDA by Gibbs sampling ({@code cc.mallet.topics.ParallelTopicModel}, MALLET
 * 2.0.8; Newman et al. 2009 for the parallel sampler, Yao, Mimno and McCallum 2009 for SparseLDA).
 * Runs in its own JVM, started by {@link PeersBench}.
 *
 * <p>Import as {@code mallet import-file --keep-sequence --remove-stopwords} does: lower case,
 * MALLET's default token pattern {@code \p{L}[\p{L}\p{P}]+\p{L}}, MALLET's English stop list plus
 * the extra list given (Lucene's Russian, Ukrainian and English lists, for the Russian texts).
 * Training with the documented defaults of {@code mallet train-topics}: alpha sum 5.0, beta 0.01,
 * 1,000 iterations, no hyperparameter optimisation ({@code --optimize-interval 0}), one thread
 * ({@code --num-threads 1}), the seed given ({@code setRandomSeed}). {@link PeersBench} runs it on
 * one thread because MALLET 2.0.8's multi-threaded sampler is neither reproducible nor reliable on
 * a busy machine: {@code estimate()} submits the threads' work, sleeps 20 ms and then polls a flag
 * that is still set from the previous iteration when a thread has not yet started, so it merges
 * counts that are still changing. On the Tweet set with two threads it printed "already running!"
 * and failed with an {@code ArrayIndexOutOfBoundsException} in three of four runs (in {@code
 * WorkerRunnable.sampleTopicsForOneDoc}, and once in {@code sumTypeTopicCounts}, see
 * mimno/Mallet#57); its sleeps alone also cost at least 30 ms an iteration. Each document goes to
 * its likeliest topic; a document with no token left is {@link Predictions#OTHER}. A topic's label
 * is its five most probable words.
 *
 * <p>Usage: {@code MalletPeer DOCS_TSV OUT_DIR K SEED THREADS [STOPWORDS_FILE]}.
 */
public final class MalletPeer {
  private MalletPeer() {}

  static final double ALPHA_SUM = 5.0;
  static final double BETA = 0.01;
  static final int ITERATIONS = 1000;

  /** MALLET's documented default, and the only reproducible setting (see the class comment). */
  static final int THREADS = 1;

  static final String TOKEN_REGEX = "\\p{L}[\\p{L}\\p{P}]+\\p{L}";

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {
      // MALLET's sampler threads are not daemons: without an exit a failure would hang the JVM
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static ParallelTopicModel train(InstanceList instances, int k, int seed, int threads)
      throws java.io.IOException {
    ParallelTopicModel model = new ParallelTopicModel(k, ALPHA_SUM, BETA);
    model.setRandomSeed(seed);
    model.setNumThreads(threads);
    model.setNumIterations(ITERATIONS);
    model.setOptimizeInterval(0);
    model.setTopicDisplay(0, 0);
    model.addInstances(instances);
    model.estimate();
    return model;
  }

  /** The work of {@link #main}, without the exit (for tests). */
  static void run(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: MalletPeer DOCS_TSV OUT_DIR K SEED THREADS [STOPWORDS_FILE]");
      System.exit(2);
    }
    Path docs = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int k = Integer.parseInt(args[2]);
    int seed = Integer.parseInt(args[3]);
    int threads = Integer.parseInt(args[4]);
    Path stop = args.length > 5 ? Path.of(args[5]) : null;

    long t0 = System.nanoTime();
    TokenSequenceRemoveStopwords stopwords =
        stop == null
            ? new TokenSequenceRemoveStopwords(false, false)
            : new TokenSequenceRemoveStopwords(stop.toFile(), "UTF-8", true, false, false);
    List<Pipe> pipes = new ArrayList<>();
    pipes.add(new CharSequenceLowercase());
    pipes.add(new CharSequence2TokenSequence(Pattern.compile(TOKEN_REGEX)));
    pipes.add(stopwords);
    pipes.add(new TokenSequence2FeatureSequence());
    InstanceList instances = new InstanceList(new SerialPipes(pipes));
    List<String> ids = new ArrayList<>();
    Docs.forEach(
        docs,
        (id, text) -> {
          ids.add(id);
          instances.addThruPipe(new Instance(text, null, id, null));
        });
    long t1 = System.nanoTime();

    ParallelTopicModel model = train(instances, k, seed, threads);
    long t2 = System.nanoTime();

    String[] cluster = new String[ids.size()];
    for (int d = 0; d < ids.size(); d++) {
      FeatureSequence tokens = (FeatureSequence) instances.get(d).getData();
      if (tokens.getLength() == 0) {
        cluster[d] = Predictions.OTHER;
        continue;
      }
      double[] p = model.getTopicProbabilities(d);
      int best = 0;
      for (int t = 1; t < p.length; t++) {
        if (p[t] > p[best]) {
          best = t;
        }
      }
      cluster[d] = "topic" + best;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    Alphabet alphabet = model.getAlphabet();
    List<TreeSet<IDSorter>> sorted = model.getSortedWords();
    for (int t = 0; t < k; t++) {
      List<String> words = new ArrayList<>();
      Iterator<IDSorter> it = sorted.get(t).iterator();
      while (it.hasNext() && words.size() < 5) {
        words.add((String) alphabet.lookupObject(it.next().getID()));
      }
      labels.put("topic" + t, String.join(" ", words));
    }
    Predictions.write(out, ids, cluster, labels);
    Files.writeString(
        out.resolve("peer.json"),
        String.format(
            Locale.ROOT,
            "{\"read_s\": %.2f, \"fit_s\": %.2f, \"tokens\": %d, \"vocabulary\": %d,"
                + " \"alpha_sum\": %.1f, \"beta\": %.2f, \"iterations\": %d, \"threads\": %d}%n",
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9,
            totalTokens(instances),
            alphabet.size(),
            ALPHA_SUM,
            BETA,
            ITERATIONS,
            threads));
  }

  private static long totalTokens(InstanceList instances) {
    long n = 0;
    for (Instance i : instances) {
      n += ((FeatureSequence) i.getData()).getLength();
    }
    return n;
  }
}
