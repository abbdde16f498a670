package voxpop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/voxpop/report/}. Compared byte for byte; run the
 * tests with {@code -Dvoxpop.golden.update=true} to rewrite them after an intended change, then
 * review the diff before committing it.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/voxpop/report");

  private Golden() {}

  static void assertMatches(Path actual, String name) throws IOException {
    Path golden = DIR.resolve(name);
    byte[] bytes = Files.readAllBytes(actual);
    if (Boolean.getBoolean("voxpop.golden.update")) {
      Files.createDirectories(DIR);
      Files.write(golden, bytes);
    }
    assertThat(golden).as("golden file %s", golden).exists();
    // Compare as text first for a readable diff, then as bytes for line ends and encoding.
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(bytes).isEqualTo(Files.readAllBytes(golden));
  }
}
