package dev.newsgrep.attribution;

import dev.newsgrep.fuzz.Invariants;
import dev.newsgrep.fuzz.RandomNews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random articles through quote attribution, with and without its safety net: one
 * attribution per paragraph, quotes inside their paragraph, in order, overlapping none.
 */
class AttributionPropertyTest {
  private static final SpeakerAttributor ATTRIBUTOR = SpeakerAttributor.loadDefault();
  private static final Path BBC = Path.of("..", "shared", "corpora", "bbc");

  @RepeatedTest(300)
  void randomParagraphsKeepQuotesInside(RepetitionInfo repetition) {
    var random = new RandomNews(1_000 + repetition.getCurrentRepetition());
    check(random.paragraphs(8, 16));
  }

  /** Real BBC articles, each edited at random a few times per seed: near-misses of real text. */
  @ParameterizedTest
  @MethodSource("bbcArticles")
  void editedBbcArticlesKeepQuotesInside(Path file) throws IOException {
    List<String> original = SimpleArticleReader.paragraphs(file);
    var random = new RandomNews(file.getFileName().toString().hashCode());
    for (int round = 0; round < 4; round++) {
      var edited = new ArrayList<String>();
      for (String paragraph : original) {
        edited.add(random.mutate(paragraph, random.random().nextInt(6)));
        if (random.random().nextInt(10) == 0) {
          edited.add(random.paragraph(6));
        }
      }
      check(edited);
    }
  }

  static Stream<Path> bbcArticles() throws IOException {
    var files = new ArrayList<Path>();
    for (String folder : new String[] {"business", "politics", "sport"}) {
      try (Stream<Path> list = Files.list(BBC.resolve(folder))) {
        // Every 40th article: a spread over the corpus that runs in about a second.
        List<Path> sorted = list.sorted().toList();
        for (int i = 0; i < sorted.size(); i += 40) {
          files.add(sorted.get(i));
        }
      }
    }
    return files.stream();
  }

  private static void check(List<String> paragraphs) {
    List<ParagraphAttribution> result;
    try {
      result = ATTRIBUTOR.attributeOrThrow(paragraphs);
    } catch (RuntimeException e) {
      throw new AssertionError("attributeOrThrow(" + Invariants.escape(paragraphs) + ")", e);
    }
    Invariants.checkAttribution(paragraphs, result);
    Invariants.checkAttribution(paragraphs, ATTRIBUTOR.attribute(paragraphs));
  }
}
