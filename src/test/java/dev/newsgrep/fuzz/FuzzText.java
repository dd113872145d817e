package dev.newsgrep.fuzz;

import java.util.Arrays;
import java.util.List;

/**
 * Turns fuzzer bytes into text. Seed files stay readable UTF-8, yet the fuzzer can reach any Java
 * string: UTF-8 sequences decode as usual, a three-byte sequence encoding a surrogate ({@code ED A0
 * 80}) gives that lone surrogate, and any other byte that is not valid UTF-8 is read as the Latin-1
 * character of the same value (C1 controls included).
 */
public final class FuzzText {
  /** Separates paragraphs in a fuzz input, as blank lines separate them in a plain-text article. */
  public static final String PARAGRAPH_BREAK = "\n\n";

  private FuzzText() {}

  /** The text of {@code bytes}; never throws. */
  public static String decode(byte[] bytes) {
    var text = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xFF;
      int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
      int codePoint = length == 1 ? lead : lead & (0x7F >> length);
      boolean valid = length > 0 && i + length <= bytes.length && lead < 0xF5;
      for (int k = 1; valid && k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        valid = (next & 0xC0) == 0x80;
        codePoint = codePoint << 6 | next & 0x3F;
      }
      if (valid && codePoint <= Character.MAX_CODE_POINT) {
        text.appendCodePoint(codePoint);
        i += length;
      } else {
        text.append((char) lead);
        i++;
      }
    }
    return text.toString();
  }

  /** The paragraphs of {@code bytes}: its text split at blank lines, empty ones kept. */
  public static List<String> paragraphs(byte[] bytes) {
    return Arrays.asList(decode(bytes).split(PARAGRAPH_BREAK, -1));
  }
}
