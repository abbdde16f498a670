package voxpop.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops multi-word fillers of the genre whose words are content words on their own: "добрый день"
 * (but "день" in "день победы" stays), "Владимир Владимирович" (but the city of Владимир stays),
 * "good morning". Reads ahead only when a token can start a phrase. Positions of dropped words
 * still count, as in Lucene's {@code FilteringTokenFilter}. Not thread-safe.
 */
final class FillerPhraseFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final CharArrayMap<List<String[]>> phrases;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private boolean exhausted;
  private int skipped;

  /**
   * @param phrases first word → the remaining words of each phrase that starts with it
   */
  FillerPhraseFilter(TokenStream in, CharArrayMap<List<String[]>> phrases) {
    super(in);
    this.phrases = phrases;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (next()) {
      List<String[]> rests = phrases.get(termAtt.buffer(), 0, termAtt.length());
      if (rests != null && dropPhrase(rests)) {
        continue;
      }
      if (skipped > 0) {
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
        skipped = 0;
      }
      return true;
    }
    return false;
  }

  /** With the first word current: drops the phrase, or restores the stream and returns false. */
  private boolean dropPhrase(List<String[]> rests) throws IOException {
    int maxRest = 0;
    for (String[] r : rests) {
      maxRest = Math.max(maxRest, r.length);
    }
    State first = captureState();
    int firstInc = posIncAtt.getPositionIncrement();
    List<Pending> ahead = new ArrayList<>(maxRest);
    while (ahead.size() < maxRest && next()) {
      ahead.add(new Pending(captureState(), termAtt.toString(), posIncAtt.getPositionIncrement()));
    }
    for (String[] rest : rests) {
      if (matches(rest, ahead)) {
        int dropped = firstInc;
        for (int k = 0; k < rest.length; k++) {
          dropped += ahead.get(k).posInc;
        }
        skipped += dropped;
        for (int k = ahead.size() - 1; k >= rest.length; k--) {
          pending.addFirst(ahead.get(k));
        }
        return true;
      }
    }
    for (int k = ahead.size() - 1; k >= 0; k--) {
      pending.addFirst(ahead.get(k));
    }
    restoreState(first);
    return false;
  }

  private static boolean matches(String[] rest, List<Pending> ahead) {
    if (ahead.size() < rest.length) {
      return false;
    }
    for (int k = 0; k < rest.length; k++) {
      Pending p = ahead.get(k);
      if (p.posInc != 1 || !p.term.equals(rest[k])) {
        return false;
      }
    }
    return true;
  }

  private boolean next() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.pollFirst().state);
      return true;
    }
    if (exhausted) {
      return false;
    }
    if (input.incrementToken()) {
      return true;
    }
    exhausted = true;
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    exhausted = false;
    skipped = 0;
  }

  private record Pending(State state, String term, int posInc) {}
}
