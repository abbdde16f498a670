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
      assertThat(new IntakeWorker(store, new BasicAppealProcessor(), 10).runOnce()).isZero();
    }
  }

  @Test
  void processesInBatchesRecordsResultsAndMovesTheHighWaterMark() {
    try (AppealStore store = SqliteAppealStore.open(dir)) {
      List<Receipt> rs = new ArrayList<>();
      for (String t :
          List.of("Когда дадут газ?", "когда дадут ГАЗ", "Коли буде світло?", "?!", "When?")) {
        rs.add(store.submit(sub(t)).join());
      }
      IntakeWorker w = new IntakeWorker(store, new BasicAppealProcessor(), 3);
      assertThat(w.runOnce()).isEqualTo(3);
      assertThat(store.stats().highWaterMark()).isEqualTo(rs.get(2).seq());
      assertThat(w.runOnce()).isEqualTo(2);
      assertThat(w.runOnce()).isZero();
      assertThat(store.stats().pending()).isZero();
      assertThat(store.stats().duplicateQuestions()).isEqualTo(1);
      assertThat(store.results(rs.get(2).seq()).getFirst().language()).isEqualTo(Language.UK);
      assertThat(store.results(rs.get(3).seq()).getFirst().screening().verdict())
          .isEqualTo(Verdict.EMPTY);
      assertThat(store.results(rs.get(4).seq()).getFirst().language()).isEqualTo(Language.EN);
    }
  }

  @Test
  void anAppealTheProcessorFailsOnDoesNotStallTheQueue() {
    try (AppealStore store = SqliteAppealStore.open(dir)) {
      Receipt bad = store.submit(sub("poison")).join();
      Receipt good = store.submit(sub("Вопрос")).join();
      AppealProcessor failing =
          a -> {
            if (a.text().equals("poison")) {
              throw new IllegalStateException("boom");
            }
            return new BasicAppealProcessor().process(a);
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
}
