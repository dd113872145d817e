package dev.newsgrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file's bytes into text without guessing wrong silently.
 *
 * <p>In order: a UTF-8 or UTF-16 byte-order mark decides the encoding (and is dropped); known
 * binary formats and NUL bytes are rejected; valid UTF-8 is read as UTF-8; otherwise the bytes are
 * read as Windows-1252, the usual encoding of "ANSI" news exports, or as ISO-8859-1 where they hold
 * one of the five bytes Windows-1252 leaves undefined. A file that is mostly UTF-8 with a few stray
 * single-byte characters keeps its UTF-8 sequences and reads only the stray bytes as Windows-1252,
 * so that {@code ’} and {@code £} never turn into {@code â€™} and {@code Â£}.
 *
 * <pre>{@code
 * switch (TextDecoder.decode(bytes)) {
 *   case DecodedText.Text t -> use(t.text());
 *   case DecodedText.NotText n -> skip(n.reason());
 * }
 * }</pre>
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Share of control characters above which decoded bytes are taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private record Magic(String name, byte[] prefix) {}

  private static final List<Magic> MAGIC_NUMBERS =
      List.of(
          new Magic("PNG image", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
          new Magic("ZIP archive", bytes('P', 'K', 0x03, 0x04)),
          new Magic("ZIP archive", bytes('P', 'K', 0x05, 0x06)),
          new Magic("PDF document", bytes('%', 'P', 'D', 'F', '-')),
          new Magic("GIF image", bytes('G', 'I', 'F', '8', '7', 'a')),
          new Magic("GIF image", bytes('G', 'I', 'F', '8', '9', 'a')),
          new Magic("JPEG image", bytes(0xFF, 0xD8, 0xFF)),
          new Magic("gzip archive", bytes(0x1F, 0x8B)),
          new Magic("bzip2 archive", bytes('B', 'Z', 'h')),
          new Magic("7-Zip archive", bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)),
          new Magic("ELF executable", bytes(0x7F, 'E', 'L', 'F')));

  private TextDecoder() {}

  /**
   * Decodes a file's bytes.
   *
   * @return the text, or {@link DecodedText.NotText} with a one-line reason; never throws
   */
  public static DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, bytes(0xEF, 0xBB, 0xBF))) {
      return decodeUnmarked(bytes, 3);
    }
    if (startsWith(bytes, bytes(0xFE, 0xFF))) {
      return decodeUtf16(bytes, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, bytes(0xFF, 0xFE))) {
      return decodeUtf16(bytes, StandardCharsets.UTF_16LE);
    }
    for (Magic magic : MAGIC_NUMBERS) {
      if (startsWith(bytes, magic.prefix())) {
        return new DecodedText.NotText("binary content (" + magic.name() + ")");
      }
    }
    return decodeUnmarked(bytes, 0);
  }

  /**
   * Decodes {@code bytes} from {@code offset} on. Large files pass through here, so the bytes are
   * validated in place and decoded once, straight into a compact string, without intermediate
   * copies.
   */
  private static DecodedText decodeUnmarked(byte[] bytes, int offset) {
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new DecodedText.NotText("binary content (NUL bytes)");
      }
    }
    Utf8Scan scan = Utf8Scan.of(bytes, offset);
    int length = bytes.length - offset;
    if (scan.isValid()) {
      return checked(
          new String(bytes, offset, length, StandardCharsets.UTF_8),
          "UTF-8",
          "binary content (control characters)");
    }
    if (scan.multiByteSequences() > scan.invalidBytes()) {
      return checked(
          scan.decodeMixed(),
          "UTF-8 with Windows-1252 bytes",
          "binary content (control characters)");
    }
    if (scan.hasUndefinedWindows1252Byte()) {
      return checked(
          new String(bytes, offset, length, StandardCharsets.ISO_8859_1),
          "ISO-8859-1",
          "not valid in UTF-8, Windows-1252 or Latin-1");
    }
    return checked(
        new String(bytes, offset, length, WINDOWS_1252),
        "windows-1252",
        "binary content (control characters)");
  }

  private static DecodedText decodeUtf16(byte[] bytes, Charset charset) {
    return strict(Arrays.copyOfRange(bytes, 2, bytes.length), charset)
        .map(text -> checked(text, "UTF-16", "binary content (control characters)"))
        .orElseGet(() -> new DecodedText.NotText("not valid UTF-16 after its byte-order mark"));
  }

  private static DecodedText checked(String text, String encoding, String reasonIfControls) {
    long controls = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isStrayControl(text.charAt(i))) {
        controls++;
      }
    }
    if (controls > 0 && controls > text.length() * MAX_CONTROL_SHARE) {
      return new DecodedText.NotText(reasonIfControls);
    }
    return new DecodedText.Text(text, encoding);
  }

  /** Control characters that do not occur in text: all but tab, line feed, form feed, return. */
  private static boolean isStrayControl(int c) {
    return Character.getType(c) == Character.CONTROL
        && c != '\t'
        && c != '\n'
        && c != '\f'
        && c != '\r';
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
