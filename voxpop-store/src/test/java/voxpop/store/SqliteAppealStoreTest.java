package voxpop.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import voxpop.store.sqlite.SqliteAppealStore;

class SqliteAppealStoreTest extends AppealStoreContract {
  @TempDir Path dir;

  @Override
  protected AppealStore openFresh() {
    return SqliteAppealStore.open(dir);
  }

  @Override
  protected AppealStore reopen() {
    return SqliteAppealStore.open(dir);
  }
}
