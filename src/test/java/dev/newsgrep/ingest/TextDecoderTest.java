package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String SAMPLE = "£5 – café’s “quote”";

  private static DecodedText.Text text(byte[] bytes) {
    return assertInstanceOf(DecodedText.Text.class, TextDecoder.decode(bytes));
  }

  private static String rejection(byte[] bytes) {
    return assertInstanceOf(DecodedText.NotText.class, TextDecoder.decode(bytes)).reason();
  }

  @Test
  void readsUtf8AsUtf8() {
    var decoded = text(SAMPLE.getBytes(StandardCharsets.UTF_8));
    assertEquals(SAMPLE, decoded.text());
    assertEquals("UTF-8", decoded.encoding());
  }

  @Test
  void stripsUtf8ByteOrderMark() {
    byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(SAMPLE, text(bytes).text());
  }

  @Test
  void readsUtf16WithByteOrderMarkInBothByteOrders() {
    // Java's "UTF-16" encoder writes a big-endian BOM; little-endian is built by hand.
    assertEquals(SAMPLE, text(SAMPLE.getBytes(StandardCharsets.UTF_16)).text());
    byte[] le = SAMPLE.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    assertEquals(SAMPLE, text(withBom).text());
  }

  @Test
  void readsWindows1252WithoutMojibake() {
    var decoded = text(SAMPLE.getBytes(Charset.forName("windows-1252")));
    assertEquals(SAMPLE, decoded.text());
    assertEquals("windows-1252", decoded.encoding());
  }

  @Test
  void readsLatin1AsLatin1WhenBytesAreUndefinedInWindows1252() {
    // 0x81 has no character in Windows-1252; ISO-8859-1 maps every byte.
    String latin1 = "£5 café, naïve façade. ".repeat(10) + "\u0081";
    var decoded = text(latin1.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(latin1, decoded.text());
    assertEquals("ISO-8859-1", decoded.encoding());
  }

  @Test
  void plainLatin1TextReadsTheSameThroughWindows1252() {
    String latin1 = "£5 café naïve";
    assertEquals(latin1, text(latin1.getBytes(StandardCharsets.ISO_8859_1)).text());
  }

  @Test
  void keepsUtf8SequencesWhenAFewBytesAreWindows1252() {
    byte[] utf8 = "He said “yes” – twice’s ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[utf8.length + 2];
    System.arraycopy(utf8, 0, bytes, 0, utf8.length);
    bytes[utf8.length] = (byte) 0xA3; // a lone Windows-1252 pound sign
    bytes[utf8.length + 1] = '5';
    assertEquals("He said “yes” – twice’s £5", text(bytes).text());
  }

  @Test
  void rejectsPngImage() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    assertEquals("binary content (PNG image)", rejection(png));
  }

  @Test
  void rejectsZipArchive() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("article.txt"));
      zip.write("Headline".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertEquals("binary content (ZIP archive)", rejection(out.toByteArray()));
  }

  @Test
  void rejectsGzipAndPdfAndJpegAndGif() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(out)) {
      gzip.write("Headline".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("binary content (gzip archive)", rejection(out.toByteArray()));
    assertEquals(
        "binary content (PDF document)",
        rejection("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(
        "binary content (JPEG image)",
        rejection(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    assertEquals(
        "binary content (GIF image)", rejection("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void rejectsTextWithNulBytes() {
    byte[] bytes = "Headline\n\nBody".getBytes(StandardCharsets.UTF_8);
    bytes[4] = 0;
    assertEquals("binary content (NUL bytes)", rejection(bytes));
  }

  @Test
  void rejectsSingleByteTextThatIsNeitherWindows1252NorLatin1() {
    // Undefined in Windows-1252 and control characters in Latin-1: some other code page.
    byte[] bytes = {'a', (byte) 0x81, 'b', (byte) 0x8D, 'c', (byte) 0x9D, 'd', (byte) 0x90};
    assertEquals("not valid in UTF-8, Windows-1252 or Latin-1", rejection(bytes));
  }

  @Test
  void rejectsBytesFullOfControlCharacters() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertEquals("binary content (control characters)", rejection(bytes));
  }

  @Test
  void emptyInputIsEmptyText() {
    assertEquals("", text(new byte[0]).text());
  }
}
