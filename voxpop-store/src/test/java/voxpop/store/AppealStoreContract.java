package voxpop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.model.Verdict;

/**
 * The behaviour every {@link AppealStore} must have. Each implementation's test extends this class
 * and says how to open a fresh, empty store and how to reopen the same one.
 */
public abstract class AppealStoreContract {
  protected AppealStore store;

  /** A new, empty store. */
  protected abstract AppealStore openFresh() throws Exception;

  /** The same store as the last {@link #openFresh()}, opened again (after a close). */
  protected abstract AppealStore reopen() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openFresh();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  static Submission sub(Channel ch, String text, String key) {
    return sub(ch, text, key, "");
  }

  static Submission sub(Channel ch, String text, String key, String contact) {
    Appeal a =
        new Appeal(
            Receipts.newId(),
            Instant.parse("2025-12-19T09:00:00Z"),
            ch,
            text,
            "Курская область",
            "hash-of-sender",
            AgeGroup.AGE_30_44,
            Gender.FEMALE,
            key);
    return new Submission(a, key, contact);
  }

  @Test
  void emptyStoreHasNothing() {
    StoreStats s = store.stats();
    assertThat(s.appeals()).isZero();
    assertThat(s.byChannel()).isEmpty();
    assertThat(s.lastSeq()).isZero();
    assertThat(s.pending()).isZero();
    assertThat(store.pending(10)).isEmpty();
    assertThat(store.status("AAAA-BBBB-CCCC-DDDD")).isEmpty();
    assertThat(store.submit(List.of()).join()).isEmpty();
  }

  @Test
  void storesOneAppealAndReadsItBack() {
    Submission s = sub(Channel.SMS, "Когда починят дорогу?", "SM1");
    Receipt r = store.submit(s).join();
    assertThat(r.receipt()).isEqualTo(s.receipt());
    assertThat(r.replay()).isFalse();
    assertThat(r.seq()).isPositive();

    List<StoredAppeal> pending = store.pending(10);
    assertThat(pending).hasSize(1);
    StoredAppeal p = pending.getFirst();
    assertThat(p.seq()).isEqualTo(r.seq());
    assertThat(p.state()).isEqualTo(AppealState.RECEIVED);
    assertThat(p.appeal()).isEqualTo(s.appeal());

    AppealStatus st = store.status(r.receipt()).orElseThrow();
    assertThat(st.channel()).isEqualTo(Channel.SMS);
    assertThat(st.state()).isEqualTo(AppealState.RECEIVED);
    assertThat(st.receivedAt()).isEqualTo(Instant.parse("2025-12-19T09:00:00Z"));
    assertThat(st.questions()).isEmpty();
    assertThat(store.stats().byChannel()).containsEntry(Channel.SMS, 1L);
  }

  @Test
  void sameKeyOnSameChannelReturnsTheFirstReceiptAndStoresNothingNew() {
    Receipt first = store.submit(sub(Channel.SMS, "первый", "SM42")).join();
    Receipt retry = store.submit(sub(Channel.SMS, "первый", "SM42")).join();
    assertThat(retry.receipt()).isEqualTo(first.receipt());
    assertThat(retry.seq()).isEqualTo(first.seq());
    assertThat(retry.replay()).isTrue();
    assertThat(store.stats().appeals()).isEqualTo(1);
    assertThat(store.pending(10)).hasSize(1);
  }

  @Test
  void sameKeyOnAnotherChannelIsAnotherAppeal() {
    Receipt sms = store.submit(sub(Channel.SMS, "a", "42")).join();
    Receipt tg = store.submit(sub(Channel.MESSENGER, "a", "42")).join();
    assertThat(tg.receipt()).isNotEqualTo(sms.receipt());
    assertThat(tg.replay()).isFalse();
    assertThat(store.stats().appeals()).isEqualTo(2);
  }

  @Test
  void appealsWithoutKeyAreAlwaysStored() {
    store.submit(sub(Channel.WEB, "same text", "")).join();
    store.submit(sub(Channel.WEB, "same text", "")).join();
    assertThat(store.stats().byChannel()).containsEntry(Channel.WEB, 2L);
  }

