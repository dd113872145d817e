package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsgrep.fuzz.Invariants;
import dev.newsgrep.fuzz.RandomNews;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random articles in every encoding the reader knows and some it does not, as plain text and
 * as JSON Lines: decoding and reading never throw, and every file is read or skipped.
 */
class ArticleReaderPropertyTest {
  private static final ArticleFileReader READER = new ArticleFileReader();

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final String[] PREFIXES = {
    "",
    "",
    "",
    "\u00ef\u00bb\u00bf",
    "\u00fe\u00ff",
    "\u00ff\u00fe",
    "\u0089PNG\r\n\u001a\n",
    "PK\u0003\u0004",
    "%PDF-",
    "\u001f\u008b",
    "\u007fELF",
    "\u0000"
  };

  @TempDir Path dir;

  @RepeatedTest(150)
  void randomArticleBytesAreReadOrSkipped(RepetitionInfo repetition) {
    var random = new RandomNews(7_000 + repetition.getCurrentRepetition());
    check(random, encode(random, String.join("\n\n", random.paragraphs(6, 12))));
  }

  @RepeatedTest(150)
  void randomJsonLinesAreReadOrSkipped(RepetitionInfo repetition) {
    var random = new RandomNews(8_000 + repetition.getCurrentRepetition());
    var lines = new StringBuilder();
    int count = random.random().nextInt(5);
    for (int i = 0; i < count; i++) {
      lines.append(jsonLine(random)).append(random.random().nextBoolean() ? "\n" : "\r\n");
    }
    check(random, encode(random, lines.toString()));
  }

  private void check(RandomNews random, byte[] bytes) {
    if (random.random().nextInt(8) == 0) {
      bytes = prefixed(random.pick(PREFIXES), bytes);
    }
    String hex = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 600));
    switch (TextDecoder.decode(bytes)) {
      case DecodedText.Text text -> assertNotNull(text.text(), hex);
      case DecodedText.NotText notText -> assertFalse(notText.reason().isBlank(), hex);
    }
    for (String name : new String[] {"x.txt", "x.jsonl"}) {
      Path file = TestFiles.write(dir.resolve(name), bytes);
      Invariants.checkFileResult(READER.read(SourceFile.of(file)), name + " holding " + hex);
    }
  }

  /** A JSON Lines record, or something that is almost one. */
  private static String jsonLine(RandomNews random) {
    var fields = new StringBuilder("{");
    String[] names = {"text", "title", "id", "outlet", "url", "date", "text", "other"};
    int count = random.random().nextInt(6);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        fields.append(',');
      }
      fields.append('"').append(random.pick(names)).append("\":").append(jsonValue(random));
    }
    String line = fields.append('}').toString();
    return switch (random.random().nextInt(10)) {
      case 0 -> random.mutate(line, 1 + random.random().nextInt(4));
      case 1 -> "[".repeat(1 + random.random().nextInt(3000));
      case 2 -> line.substring(0, random.random().nextInt(line.length() + 1));
      default -> line;
    };
  }

  private static String jsonValue(RandomNews random) {
    return switch (random.random().nextInt(9)) {
      case 0 -> "null";
      case 1 -> String.valueOf(random.random().nextLong());
      case 2 -> "1e" + random.random().nextInt(100_000);
      case 3 -> "9".repeat(1 + random.random().nextInt(3000));
      case 4 -> "[\"" + random.sentence().replace("\"", "'") + "\"]";
      case 5 -> "true";
      default -> jsonString(String.join("\n\n", random.paragraphs(4, 8)));
    };
  }

  /** A JSON string literal of {@code text}, lone surrogates kept as {@code \\uXXXX} escapes. */
  private static String jsonString(String text) {
    var out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** {@code text} in a random encoding, with or without its byte-order mark. */
  private static byte[] encode(RandomNews random, String text) {
    return switch (random.random().nextInt(7)) {
      case 0 -> prefixed("\u00ef\u00bb\u00bf", RandomNews.utf8(text));
      case 1 -> prefixed("\u00fe\u00ff", text.getBytes(StandardCharsets.UTF_16BE));
      case 2 -> prefixed("\u00ff\u00fe", text.getBytes(StandardCharsets.UTF_16LE));
      case 3 -> text.getBytes(WINDOWS_1252);
      case 4 -> {
        byte[] bytes = RandomNews.utf8(text);
        for (int i = 0; i < bytes.length; i++) {
          if (random.random().nextInt(200) == 0) {
            bytes[i] = (byte) (0x80 + random.random().nextInt(0x80));
          }
        }
        yield bytes;
      }
      default -> RandomNews.utf8(text);
    };
  }

  /** {@code bytes} after the bytes of {@code prefix}, each of its characters one byte. */
  private static byte[] prefixed(String prefix, byte[] bytes) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(prefix.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(bytes);
    return out.toByteArray();
  }
}
