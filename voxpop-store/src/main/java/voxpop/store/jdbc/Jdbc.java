package voxpop.store.jdbc;

import java.sql.SQLException;

/** Small JDBC helpers. */
final class Jdbc {
  private Jdbc() {}

  /**
   * A description of a failure for logs and error messages: the SQL state, vendor code and the
   * driver's message. Drivers are configured not to put row values into messages (PostgreSQL's
   * {@code logServerErrorDetail=false}); SQLite's messages name constraints, not values.
   */
  static String describe(Throwable e) {
    if (e instanceof SQLException s) {
      return "SQLState " + s.getSQLState() + " code " + s.getErrorCode() + ": " + s.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
