package dev.newsgrep.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * JSON string escapes that keep untrusted text inert wherever the JSON is shown: beyond what JSON
 * requires (quotes, backslash, C0 controls), also DEL and the C1 controls (some terminals read
 * U+009B as an escape sequence), bidirectional overrides and isolates, and the line and paragraph
 * separators. Everything else, {@code £} and {@code é} included, is written as itself.
 */
final class SafeJsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] asciiEscapes = standardAsciiEscapesForJSON();

  SafeJsonEscapes() {
    asciiEscapes[0x7f] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return asciiEscapes;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (needsEscape(ch)) {
      return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
    }
    return null;
  }

  static boolean needsEscape(int ch) {
    return (ch >= 0x80 && ch <= 0x9f)
        || (ch >= 0x202a && ch <= 0x202e)
        || (ch >= 0x2066 && ch <= 0x2069)
        || ch == 0x200e
        || ch == 0x200f
        || ch == 0x061c
        || ch == 0x2028
        || ch == 0x2029;
  }
}
