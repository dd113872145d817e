package dev.newsgrep.ingest;

import java.util.Objects;

/**
 * The outcome of {@link TextDecoder#decode(byte[])}: the text and the encoding it was read in, or
 * the reason the bytes are not text.
 */
public sealed interface DecodedText permits DecodedText.Text, DecodedText.NotText {

  /**
   * Bytes read as text.
   *
   * @param text the decoded characters, without a byte-order mark
   * @param encoding the encoding used, e.g. {@code UTF-8} or {@code windows-1252}
   */
  record Text(String text, String encoding) implements DecodedText {
    /** Checks the components. */
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(encoding, "encoding");
    }
  }

  /**
   * Bytes that are not text.
   *
   * @param reason one short line, e.g. {@code binary content (PNG image)}
   */
  record NotText(String reason) implements DecodedText {
    /** Checks the component. */
    public NotText {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
