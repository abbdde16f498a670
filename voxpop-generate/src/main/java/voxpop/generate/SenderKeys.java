package voxpop.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import voxpop.model.Channel;

/**
 * The keys channels know senders by and the channels' own message ids. New senders get keys from a
 * per-channel counter passed through a bijection (an affine map modulo the key space), so keys
 * never collide within a channel and look random. Not thread-safe.
 */
final class SenderKeys {
  private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);

  private final long[] counters = new long[Channel.values().length];
  private final long offset;
  private final Contacts contacts;
  private long updateId;
  private long comment;
  private long appCounter;
  private int callDay = -1;
  private String callDate = "";
  private int callsToday;

  SenderKeys(long seed, Contacts contacts) {
    this.offset = seed;
    this.contacts = contacts;
    Rng r = new Rng(Rng.mix(seed, 0x1D5));
    this.updateId = 300_000_000L + r.nextInt(400_000_000);
    this.comment = 100_000L + r.nextInt(900_000);
    this.appCounter = 1_000_000L + r.nextInt(1_000_000);
  }

  /** A new, never used key of {@code channel}; {@code withEmail} decides web's optional e-mail. */
  String newKey(Channel channel, long nameSeed, boolean female, boolean withEmail) {
    long i = counters[channel.ordinal()]++;
    long salt = Math.floorMod(Rng.mix(offset, channel.ordinal()), 1_000_000_000L);
    return switch (channel) {
      case PHONE, SMS -> "+79" + pad(Math.floorMod(i * 387_420_489L + salt, 1_000_000_000L), 9);
      case MESSENGER ->
          "tg:" + (100_000_000L + Math.floorMod(i * 3_486_784_401L + salt, 7_900_000_000L));
      case SOCIAL -> "vk:id" + (1_000_000L + Math.floorMod(i * 129_140_163L + salt, 899_000_000L));
      case APP -> "app:" + pad48((i * 0x5DEECE66DL + salt) & 0xFFFF_FFFF_FFFFL);
      case WEB, OTHER -> {
        if (!withEmail) {
          yield "";
        }
        StringBuilder sb = new StringBuilder(32);
        Sender probe = new Sender(channel, "", 0, 0, female, null, 0, nameSeed);
        contacts.email(probe, sb);
        yield sb.toString();
      }
    };
  }

  /** The channel's own id of the next message: call id, SMS sid, update id, comment id... */
  String externalId(Channel channel, long epochSecond, Rng rng) {
    return switch (channel) {
      case PHONE -> {
        LocalDate d =
            LocalDate.ofEpochDay(Math.floorDiv(epochSecond + MOSCOW.getTotalSeconds(), 86_400));
        int day = (int) d.toEpochDay();
        if (day != callDay) {
          callDay = day;
          callsToday = 0;
        }
        yield "call-" + d.toString().replace("-", "") + "-" + pad(++callsToday, 6);
      }
      case SMS -> "SM" + hex(rng.nextLong(), 16) + hex(rng.nextLong(), 16);
      case MESSENGER -> Long.toString(updateId += 1 + rng.nextInt(4));
      case SOCIAL -> "wall-215437_" + (comment += 1 + rng.nextInt(6));
      case WEB -> {
        long a = rng.nextLong();
        long b = rng.nextLong();
        yield "web-"
            + hex(a >>> 32, 8)
            + "-"
            + hex(a >>> 16, 4)
            + "-"
            + hex(a, 4)
            + "-"
            + hex(b >>> 48, 4)
            + "-"
            + hex(b, 12);
      }
      case APP -> "app-" + (++appCounter);
      case OTHER -> "";
    };
  }

  private static String pad(long v, int width) {
    String s = Long.toString(v);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }

  private static String pad48(long v) {
    return hex(v, 12);
  }

  private static String hex(long v, int digits) {
    String s = Long.toHexString(v);
    if (s.length() >= digits) {
      return s.substring(s.length() - digits);
    }
    return "0".repeat(digits - s.length()) + s;
  }
}
