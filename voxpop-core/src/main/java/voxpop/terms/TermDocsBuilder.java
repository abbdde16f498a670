package voxpop.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import voxpop.model.Language;
import voxpop.util.CharIndex;

/**
 * Analyses many texts into {@link TermDocs} on several threads. Texts are cut into fixed chunks,
 * each chunk builds a local dictionary, and the chunks are merged in order into a vocabulary sorted
 * by stem, so the result is identical for any thread count.
 */
public final class TermDocsBuilder {
  private static final int CHUNK = 8192;

  private final TermSource source;

  public TermDocsBuilder(TermSource source) {
    this.source = source;
  }

  /** Analyses {@code texts} (with their languages) using {@code threads} threads. */
  public TermDocs build(List<String> texts, Language[] languages, int threads) {
    int n = texts.size();
    int chunks = (n + CHUNK - 1) / CHUNK;
    List<Chunk> parts = new ArrayList<>(chunks);
    if (threads <= 1 || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        parts.add(analyse(texts, languages, c * CHUNK, Math.min(n, (c + 1) * CHUNK)));
      }
    } else {
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        List<Future<Chunk>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
          int from = c * CHUNK;
          int to = Math.min(n, from + CHUNK);
          futures.add(pool.submit(() -> analyse(texts, languages, from, to)));
        }
        for (Future<Chunk> f : futures) {
          parts.add(get(f));
        }
      }
    }
    return merge(parts, n);
  }

  private static Chunk get(Future<Chunk> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing texts", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("text analysis failed", e.getCause());
    }
  }

  private Chunk analyse(List<String> texts, Language[] languages, int from, int to) {
    CharIndex local = new CharIndex();
    int[] offsets = new int[to - from + 1];
    int[][] buf = {new int[Math.max(16, (to - from) * 8)]};
    int[] len = {0};
    for (int i = from; i < to; i++) {
      offsets[i - from] = len[0];
      source.stems(
          texts.get(i),
          languages[i],
          stem -> {
            int id = local.idOf(stem);
            if (len[0] == buf[0].length) {
              buf[0] = Arrays.copyOf(buf[0], buf[0].length * 2);
            }
            buf[0][len[0]++] = id;
          });
    }
    offsets[to - from] = len[0];
    String[] terms = new String[local.size()];
    for (int t = 0; t < terms.length; t++) {
      terms[t] = local.term(t);
    }
    return new Chunk(terms, offsets, Arrays.copyOf(buf[0], len[0]));
  }

  private static TermDocs merge(List<Chunk> parts, int n) {
    // Each distinct stem gets an id in order of first sight (one hash lookup per stem of a chunk's
    // dictionary), then the ids are renumbered in sorted order: the vocabulary is sorted, as a
    // sorted set of every chunk's stems would give, without a tree insertion per stem and chunk.
    Map<String, Integer> first = new HashMap<>();
    List<String> seen = new ArrayList<>();
    int[][] remaps = new int[parts.size()][];
    long total = 0;
    for (int p = 0; p < parts.size(); p++) {
      Chunk c = parts.get(p);
      int[] remap = new int[c.terms.length];
      for (int t = 0; t < remap.length; t++) {
        Integer id = first.putIfAbsent(c.terms[t], seen.size());
        if (id == null) {
          id = seen.size();
          seen.add(c.terms[t]);
        }
        remap[t] = id;
      }
      remaps[p] = remap;
      total += c.ids.length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many words to analyse in one run: " + total);
    }
    String[] sorted = seen.toArray(String[]::new);
    Arrays.sort(sorted);
    int[] rankOfFirst = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      rankOfFirst[first.get(sorted[i])] = i;
    }
    for (int[] remap : remaps) {
      for (int t = 0; t < remap.length; t++) {
        remap[t] = rankOfFirst[remap[t]];
      }
    }
    int[] offsets = new int[n + 1];
    int[] ids = new int[(int) total];
    int[] df = new int[sorted.length];
    int[] lastDoc = new int[sorted.length];
    Arrays.fill(lastDoc, -1);
    int doc = 0;
    int at = 0;
    for (int p = 0; p < parts.size(); p++) {
      Chunk c = parts.get(p);
      int[] remap = remaps[p];
      for (int d = 0; d + 1 < c.offsets.length; d++, doc++) {
        offsets[doc] = at;
        for (int k = c.offsets[d]; k < c.offsets[d + 1]; k++) {
          int id = remap[c.ids[k]];
          ids[at++] = id;
          if (lastDoc[id] != doc) {
            lastDoc[id] = doc;
            df[id]++;
          }
        }
      }
    }
    offsets[n] = at;
    return new TermDocs(new Vocabulary(sorted, df), offsets, ids);
  }

  private record Chunk(String[] terms, int[] offsets, int[] ids) {}
}
