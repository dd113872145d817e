package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsgrep.fuzz.Invariants;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the article reader: decoding and reading a file never throw; bad content comes back as a
 * {@link SkippedFile}. In a normal build each method replays the seed files under {@code
 * src/test/resources/dev/newsgrep/ingest/ArticleReaderFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * Jazzer fuzzes the one method selected (commands in {@link dev.newsgrep.fuzz}).
 */
class ArticleReaderFuzzTest {
  private static final ArticleFileReader READER = new ArticleFileReader();

  @TempDir static Path dir;

  @FuzzTest(maxDuration = "2m")
  void decodingGivesTextOrAReason(byte[] bytes) {
    switch (TextDecoder.decode(bytes)) {
      case DecodedText.Text text -> assertNotNull(text.text());
      case DecodedText.NotText notText -> assertFalse(notText.reason().isBlank());
    }
  }

  @FuzzTest(maxDuration = "2m")
  void plainTextFileIsReadOrSkipped(byte[] bytes) {
    Path file = TestFiles.write(dir.resolve("x.txt"), bytes);
    Invariants.checkFileResult(READER.read(SourceFile.of(file)), "x.txt");
  }

  // No line breaks in dictionary entries: Jazzer writes them to libFuzzer's dictionary unescaped.
  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "{\"text\":\"",
    "\",\"title\":\"",
    "\",\"id\":\"",
    "\"outlet\":",
    "\"url\":",
    "\"date\":",
    "\\u",
    "\\ud800",
    "null",
    "1e999",
    "\"}"
  })
  void jsonLinesFileIsReadOrSkipped(byte[] bytes) {
    Path file = TestFiles.write(dir.resolve("x.jsonl"), bytes);
    Invariants.checkFileResult(READER.read(SourceFile.of(file)), "x.jsonl");
  }
}
