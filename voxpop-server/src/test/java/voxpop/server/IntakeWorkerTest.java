package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Language;
import voxpop.model.Verdict;
import voxpop.store.AppealState;
import voxpop.store.AppealStore;
import voxpop.store.Receipt;
import voxpop.store.Receipts;
import voxpop.store.Submission;
import voxpop.store.sqlite.SqliteAppealStore;

class IntakeWorkerTest {
  @TempDir Path dir;

  static Submission sub(String text) {
    return new Submission(
        new Appeal(Receipts.newId(), Instant.EPOCH, Channel.SMS, text, "", "", null, null, ""),
        "",
        "");
  }

  @Test
  void anEmptyStoreIsNoWork() {
    try (AppealStore store = SqliteAppealStore.open(dir)) {
      assertThat(new IntakeWorker(store, new EngineAppealProcessor(), 10).runOnce()).isZero();
    }
  }

  @Test
  void processesInBatchesRecordsResultsAndMovesTheHighWaterMark() {
    try (AppealStore store = SqliteAppealStore.open(dir)) {
      List<Receipt> rs = new ArrayList<>();
      for (String t :
          List.of(
              "Когда в наш посёлок проведут газ?",
              "когда в наш посёлок проведут ГАЗ!!!",
              "Коли в нашому селі буде світло і нормальна дорога?",
              "?!",
              "Когда починят дорогу у школы? И еще вопрос: почему не индексируют пенсии?",
              "When will the road to our village be repaired?")) {
        rs.add(store.submit(sub(t)).join());
      }
      IntakeWorker w = new IntakeWorker(store, new EngineAppealProcessor(), 3);
      assertThat(w.runOnce()).isEqualTo(3);
      assertThat(store.stats().highWaterMark()).isEqualTo(rs.get(2).seq());
      assertThat(w.runOnce()).isEqualTo(3);
      assertThat(w.runOnce()).isZero();
      assertThat(store.stats().pending()).isZero();
      assertThat(store.stats().duplicateQuestions()).isEqualTo(1);
      assertThat(store.results(rs.get(0).seq()).getFirst().screening().verdict())
          .isEqualTo(Verdict.ACCEPTED);
      assertThat(store.results(rs.get(2).seq()).getFirst().language()).isEqualTo(Language.UK);
      assertThat(store.results(rs.get(3).seq()).getFirst().screening().verdict())
          .isEqualTo(Verdict.EMPTY);
      assertThat(store.results(rs.get(4).seq())).hasSize(2);
      assertThat(store.results(rs.get(5).seq()).getFirst().language()).isEqualTo(Language.EN);
    }
  }

  @Test
  void anAppealTheProcessorFailsOnDoesNotStallTheQueue() {
    try (AppealStore store = SqliteAppealStore.open(dir)) {
      Receipt bad = store.submit(sub("poison")).join();
      Receipt good = store.submit(sub("Когда в наш посёлок проведут газ?")).join();
      AppealProcessor failing =
          a -> {
            if (a.text().equals("poison")) {
              throw new IllegalStateException("boom");
            }
            return new EngineAppealProcessor().process(a);
          };
      IntakeWorker w = new IntakeWorker(store, failing, 10);
      assertThat(w.runOnce()).isEqualTo(2);
      assertThat(w.failures()).isEqualTo(1);
      assertThat(store.status(bad.receipt()).orElseThrow().state())
          .isEqualTo(AppealState.PROCESSED);
      assertThat(store.results(bad.seq())).isEmpty();
      assertThat(store.results(good.seq())).hasSize(1);
    }
  }

  @Test
  void theRunningWorkerWorksOffABacklogOfManyBatchesEachAppealOnce() throws Exception {
    try (AppealStore store = SqliteAppealStore.open(dir)) {
      List<Submission> subs = new ArrayList<>();
      for (int i = 0; i < 1_037; i++) {
        subs.add(sub("Когда починят дорогу номер " + i + " в нашем районе?"));
      }
      store.submit(subs).join();
      AppealProcessor counting = new EngineAppealProcessor();
      java.util.concurrent.atomic.AtomicInteger calls =
          new java.util.concurrent.atomic.AtomicInteger();
      AppealProcessor spy =
          a -> {
            calls.incrementAndGet();
            return counting.process(a);
          };
      try (IntakeWorker w = new IntakeWorker(store, spy, 100).start()) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (store.stats().pending() > 0 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(store.stats().pending()).isZero();
        while (w.processed() < 1_037 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(w.processed()).isEqualTo(1_037);
      }
      assertThat(calls.get()).as("each appeal screened once").isEqualTo(1_037);
      assertThat(store.stats().highWaterMark()).isEqualTo(store.stats().lastSeq());
      assertThat(
              store.stats().questionsByVerdict().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(1_037);
    }
  }
}
