package voxpop.io;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Regions;

/**
 * Measures {@link AppealReader} throughput on one file (not a test; see docs/input-format.md).
 *
 * <p>{@code ReadThroughput FILE [COUNT]}: when FILE does not exist, first writes COUNT synthetic
 * appeals to it with {@link AppealWriter} (Russian texts of 20–300 characters with commas, quotes
 * and some line breaks, every field filled), then reads it three times and prints MB/s per pass.
 */
public final class ReadThroughput {
  private static final String[] WORDS = {
    "пенсия",
    "индексация",
    "работающим",
    "пенсионерам",
    "когда",
    "будет",
    "газ",
    "в",
    "нашем",
    "посёлке",
    "дорога",
    "ремонт",
    "тарифы",
    "ЖКХ",
    "выросли",
    "почему",
    "школа",
    "врач",
    "нет",
    "лекарств",
    "ипотека",
    "семьям",
    "выплаты",
    "детям",
    "зарплата",
    "цены",
    "на",
    "продукты",
    "мобилизация",
    "СВО",
    "участникам",
    "помогите",
    "пожалуйста",
    "Владимир",
    "Владимирович",
    "Курск",
    "Белгород",
    "маткапитал",
    "аварийное",
    "жильё",
    "расселение",
    "автобус",
    "ходит"
  };

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ReadThroughput() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    if (!Files.exists(file)) {
      write(file, args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
    }
    long bytes = Files.size(file);
    for (int pass = 1; pass <= 3; pass++) {
      long t0 = System.nanoTime();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long chars = 0;
      ReadSummary s;
      try (AppealReader r = AppealReader.open(file, ReadOptions.defaults())) {
        Appeal a;
        while ((a = r.next()) != null) {
          chars += a.text().length();
        }
        s = r.summary();
      }
      double sec = (System.nanoTime() - t0) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "pass %d: %,d rows (%,d accepted, %,d text chars) from %,d bytes in %.2f s:"
              + " %.0f MB/s, %,.0f rows/s; reading thread %.2f CPU s: %.0f MB per CPU s%n",
          pass,
          s.rowsRead(),
          s.accepted(),
          chars,
          bytes,
          sec,
          bytes / sec / 1e6,
          s.rowsRead() / sec,
          cpu,
          bytes / cpu / 1e6);
    }
  }

  private static void write(Path file, int count) throws IOException {
    Random rnd = new Random(42);
    Channel[] channels = Channel.values();
    Instant start = Instant.parse("2025-12-04T00:00:00Z");
    StringBuilder sb = new StringBuilder();
    try (AppealWriter w = AppealWriter.create(file)) {
      for (int i = 0; i < count; i++) {
        sb.setLength(0);
        int len = 20 + rnd.nextInt(280);
        while (sb.length() < len) {
          sb.append(WORDS[rnd.nextInt(WORDS.length)]);
          int p = rnd.nextInt(100);
          sb.append(p < 8 ? ", " : p < 9 ? "? \"" : p < 10 ? "\n" : " ");
        }
        w.write(
            new Appeal(
                "a" + i,
                start.plusSeconds(i / 2),
                channels[rnd.nextInt(channels.length)],
                sb.toString().strip(),
                Regions.all().get(rnd.nextInt(89)).name(),
                "s" + rnd.nextInt(count),
                AgeGroup.values()[rnd.nextInt(5)],
                Gender.values()[rnd.nextInt(2)],
                "ext-" + i));
      }
    }
  }
}
