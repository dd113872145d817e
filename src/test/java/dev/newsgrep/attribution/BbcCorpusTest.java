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
      List<ParagraphAttribution> attributions = ATTRIBUTOR.attributeOrThrow(text);
      assertEquals(text.size(), attributions.size(), file.toString());
      paragraphs += text.size();
      for (int i = 0; i < attributions.size(); i++) {
        ParagraphAttribution a = attributions.get(i);
        withSpeaker += a.speakers().isEmpty() ? 0 : 1;
        pairs += a.speakers().size();
        int previousEnd = 0;
        for (AttributedQuote q : a.quotes()) {
          assertTrue(
              q.start() >= previousEnd && q.end() <= text.get(i).length(),
              file + " #" + i + ": quotes in order and inside the paragraph");
          q.speaker().ifPresent(name -> assertTrue(a.speakers().contains(name), name));
          previousEnd = q.end();
        }
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

  @Test
  void invertedVerbAfterQuoteWithRoleBeforeTheName() throws IOException {
    // "...," noted coach Mike Ruddock. ... Jones, after his ... display, observed that "..."
    assertEquals(List.of("Mike Ruddock", "Stephen Jones"), speakers("sport/395.txt", 4));
  }

  @Test
  void pronounAtParagraphStartGoesToTheSpeakerEndingThePreviousOne() throws IOException {
    // #2 ends: Director of rugby Warren Gatland revealed that ... (after "... added 18 points")
    // #3: "They got a roasting ...," he said.
    assertEquals(List.of("Warren Gatland"), speakers("sport/294.txt", 3));
  }

  @Test
  void partialQuoteOwnedByTheActingSubject() throws IOException {
    // Tony Blair has hailed a deal ... as important for the world's future "peace and prosperity".
    assertEquals(List.of("Tony Blair"), speakers("politics/064.txt", 1));
  }

  @Test
  void partialQuotesOfThreeSpeakersInOneParagraph() throws IOException {
    // Andrew Bennett said ... it could "..."; Alan Beith, said it should be delayed "...";
    // Oliver Heald accused the government of "dragging its feet"
    assertEquals(
        List.of("Andrew Bennett", "Alan Beith", "Oliver Heald"), speakers("politics/372.txt", 5));
  }

  @Test
  void descriptionAfterVerbTakesTheNameInApposition() throws IOException {
    // "...," said the chairman of the Commons education select committee, Labour MP Barry Sheerman.
    assertEquals(List.of("Barry Sheerman"), speakers("politics/020.txt", 2));
  }
}
