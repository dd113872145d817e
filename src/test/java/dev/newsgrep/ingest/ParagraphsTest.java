package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
