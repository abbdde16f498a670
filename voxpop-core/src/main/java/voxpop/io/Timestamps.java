package voxpop.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Parses ISO-8601 times as input files write them: {@code 2025-12-19T12:05:00Z}, {@code
 * 2025-12-19T15:05:00.250+03:00}, {@code 2025-12-19 15:05:00}, {@code 2025-12-19}, and a zone id in
 * brackets. A time without an offset is read in the given zone. The common shapes take a
 * hand-written path (the {@code java.time} parsers cost about a microsecond a row, seconds over
 * millions of rows); anything else falls back to {@link DateTimeFormatter#ISO_DATE_TIME}. Stateless
 * and thread-safe.
 */
final class Timestamps {
  private Timestamps() {}

  /** The instant, or {@code null} when the text is not an ISO-8601 date or date-time. */
  static Instant parse(String s, ZoneId zone) {
    Instant fast = fast(s, zone);
    return fast != null ? fast : slow(s.strip(), zone);
  }

  private static Instant fast(String s, ZoneId zone) {
    int n = s.length();
    if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return null;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    int nanos = 0;
    int i = 10;
    if (n > 10) {
      char t = s.charAt(10);
      if ((t != 'T' && t != 't' && t != ' ') || n < 16 || s.charAt(13) != ':') {
        return null;
      }
      hour = digits(s, 11, 2);
      minute = digits(s, 14, 2);
      i = 16;
      if (i < n && s.charAt(i) == ':') {
        second = digits(s, i + 1, 2);
        i += 3;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
          int start = ++i;
          while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
            nanos = nanos * 10 + (s.charAt(i) - '0');
            i++;
          }
          if (i == start || (i < n && isDigit(s.charAt(i)))) {
            return null;
          }
          for (int k = i - start; k < 9; k++) {
            nanos *= 10;
          }
        }
      }
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
        return null;
      }
    }
    long offsetSeconds;
    if (i == n) {
      if (!(zone instanceof ZoneOffset offset)) {
        return null; // a region zone: let java.time apply its rules
      }
      offsetSeconds = offset.getTotalSeconds();
    } else {
      char z = s.charAt(i);
      if ((z == 'Z' || z == 'z') && i + 1 == n) {
        offsetSeconds = 0;
      } else if (z == '+' || z == '-') {
        int oh = digits(s, i + 1, 2);
        int om = 0;
        int rest = n - i - 3;
        if (rest == 3 && s.charAt(i + 3) == ':') {
          om = digits(s, i + 4, 2);
        } else if (rest == 2) {
          om = digits(s, i + 3, 2);
        } else if (rest != 0) {
          return null;
        }
        if (oh < 0 || oh > 18 || om < 0 || om > 59) {
          return null;
        }
        offsetSeconds = (z == '-' ? -1 : 1) * (oh * 3600L + om * 60L);
      } else {
        return null;
      }
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private static Instant slow(String s, ZoneId zone) {
    try {
      TemporalAccessor t =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
      return t instanceof ZonedDateTime z
          ? z.toInstant()
          : ((LocalDateTime) t).atZone(zone).toInstant();
    } catch (DateTimeException notDateTime) {
      try {
        return LocalDate.parse(s).atStartOfDay(zone).toInstant();
      } catch (DateTimeException notDate) {
        return null;
      }
    }
  }

  /** The non-negative number written by {@code len} ASCII digits at {@code from}, or -1. */
  private static int digits(String s, int from, int len) {
    if (from + len > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < from + len; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