  @Test
  void repeatsInsideOneListResolveToTheFirst() {
    List<Submission> subs =
        List.of(
            sub(Channel.SMS, "x", "K1"),
            sub(Channel.SMS, "y", ""),
            sub(Channel.SMS, "x again", "K1"),
            sub(Channel.PHONE, "z", "K1"));
    List<Receipt> rs = store.submit(subs).join();
    assertThat(rs).hasSize(4);
    assertThat(rs.get(0).replay()).isFalse();
    assertThat(rs.get(2).receipt()).isEqualTo(rs.get(0).receipt());
    assertThat(rs.get(2).replay()).isTrue();
    assertThat(rs.get(3).replay()).isFalse();
    assertThat(store.stats().appeals()).isEqualTo(3);
  }

  @Test
  void concurrentSubmissionsAreAllStoredOnceWithDistinctSequenceNumbers() {
    List<CompletableFuture<Receipt>> fs = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      // every tenth is a retry of the one before it
      String key = "M" + (i % 10 == 9 ? i - 1 : i);
      fs.add(store.submit(sub(Channel.MESSENGER, "q" + i, key)));
    }
    List<Receipt> rs = fs.stream().map(CompletableFuture::join).toList();
    assertThat(rs.stream().filter(r -> !r.replay()).map(Receipt::seq).distinct()).hasSize(1_800);
    assertThat(rs.stream().filter(Receipt::replay)).hasSize(200);
    assertThat(store.stats().appeals()).isEqualTo(1_800);
    List<String> receipts = new ArrayList<>();
    store.forEachReceipt(receipts::add);
    assertThat(receipts).hasSize(1_800).doesNotHaveDuplicates();
  }

  @Test
  void largeListsSpanSeveralStatements() {
    List<Submission> subs = new ArrayList<>();
    for (int i = 0; i < 1_001; i++) {
      subs.add(sub(Channel.APP, "q" + i, "A" + i));
    }
    List<Receipt> rs = store.submit(subs).join();
    assertThat(rs).hasSize(1_001).allMatch(r -> !r.replay());
    for (int i = 0; i < rs.size(); i++) {
      assertThat(rs.get(i).receipt()).isEqualTo(subs.get(i).receipt());
    }
    assertThat(store.submit(subs).join()).allMatch(Receipt::replay);
    assertThat(store.stats().appeals()).isEqualTo(1_001);
  }

  @Test
  void appealsSurviveReopening() throws Exception {
    Receipt r = store.submit(sub(Channel.PHONE, "звонок", "CALL-7")).join();
    store.close();
    store = reopen();
    assertThat(store.contains(r.receipt())).isTrue();
    Receipt retry = store.submit(sub(Channel.PHONE, "звонок", "CALL-7")).join();
    assertThat(retry.receipt()).isEqualTo(r.receipt());
    assertThat(retry.replay()).isTrue();
  }

  @Test
  void contactIsNeverPartOfStatus() {
    Receipt r = store.submit(sub(Channel.WEB, "вопрос", "", "me@example.org")).join();
    assertThat(store.status(r.receipt()).orElseThrow().toString())
        .doesNotContain("example.org")
        .doesNotContain("вопрос");
  }

  @Test
  void resultsMarkAppealsProcessedAndCountVerdictsOnce() {
    Receipt a = store.submit(sub(Channel.SMS, "как дела? купи слона", "S1")).join();
    Receipt b = store.submit(sub(Channel.SMS, "как дела", "S2")).join();
    List<QuestionResult> results =
        List.of(
            new QuestionResult(
                a.seq(), 0, "как дела?", Language.RU, Screening.OK, "дела как", "t1"),
            new QuestionResult(
                a.seq(),
                1,
                "купи слона",
                Language.RU,
                new Screening(Verdict.SPAM, "spam.advert"),
                "",
                ""),
            new QuestionResult(b.seq(), 0, "как дела", Language.RU, Screening.OK, "дела как", ""));
    store.saveResults(List.of(a.seq(), b.seq()), results).join();
    // the same batch again (a worker restarted before it saw the commit) changes no count
    store.saveResults(List.of(a.seq(), b.seq()), results).join();

    assertThat(store.pending(10)).isEmpty();
    StoreStats s = store.stats();
    assertThat(s.questionsByVerdict())
        .containsEntry(Verdict.ACCEPTED, 2L)
        .containsEntry(Verdict.SPAM, 1L);
    assertThat(s.duplicateQuestions()).isEqualTo(1);
    assertThat(s.questionsByTheme()).containsExactly(java.util.Map.entry("t1", 1L));
    assertThat(s.highWaterMark()).isEqualTo(b.seq());
    assertThat(s.pending()).isZero();
    AppealStatus st = store.status(a.receipt()).orElseThrow();
    assertThat(st.state()).isEqualTo(AppealState.PROCESSED);
    assertThat(st.questions())
        .containsExactly(
            new AppealStatus.QuestionStatus(0, Verdict.ACCEPTED, "ok", "t1"),
            new AppealStatus.QuestionStatus(1, Verdict.SPAM, "spam.advert", ""));
    assertThat(store.results(a.seq())).isEqualTo(results.subList(0, 2));
  }

  @Test
  void recentAcceptedQuestionsComeNewestAppealFirstAndSkipScreenedOnes() {
    Receipt a = store.submit(sub(Channel.SMS, "первый", "R1")).join();
    Receipt b = store.submit(sub(Channel.SMS, "второй", "R2")).join();
    assertThat(store.recentAccepted(10)).isEmpty();
    store
        .saveResults(
            List.of(a.seq(), b.seq()),
            List.of(
                new QuestionResult(a.seq(), 0, "первый", Language.RU, Screening.OK, "k1", "t2"),
                new QuestionResult(
                    b.seq(), 0, "купи", Language.RU, new Screening(Verdict.SPAM, "spam.x"), "", ""),
                new QuestionResult(b.seq(), 1, "второй", Language.RU, Screening.OK, "k2", "")))
        .join();
    assertThat(store.recentAccepted(10))
        .extracting(QuestionResult::text)
        .containsExactly("второй", "первый");
    assertThat(store.recentAccepted(1)).extracting(QuestionResult::themeId).containsExactly("");
    assertThat(store.recentAccepted(0)).isEmpty();
  }

  @Test
  void pendingIsInSequenceOrderAndLimited() {
    List<Receipt> rs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rs.add(store.submit(sub(Channel.WEB, "q" + i, "")).join());
    }
    assertThat(store.pending(3).stream().map(StoredAppeal::seq))
        .containsExactly(rs.get(0).seq(), rs.get(1).seq(), rs.get(2).seq());
    store.saveResults(List.of(rs.get(1).seq()), List.of()).join();
    assertThat(store.pending(10)).hasSize(4);
    assertThat(store.stats().pending()).isEqualTo(4);
    assertThat(store.pending(rs.get(2).seq(), 10).stream().map(StoredAppeal::seq))
        .containsExactly(rs.get(3).seq(), rs.get(4).seq());
    assertThat(store.pending(rs.get(0).seq(), 1).stream().map(StoredAppeal::seq))
        .as("the processed appeal is skipped")
        .containsExactly(rs.get(2).seq());
    assertThat(store.pending(rs.get(4).seq(), 10)).isEmpty();
  }

  @Test
  void tokensAreIssuedOnceListedWithoutSecretAndRevoked() {
    TokenStore.IssuedToken t = store.tokens().create("sms", "gateway A");
    assertThat(t.secret()).startsWith("vxp_" + t.record().id() + "_");
    assertThat(store.tokens().authenticate(t.secret())).contains(t.record());
    assertThat(store.tokens().authenticate(t.secret() + "x")).isEmpty();
    assertThat(store.tokens().list()).containsExactly(t.record());
    assertThat(store.tokens().list().toString()).doesNotContain(t.secret());

    assertThat(store.tokens().revoke(t.record().id())).isTrue();
    assertThat(store.tokens().revoke(t.record().id())).isFalse();
    assertThat(store.tokens().authenticate(t.secret())).isEmpty();
    assertThat(store.tokens().list().getFirst().active()).isFalse();
  }

  @Test
  void unknownTokenScopeIsRefusedByName() {
    assertThatThrownBy(() -> store.tokens().create("fax", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fax'");
  }

  @Test
  void closedStoreRefusesWrites() {
    store.close();
    assertThatThrownBy(() -> store.submit(sub(Channel.SMS, "late", "L")).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(StoreException.class);
    store = null;
  }

  @Test
  void pingAnswersOnAnOpenStore() {
    store.ping();
  }
}
