package voxpop.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work run by the writer thread inside its open transaction. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
