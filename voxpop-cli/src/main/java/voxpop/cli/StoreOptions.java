package voxpop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import voxpop.store.AppealStore;
import voxpop.store.Stores;

/** Where the store is: {@code --data DIR} (embedded SQLite, the default) or {@code --db URL}. */
final class StoreOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data directory of the embedded store and the sender key (default: ${DEFAULT-VALUE})",
      defaultValue = "voxpop-data")
  Path data;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "PostgreSQL instead of the embedded store: jdbc:postgresql://host:port/db?user=u"
              + " (the sender key then comes from VOXPOP_SENDER_KEY, or from --data)")
  String db;

  AppealStore open() {
    return Stores.open(data, db);
  }
}
