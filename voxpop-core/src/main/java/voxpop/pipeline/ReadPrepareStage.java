package voxpop.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import voxpop.io.AppealReader;
import voxpop.model.Appeal;
import voxpop.model.Regions;
import voxpop.screen.Screener;
import voxpop.themes.ThemeRequest.Progress;
import voxpop.util.Hashing;
import voxpop.util.LongIntMap;
import voxpop.util.Parallel;

/**
 * Reads appeals and prepares them (normalise, detect language, screen, split) while reading goes
 * on: the calling thread reads fixed-size batches, the pool prepares them, and batches are joined
 * in input order, so the result does not depend on the thread count. Produces {@link Prepared}.
 */
final class ReadPrepareStage {
  static final int BATCH = 4096;

  private final QuestionPreparer preparer;
  private final Progress progress;

  ReadPrepareStage(Screener screener, Progress progress) {
    this.preparer = new QuestionPreparer(screener);
    this.progress = progress;
  }

  Prepared run(AppealReader reader, ExecutorService pool) throws IOException {
    List<Future<Batch>> pending = new ArrayList<>();
    List<Batch> done = new ArrayList<>();
    List<Appeal> batch = new ArrayList<>(BATCH);
    long read = 0;
    Appeal a;
    while ((a = reader.next()) != null) {
      batch.add(a);
      if (batch.size() == BATCH) {
        List<Appeal> full = batch;
        pending.add(pool.submit(() -> prepare(full)));
        batch = new ArrayList<>(BATCH);
        read += BATCH;
        progress.update("read and screen", read, -1);
        // Bound the appeals waiting in memory: join finished batches as we go.
        if (pending.size() > 64) {
          done.add(Parallel.join(pending.removeFirst()));
        }
      }
    }
    if (!batch.isEmpty()) {
      List<Appeal> last = batch;
      pending.add(pool.submit(() -> prepare(last)));
    }
    for (Future<Batch> f : pending) {
      done.add(Parallel.join(f));
    }
    return join(done, reader);
  }

  private Batch prepare(List<Appeal> appeals) {
    Batch b = new Batch(appeals.size());
    for (int i = 0; i < appeals.size(); i++) {
      Appeal a = appeals.get(i);
      int local = i;
      b.ids[i] = a.id();
      Instant t = a.receivedAt();
      b.receivedAt[i] = t == null ? AppealColumns.NO_TIME : t.getEpochSecond();
      b.channel[i] = (byte) a.channel().ordinal();
      b.region[i] = Regions.canonical(a.region());
      b.sender[i] = a.sender().isEmpty() ? 0L : Hashing.hash64(a.sender());
      b.ageGroup[i] = (byte) a.ageGroup().ordinal();
      b.gender[i] = (byte) a.gender().ordinal();
      preparer.prepare(
          a,
          (text, language, screening, key) ->
              b.add(
                  local,
                  text,
                  language.ordinal(),
                  screening.verdict().ordinal(),
                  screening.reason(),
                  key));
    }
    return b;
  }

  private Prepared join(List<Batch> batches, AppealReader reader) {
    int appeals = 0;
    int questions = 0;
    for (Batch b : batches) {
      appeals += b.ids.length;
      questions += b.questions;
    }
    List<String> ids = new ArrayList<>(appeals);
    long[] receivedAt = new long[appeals];
    byte[] channel = new byte[appeals];
    String[] region = new String[appeals];
    int[] person = new int[appeals];
    byte[] age = new byte[appeals];
    byte[] gender = new byte[appeals];
    int[] appealOf = new int[questions];
    int[] questionNo = new int[questions];
    byte[] language = new byte[questions];
    byte[] verdict = new byte[questions];
    String[] reason = new String[questions];
    String[] text = new String[questions];
    long[] exactKey = new long[questions];
    LongIntMap persons = new LongIntMap(Math.max(16, appeals));
    int people = 0;
    int a0 = 0;
    int q0 = 0;
    for (Batch b : batches) {
      int n = b.ids.length;
      for (int i = 0; i < n; i++) {
        ids.add(b.ids[i]);
        long key = b.sender[i];
        if (key == 0L) {
          person[a0 + i] = people++;
        } else {
          int id = persons.putIfAbsent(key, people);
          if (id == people) {
            people++;
          }
          person[a0 + i] = id;
        }
      }
      System.arraycopy(b.receivedAt, 0, receivedAt, a0, n);
      System.arraycopy(b.channel, 0, channel, a0, n);
      System.arraycopy(b.region, 0, region, a0, n);
      System.arraycopy(b.ageGroup, 0, age, a0, n);
      System.arraycopy(b.gender, 0, gender, a0, n);
      for (int k = 0; k < b.questions; k++) {
        appealOf[q0 + k] = a0 + b.appealOf[k];
        questionNo[q0 + k] = b.questionNo[k];
      }
      System.arraycopy(b.language, 0, language, q0, b.questions);
      System.arraycopy(b.verdict, 0, verdict, q0, b.questions);
      System.arraycopy(b.reason, 0, reason, q0, b.questions);
      System.arraycopy(b.text, 0, text, q0, b.questions);
      System.arraycopy(b.exactKey, 0, exactKey, q0, b.questions);
      a0 += n;
      q0 += b.questions;
    }
    AppealColumns columns =
        new AppealColumns(ids, receivedAt, channel, region, person, age, gender, people);
    return new Prepared(
        columns, reader.summary(), appealOf, questionNo, language, verdict, reason, text, exactKey);
  }

  /** One batch of appeals and their questions, filled by one task. */
  private static final class Batch {
    final String[] ids;
    final long[] receivedAt;
    final byte[] channel;
    final String[] region;
    final long[] sender;
    final byte[] ageGroup;
    final byte[] gender;
    int questions;
    int[] appealOf;
    int[] questionNo;
    byte[] language;
    byte[] verdict;
    String[] reason;
    String[] text;
    long[] exactKey;

    Batch(int n) {
      ids = new String[n];
      receivedAt = new long[n];
      channel = new byte[n];
      region = new String[n];
      sender = new long[n];
      ageGroup = new byte[n];
      gender = new byte[n];
      int cap = n + n / 4 + 4;
      appealOf = new int[cap];
      questionNo = new int[cap];
      language = new byte[cap];
      verdict = new byte[cap];
      reason = new String[cap];
      text = new String[cap];
      exactKey = new long[cap];
    }

    void add(int appeal, String t, int lang, int v, String r, long key) {
      if (questions == appealOf.length) {
        int cap = questions * 2;
        appealOf = java.util.Arrays.copyOf(appealOf, cap);
        questionNo = java.util.Arrays.copyOf(questionNo, cap);
        language = java.util.Arrays.copyOf(language, cap);
        verdict = java.util.Arrays.copyOf(verdict, cap);
        reason = java.util.Arrays.copyOf(reason, cap);
        text = java.util.Arrays.copyOf(text, cap);
        exactKey = java.util.Arrays.copyOf(exactKey, cap);
      }
      int no =
          questions > 0 && appealOf[questions - 1] == appeal ? questionNo[questions - 1] + 1 : 1;
      appealOf[questions] = appeal;
      questionNo[questions] = no;
      language[questions] = (byte) lang;
      verdict[questions] = (byte) v;
      reason[questions] = r;
      text[questions] = t;
      exactKey[questions] = key;
      questions++;
    }
  }
}
