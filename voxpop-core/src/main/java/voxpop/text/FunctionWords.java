package voxpop.text;

/**
 * Frequent short words that only one language uses, packed into a {@code long} (7 bits a letter, at
 * most {@value #MAX_LEN} letters) so that the language detector looks them up without building a
 * string. Thread-safe: the table is filled once and only read.
 */
final class FunctionWords {
  static final int MAX_LEN = 9;

  static final int RU = 1;
  static final int UK = 2;
  static final int EN = 4;
  static final int FOREIGN = 8;

  /** A letter that no listed word contains: a word holding it matches nothing. */
  private static final int UNLISTED = 127;

  private static final String[] RUSSIAN = {
    "и", "что", "как", "это", "этот", "эта", "эти", "почему", "когда", "где", "есть", "вы", "мы",
    "он", "она", "они", "его", "ее", "её", "их", "меня", "мне", "или", "если", "только", "уже",
    "еще", "ещё", "очень", "можно", "нужно", "надо", "сколько", "зачем", "кто", "какой", "какая",
    "какие", "который", "которые", "был", "была", "были", "будет", "будут", "нет", "да", "спасибо",
    "от", "из", "же", "бы", "ли", "сейчас", "с", "себя", "тоже", "также", "чтобы", "почему", "вас",
    "ничего", "всех", "весь", "вопрос", "хотя", "потому", "даже", "здесь", "вообще", "тебя", "него",
    "нее", "ней", "ним", "них", "своей", "пока", "после", "всего"
  };

  private static final String[] UKRAINIAN = {
    "що",
    "як",
    "це",
    "цей",
    "ця",
    "ці",
    "та",
    "і",
    "й",
    "чи",
    "але",
    "або",
    "якщо",
    "тільки",
    "вже",
    "ще",
    "дуже",
    "можна",
    "потрібно",
    "треба",
    "коли",
    "скільки",
    "чому",
    "навіщо",
    "хто",
    "який",
    "яка",
    "які",
    "котрий",
    "був",
    "була",
    "були",
    "буде",
    "будуть",
    "немає",
    "ні",
    "дякую",
    "вітаю",
    "від",
    "із",
    "зі",
    "з",
    "зараз",
    "мені",
    "мене",
    "ми",
    "ви",
    "вони",
    "він",
    "вона",
    "його",
    "її",
    "їх",
    "де",
    "тому",
    "також",
    "щоб",
    "є",
    "би",
    "наші",
    "питання",
    "теж",
    "навіть",
    "усі",
    "всі",
    "інші",
    "після"
  };

  private static final String[] ENGLISH = {
    "the", "a", "an", "and", "or", "is", "are", "was", "were", "be", "been", "to", "of", "in", "on",
    "at", "for", "with", "from", "by", "about", "as", "that", "this", "these", "those", "it", "its",
    "i", "you", "he", "she", "we", "they", "my", "your", "our", "their", "me", "him", "her", "us",
    "them", "what", "when", "where", "why", "how", "who", "which", "will", "would", "can", "could",
    "should", "do", "does", "did", "not", "no", "yes", "have", "has", "had", "if", "but", "so",
    "there", "here", "please", "thanks", "thank", "hi", "hello", "u", "ur", "im", "just", "get",
    "got", "all", "any", "some", "dont", "don't", "i'm", "it's", "can't", "won't", "going", "want",
    "need", "know", "now", "then", "than", "your", "ok"
  };

  /** German, French, Spanish, Italian and transliterated Russian words that are not English. */
  private static final String[] FOREIGN_LATIN = {
    "und", "ist", "nicht", "ich", "das", "der", "mit", "auf", "sie", "wir", "est", "les", "une",
    "pas", "vous", "je", "avec", "pour", "dans", "qui", "por", "para", "una", "como", "che", "non",
    "sono", "kak", "chto", "eto", "pochemu", "kogda", "privet", "mne", "menya", "vy", "gde",
    "spasibo", "ochen", "mozhno", "nado", "budet", "tozhe", "uzhe", "ili", "esli"
  };

  private static final int SIZE = 1 << 10;
  private static final long[] KEYS = new long[SIZE];
  private static final byte[] MASKS = new byte[SIZE];

  static {
    add(RUSSIAN, RU);
    add(UKRAINIAN, UK);
    add(ENGLISH, EN);
    add(FOREIGN_LATIN, FOREIGN);
  }

  private FunctionWords() {}

  /**
   * The 7-bit code of a letter, lower-cased: Latin 1–26, apostrophe 27, Russian 32–63, {@code ё і ї
   * є ґ} 64–68; {@value #UNLISTED} for any other letter; 0 for a non-letter.
   */
  static int code(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 1;
    }
    if (c >= 0x430 && c <= 0x44F) {
      return c - 0x430 + 32;
    }
    if (c >= 0x410 && c <= 0x42F) {
      return c - 0x410 + 32;
    }
    return switch (c) {
      case '\'', '’', 'ʼ' -> 27;
      case 'ё', 'Ё' -> 64;
      case 'і', 'І' -> 65;
      case 'ї', 'Ї' -> 66;
      case 'є', 'Є' -> 67;
      case 'ґ', 'Ґ' -> 68;
      default -> Character.isLetter(c) ? UNLISTED : 0;
    };
  }

  /** The languages (bit mask of {@link #RU}, {@link #UK}, {@link #EN}, {@link #FOREIGN}). */
  static int lookup(long key) {
    int slot = slot(key);
    while (KEYS[slot] != 0) {
      if (KEYS[slot] == key) {
        return MASKS[slot];
      }
      slot = (slot + 1) & (SIZE - 1);
    }
    return 0;
  }

  /** Packs a word as the detector does while scanning. */
  static long pack(String word) {
    long key = 0;
    int len = 0;
    for (int i = 0; i < word.length(); i++) {
      int code = code(word.charAt(i));
      if (code != 0) {
        key = (key << 7) | code;
        len++;
      }
    }
    if (len > MAX_LEN) {
      throw new IllegalArgumentException("function word too long: " + word);
    }
    return key;
  }

  private static void add(String[] words, int mask) {
    for (String w : words) {
      long key = pack(w);
      int slot = slot(key);
      while (KEYS[slot] != 0 && KEYS[slot] != key) {
        slot = (slot + 1) & (SIZE - 1);
      }
      KEYS[slot] = key;
      MASKS[slot] |= (byte) mask;
    }
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 54);
  }
}
