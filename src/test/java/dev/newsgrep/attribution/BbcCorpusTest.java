package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs attribution over the BBC corpus ({@code ../shared/corpora/bbc/}), which it was not built on,
 * and checks a few attributions read by eye.
 */
class BbcCorpusTest {
  private static final Path BBC = Path.of("..", "shared", "corpora", "bbc");
  private static final SpeakerAttributor ATTRIBUTOR = SpeakerAttributor.loadDefault();

  @Test
  void everyBbcArticleIsAttributedWithoutError() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(BBC, 2)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    int paragraphs = 0;
    int withSpeaker = 0;
    int pairs = 0;
    for (Path file : files) {
      List<String> text = SimpleArticleReader.paragraphs(file);
      List<List<String>> speakers = ATTRIBUTOR.attribute(text);
      assertEquals(text.size(), speakers.size(), file.toString());
      paragraphs += text.size();
      for (List<String> names : speakers) {
        withSpeaker += names.isEmpty() ? 0 : 1;
        pairs += names.size();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "bbc attribution: %d files, %d of %d paragraphs with a speaker, %d pairs%n",
        files.size(),
        withSpeaker,
        paragraphs,
        pairs);
    assertTrue(files.size() > 1_000, "corpus found");
    assertTrue(withSpeaker > paragraphs / 5, "a fair share of BBC paragraphs quote someone");
  }

  private static List<String> speakers(String file, int paragraph) throws IOException {
    List<String> text = SimpleArticleReader.paragraphs(BBC.resolve(file));
    return ATTRIBUTOR.speakersByParagraph(text).get(paragraph);
  }

  @Test
  void titledSurnameWithColonAndAppositionInOneParagraph() throws IOException {
    // Ms Hewitt said: "..." ... The Shadow Secretary of State for the Family, Theresa May, said:
    // "..."
    assertEquals(List.of("Patricia Hewitt", "Theresa May"), speakers("politics/001.txt", 3));
  }

  @Test
  void nameAfterRoleWithColon() throws IOException {
    // Liberal Democrat spokeswoman for women Sandra Gidley said: "..."
    assertEquals(List.of("Sandra Gidley"), speakers("politics/001.txt", 4));
  }

  @Test
  void pronounAfterQuoteGoesToTheManWhoWarned() throws IOException {
    // But David Frost, director general of ..., warned ... "crippled" ... "...," he said.
    assertEquals(List.of("David Frost"), speakers("politics/001.txt", 5));
  }

  @Test
  void saidMrSurnameAfterQuote() throws IOException {
    // "Our work with the French government...has been hugely successful," said Mr Blunkett.
    assertEquals(List.of("David Blunkett"), speakers("politics/248.txt", 7));
  }

  @Test
  void saidSurnameWithApostropheAfterQuote() throws IOException {
    // "Andy was sitting two yards from me ...," said O'Sullivan.
    assertEquals(List.of("Eddie O'Sullivan"), speakers("sport/290.txt", 3));
  }

  @Test
  void pronounReachesBackToThePersonNamedInTheHeadlineAndIntro() throws IOException {
    // Collins ran in Birmingham ... "I'm looking forward to competing ...," he said.
    assertEquals(List.of("Kim Collins"), speakers("sport/010.txt", 2));
  }
}
