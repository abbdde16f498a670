package voxpop.eval.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading the plain files of the data sets strictly: UTF-8 or an error naming file and line. */
final class DataFiles {
  private DataFiles() {}

  /** A file that must exist, with a message naming the data set when it does not. */
  static Path require(Path root, String set, String relative) throws IOException {
    Path p = root.resolve(set).resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new NoSuchFileException(
          p.toString(), null, "data set " + set + " is missing " + relative);
    }
    return p;
  }

  /**
   * Tab-separated lines without quoting (texts may hold quotes), each split into exactly {@code
   * columns} fields. LF or CRLF line ends; blank lines are skipped.
   *
   * @param skipHeader whether the first line names the columns
   * @throws IOException naming the file and line of a row with another number of fields, or of
   *     bytes that are not UTF-8
   */
  static List<String[]> tsv(Path file, int columns, boolean skipHeader) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      long line = 0;
      for (String l; (l = readLine(r, file, line + 1)) != null; ) {
        line++;
        if ((skipHeader && line == 1) || l.isBlank()) {
          continue;
        }
        String[] f = l.split("\t", -1);
        if (f.length != columns) {
          throw new IOException(
              file.getFileName()
                  + " line "
                  + line
                  + ": "
                  + f.length
                  + " tab-separated fields, expected "
                  + columns);
        }
        rows.add(f);
      }
    }
    return rows;
  }

  private static String readLine(BufferedReader r, Path file, long line) throws IOException {
    try {
      return r.readLine();
    } catch (CharacterCodingException e) {
      throw new IOException(file.getFileName() + " near line " + line + ": not valid UTF-8", e);
    }
  }

  /** The whole file as UTF-8 text, strictly. */
  static String text(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file.getFileName() + ": not valid UTF-8", e);
    }
  }
}
