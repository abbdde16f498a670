package voxpop.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import voxpop.text.Letters;

/**
 * Finds the house and flat part of a Russian street address ({@code д. 5}, {@code дом 12а, кв. 34},
 * {@code ул. Урицкого 22}, {@code Ленина, 5-12}): the part that points at a household. Street and
 * town names stay, because "ямы на улице Ленина" is the theme. A hand-written scanner over words;
 * thread-safe and stateless.
 */
final class AddressFinder {
  /** Words after which a number is a house, building or flat number. */
  private static final Set<String> UNIT_WORDS =
      Set.of(
          "д",
          "дом",
          "дома",
          "кв",
          "квартира",
          "квартиры",
          "квартире",
          "квартиру",
          "кв-ра",
          "корп",
          "корпус",
          "корпуса",
          "стр",
          "строение",
          "литер",
          "лит");

  /** Street words: the next number after the street's name (at most three words) is a house. */
  private static final Set<String> STREET_WORDS =
      Set.of(
          "ул",
          "улица",
          "улице",
          "улицы",
          "улицу",
          "пр",
          "пр-т",
          "пр-кт",
          "проспект",
          "проспекте",
          "пер",
          "переулок",
          "переулке",
          "б-р",
          "бульвар",
          "бульваре",
          "ш",
          "шоссе",
          "наб",
          "набережная",
          "набережной",
          "пл",
          "площадь",
          "мкр",
          "мкр-н",
          "микрорайон",
          "микрорайоне",
          "проезд",
          "проезде",
          "тупик");

  private AddressFinder() {}

  /** Spans {@code [start, end)} of house and flat numbers with their unit words. */
  static List<int[]> find(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int wordEnd = wordEnd(text, i);
      String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
      if (UNIT_WORDS.contains(word)) {
        int numEnd = numberAfter(text, wordEnd);
        if (numEnd > 0) {
          int end = extend(text, numEnd);
          out.add(new int[] {i, end});
          i = end;
          continue;
        }
      } else if (STREET_WORDS.contains(word)) {
        int[] house = houseAfterStreet(text, wordEnd);
        if (house != null) {
          out.add(house);
          i = house[1];
          continue;
        }
      }
      i = wordEnd;
    }
    return out;
  }

  private static int wordEnd(String text, int i) {
    int n = text.length();
    int j = i;
    while (j < n
        && (Character.isLetter(text.charAt(j))
            || (text.charAt(j) == '-' && j + 1 < n && Character.isLetter(text.charAt(j + 1))))) {
      j++;
    }
    return j;
  }

  /**
   * After a unit word: an optional point, spaces, {@code №}, then a house number such as {@code 5},
   * {@code 12а}, {@code 4/6}, {@code 5-12}, {@code 7к2}.
   *
   * @return the number's end, or -1
   */
  private static int numberAfter(String text, int from) {
    int n = text.length();
    int j = from;
    if (j < n && text.charAt(j) == '.') {
      j++;
    }
    int spaces = 0;
    while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '№') && spaces < 3) {
      j++;
      spaces++;
    }
    return houseNumber(text, j);
  }

  private static int houseNumber(String text, int j) {
    int n = text.length();
    int digits = 0;
    while (j < n && Letters.isDigit(text.charAt(j)) && digits < 5) {
      j++;
      digits++;
    }
    if (digits == 0 || digits > 4 || (j < n && Letters.isDigit(text.charAt(j)))) {
      return -1;
    }
    // A letter suffix ("12а") only when the word ends right after it.
    if (j < n
        && Character.isLetter(text.charAt(j))
        && (j + 1 >= n || !Character.isLetter(text.charAt(j + 1)))) {
      j++;
    }
    while (j + 1 < n
        && (text.charAt(j) == '/' || text.charAt(j) == '-' || text.charAt(j) == 'к')
        && Letters.isDigit(text.charAt(j + 1))) {
      j++;
      int more = 0;
      while (j < n && Letters.isDigit(text.charAt(j)) && more < 4) {
        j++;
        more++;
      }
    }
    return j;
  }

  /** Extends a span over following ", кв. 12" / " корп. 2" parts. */
  private static int extend(String text, int end) {
    int n = text.length();
    while (true) {
      int j = end;
      while (j < n && (text.charAt(j) == ',' || text.charAt(j) == ' ')) {
        j++;
      }
      if (j >= n || !Character.isLetter(text.charAt(j))) {
        return end;
      }
      int we = wordEnd(text, j);
      if (!UNIT_WORDS.contains(text.substring(j, we).toLowerCase(Locale.ROOT))) {
        return end;
      }
      int num = numberAfter(text, we);
      if (num < 0) {
        return end;
      }
      end = num;
    }
  }

  /** The house number within three words after a street word, as a span, or null. */
  private static int[] houseAfterStreet(String text, int from) {
    int n = text.length();
    int j = from;
    if (j < n && text.charAt(j) == '.') {
      j++;
    }
    for (int words = 0; words <= 3 && j < n; ) {
      char c = text.charAt(j);
      if (c == ' ' || c == ',' || c == '.') {
        j++;
      } else if (Letters.isDigit(c)) {
        int end = houseNumber(text, j);
        if (end < 0 || (end < n && Character.isLetterOrDigit(text.charAt(end)))) {
          return null;
        }
        return new int[] {j, extend(text, end)};
      } else if (Character.isLetter(c) && words < 3) {
        int we = wordEnd(text, j);
        if (UNIT_WORDS.contains(text.substring(j, we).toLowerCase(Locale.ROOT))) {
          int num = numberAfter(text, we);
          return num < 0 ? null : new int[] {j, extend(text, num)};
        }
        j = we;
        words++;
      } else {
        return null;
      }
    }
    return null;
  }
}
