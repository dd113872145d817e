package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

  @Test
  void splitsOnOneOrMoreBlankLines() {
    assertEquals(List.of("One", "Two", "Three"), Paragraphs.split("One\n\nTwo\n\n\n\nThree\n"));
  }

  @Test
  void linesOfOnlyWhiteSpaceCountAsBlank() {
    assertEquals(List.of("One", "Two", "Three"), Paragraphs.split("One\n \t \nTwo\n\u00A0\nThree"));
  }

  @Test
  void keepsSingleLineBreaksInsideAParagraph() {
    assertEquals(
        List.of("Points:", "- first \n - second"),
        Paragraphs.split("Points:\n\n - first \n - second\n \n"));
  }

  @Test
  void crlfAndCrBecomeLf() {
    assertEquals(List.of("Head", "a\nb", "c"), Paragraphs.split("Head\r\n\r\na\r\nb\r\n\r\nc\r\r"));
  }

  @Test
  void dropsEmptyParagraphsAndTrims() {
    assertEquals(List.of("a", "b"), Paragraphs.split("\n\n  a  \n\n   \n\n\tb\t\n\n\n"));
    assertEquals(List.of(), Paragraphs.split(" \n\t\n"));
  }

  @Test
  void countsWordsThatHoldLettersOrDigits() {
    assertEquals(2, Paragraphs.wordCount("Politics & Government"));
    assertEquals(3, Paragraphs.wordCount(" Crime  and\u00A0Safety "));
  }

  @Test
  void collapsesRunsOfSpaceIntoOnePlainSpace() {
    assertEquals("a b c d", Paragraphs.collapseSpaces("a \t b\u00A0c\n\r\fd"));
    String unchanged = "nothing to change here";
    assertSame(unchanged, Paragraphs.collapseSpaces(unchanged));
  }

  @RepeatedTest(200)
  void collapsingSpacesMatchesTheRegularExpression(RepetitionInfo repetition) {
    var random = new Random(repetition.getCurrentRepetition());
    String alphabet = "ab  \t\n\r\u000B\f\u00A0\u2003\u0085.";
    var text = new StringBuilder();
    for (int i = random.nextInt(30); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String input = text.toString();
    assertEquals(input.replaceAll("[\\s\\u00A0]+", " "), Paragraphs.collapseSpaces(input), input);
  }
}
