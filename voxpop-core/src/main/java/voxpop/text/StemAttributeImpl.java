package voxpop.text;

import java.util.Arrays;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The default implementation of {@link StemAttribute}: a growable char buffer. */
public final class StemAttributeImpl extends AttributeImpl implements StemAttribute {
  private char[] buffer = new char[16];
  private int length;

  @Override
  public char[] buffer() {
    return buffer;
  }

  @Override
  public void setStem(char[] chars, int offset, int len) {
    if (buffer.length < len) {
      buffer = new char[Math.max(len, buffer.length * 2)];
    }
    System.arraycopy(chars, offset, buffer, 0, len);
    length = len;
  }

  @Override
  public void setStem(CharSequence chars) {
    int len = chars.length();
    if (buffer.length < len) {
      buffer = new char[Math.max(len, buffer.length * 2)];
    }
    for (int i = 0; i < len; i++) {
      buffer[i] = chars.charAt(i);
    }
    length = len;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return buffer[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(buffer, start, end - start);
  }

  @Override
  public String toString() {
    return new String(buffer, 0, length);
  }

  @Override
  public void clear() {
    length = 0;
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(StemAttribute.class, "stem", toString());
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((StemAttribute) target).setStem(buffer, 0, length);
  }

  @Override
  public StemAttributeImpl clone() {
    StemAttributeImpl c = (StemAttributeImpl) super.clone();
    c.buffer = Arrays.copyOf(buffer, buffer.length);
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StemAttributeImpl other
        && Arrays.equals(buffer, 0, length, other.buffer, 0, other.length);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < length; i++) {
      h = 31 * h + buffer[i];
    }
    return h;
  }
}
