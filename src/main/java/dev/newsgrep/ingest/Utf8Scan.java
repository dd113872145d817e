package dev.newsgrep.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A pass over bytes that are not valid UTF-8 as a whole: how many well-formed multi-byte UTF-8
 * sequences and how many stray bytes they hold, and a decoding that keeps both.
 */
final class Utf8Scan {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final byte[] bytes;
  private final int offset;
  private final int multiByteSequences;
  private final int invalidBytes;
  private final boolean undefinedWindows1252Byte;

  private Utf8Scan(
      byte[] bytes, int offset, int multiByteSequences, int invalidBytes, boolean undefined) {
    this.bytes = bytes;
    this.offset = offset;
    this.multiByteSequences = multiByteSequences;
    this.invalidBytes = invalidBytes;
    this.undefinedWindows1252Byte = undefined;
  }

  /** Scans {@code bytes} from {@code offset} on (past a byte-order mark, say). */
  static Utf8Scan of(byte[] bytes, int offset) {
    int sequences = 0;
    int invalid = 0;
    boolean undefined = false;
    int i = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      undefined |= isUndefinedInWindows1252(b);
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        sequences++;
        for (int k = i + 1; k < i + length; k++) {
          undefined |= isUndefinedInWindows1252(bytes[k] & 0xFF);
        }
        i += length;
      } else {
        invalid++;
        i++;
      }
    }
    return new Utf8Scan(bytes, offset, sequences, invalid, undefined);
  }

  int multiByteSequences() {
    return multiByteSequences;
  }

  /**
   * Whether the bytes are well-formed UTF-8 throughout, as a strict decoder checks: no stray or
   * truncated sequences, overlong forms, surrogates or code points past U+10FFFF.
   */
  boolean isValid() {
    return invalidBytes == 0;
  }

  int invalidBytes() {
    return invalidBytes;
  }

  boolean hasUndefinedWindows1252Byte() {
    return undefinedWindows1252Byte;
  }

  /** Well-formed UTF-8 sequences as UTF-8, every other byte as Windows-1252 (or Latin-1). */
  String decodeMixed() {
    var out = new StringBuilder(bytes.length - offset);
    int i = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
        i += length;
      } else {
        Charset single = isUndefinedInWindows1252(b) ? StandardCharsets.ISO_8859_1 : WINDOWS_1252;
        out.append(new String(bytes, i, 1, single));
        i++;
      }
    }
    return out.toString();
  }

  /** The length of the well-formed UTF-8 sequence starting at {@code i}, or 0 if there is none. */
  private static int sequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int length;
    int lowSecond = 0x80;
    int highSecond = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      lowSecond = b == 0xE0 ? 0xA0 : 0x80;
      highSecond = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      lowSecond = b == 0xF0 ? 0x90 : 0x80;
      highSecond = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < lowSecond || second > highSecond) {
      return 0;
    }
    for (int k = i + 2; k < i + length; k++) {
      int next = bytes[k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  private static boolean isUndefinedInWindows1252(int b) {
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
  }
}
