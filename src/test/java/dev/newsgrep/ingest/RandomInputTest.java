package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Article;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/** Seeded random files: reading never throws and every file is either read or skipped. */
class RandomInputTest {

  @TempDir Path dir;

  @RepeatedTest(50)
  void randomBytesAreReadOrSkippedNeverThrown(RepetitionInfo repetition) {
    var random = new Random(repetition.getCurrentRepetition());
    byte[] bytes = new byte[random.nextInt(400)];
    random.nextBytes(bytes);
    if (random.nextBoolean()) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (bytes[i] & 0x7F | (random.nextInt(8) == 0 ? 0x80 : 0));
        if (bytes[i] == 0) {
          bytes[i] = '\n';
        }
      }
    }
    for (String name : new String[] {"r.txt", "r.jsonl"}) {
      FileResult result =
          new ArticleFileReader().read(SourceFile.of(TestFiles.write(dir.resolve(name), bytes)));
      assertTrue(!result.articles().isEmpty() || !result.skipped().isEmpty(), name);
      for (Article article : result.articles()) {
        assertTrue(article.paragraphs().stream().noneMatch(String::isBlank));
      }
    }
  }

  @RepeatedTest(20)
  void randomParagraphLayoutRoundTrips(RepetitionInfo repetition) {
    var random = new Random(1000 + repetition.getCurrentRepetition());
    int count = 1 + random.nextInt(8);
    var text = new StringBuilder();
    var separators = new String[] {"\n\n", "\r\n\r\n", "\n \n", "\n\n\n\n", "\r\r", "\n\t\n\n"};
    for (int i = 0; i < count; i++) {
      text.append("Paragraph ").append(i).append(" says something.");
      text.append(separators[random.nextInt(separators.length)]);
    }
    var article =
        new ArticleFileReader()
            .read(SourceFile.of(TestFiles.write(dir.resolve("p.txt"), text.toString())));
    assertEquals(count - 1, article.articles().get(0).paragraphs().size());
  }
}
