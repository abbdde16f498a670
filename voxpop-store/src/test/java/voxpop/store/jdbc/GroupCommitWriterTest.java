package voxpop.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.store.Receipt;
import voxpop.store.Receipts;
import voxpop.store.StoreException;
import voxpop.store.Submission;

class GroupCommitWriterTest {
  static List<Submission> subs(int n) {
    List<Submission> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Submission(
              new Appeal(Receipts.newId(), Instant.EPOCH, Channel.WEB, "t", "", "", null, null, ""),
              "",
              ""));
    }
    return out;
  }

  static List<Receipt> fake(List<Submission> s) {
    List<Receipt> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(new Receipt(s.get(i).receipt(), i + 1, false));
    }
    return out;
  }

  @Test
  void aFullQueueRefusesAtOnceAsOverloaded() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    GroupCommitWriter w =
        new GroupCommitWriter(
            "test",
            DriverManager.getConnection("jdbc:sqlite::memory:"),
            (c, s) -> {
              inside.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return fake(s);
            },
            100,
            6);
    CompletableFuture<List<Receipt>> first = w.insert(subs(4));
    inside.await();
    CompletableFuture<List<Receipt>> refused = w.insert(subs(3));
    assertThatThrownBy(refused::join)
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(StoreException.class)
        .hasMessageContaining("write queue full: 4 rows pending, limit 6");
    assertThat(((StoreException) refused.handle((r, t) -> t).join()).kind())
        .isEqualTo(StoreException.Kind.OVERLOADED);
    release.countDown();
    assertThat(first.join()).hasSize(4);
    assertThat(w.pendingRows()).isZero();
    w.close();
  }

  @Test
  void aFailedCommitFailsEveryRequestInItAndAcknowledgesNone() throws Exception {
    GroupCommitWriter w =
        new GroupCommitWriter(
            "test",
            DriverManager.getConnection("jdbc:sqlite::memory:"),
            (c, s) -> {
              throw new SQLException("disk I/O error", "HY000", 10);
            },
            100,
            1_000);
    CompletableFuture<List<Receipt>> f = w.insert(subs(2));
    assertThatThrownBy(f::join)
        .hasCauseInstanceOf(StoreException.class)
        .hasMessageContaining("commit of 2 rows failed")
        .hasMessageContaining("disk I/O error");
    assertThat(w.commits()).isZero();
    assertThat(w.pendingRows()).isZero();
    w.close();
  }

  @Test
  void closingCommitsWhatIsQueuedThenRefuses() throws Exception {
    GroupCommitWriter w =
        new GroupCommitWriter(
            "test",
            DriverManager.getConnection("jdbc:sqlite::memory:"),
            (c, s) -> fake(s),
            100,
            1_000);
    List<CompletableFuture<List<Receipt>>> fs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fs.add(w.insert(subs(1)));
    }
    w.close();
    for (var f : fs) {
      assertThat(f.join()).hasSize(1);
    }
    assertThatThrownBy(() -> w.insert(subs(1)).join()).hasMessageContaining("closed");
  }
}
