package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LongParagraphsTest {

  private static final int MAX = LongParagraphs.MAX_CHARS;

  /** A sentence end as the splitter means it, at the end of a piece. */
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.?!][\"'”’)\\]»]*$");

  /** About {@code chars} characters of real BBC prose as one line: paragraphs joined by spaces. */
  private static String bbcParagraph(int chars) {
    String text = new String(TestFiles.bbcWithoutBlankLines(chars * 2), StandardCharsets.UTF_8);
    String oneLine = text.replace('\n', ' ');
    int cut = oneLine.indexOf(". ", chars);
    return oneLine.substring(0, cut + 1);
  }

  private static List<String> split(String paragraph, int max) {
    var out = new ArrayList<String>();
    LongParagraphs.split(paragraph, 0, paragraph.length(), max, out);
    return out;
  }

  @Test
  void paragraphWithinTheBoundIsKeptWhole() {
    String paragraph = bbcParagraph(MAX - 200);
    assertEquals(List.of(paragraph), Paragraphs.split(paragraph));
  }

  @Test
  void paragraphOf100000CharactersIsSplitAtSentenceEndsWithinTheBound() {
    String paragraph = bbcParagraph(100_000);
    List<String> pieces = Paragraphs.split(paragraph);
    assertTrue(pieces.size() >= 10 && pieces.size() <= 12, pieces.size() + " pieces");
    TestFiles.assertPiecesCover(paragraph, pieces);
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      assertTrue(piece.length() <= MAX, "piece " + i + " is " + piece.length());
      assertTrue(ENDS_SENTENCE.matcher(piece).find(), "piece " + i + " ends mid-sentence");
      int first = piece.codePointAt(0);
      assertTrue(
          Character.isUpperCase(first) || "\"'“‘(".indexOf(first) >= 0,
          "piece " + i + " starts mid-sentence: " + piece.substring(0, 20));
    }
  }

  @Test
  void withoutSentenceEndsSplitsAtLineBreaks() {
    var text = new StringBuilder();
    for (int line = 0; text.length() < 3 * MAX; line++) {
      text.append("line ").append(line).append(" of a list with no full stops at all\n");
    }
    String paragraph = text.toString().strip();
    List<String> pieces = Paragraphs.split(paragraph);
    TestFiles.assertPiecesCover(paragraph, pieces);
    int at = 0;
    for (String piece : pieces.subList(0, pieces.size() - 1)) {
      assertTrue(piece.length() <= MAX);
      at = paragraph.indexOf(piece, at) + piece.length();
      assertEquals('\n', paragraph.charAt(at), "a piece ends at a line break");
    }
  }

  @Test
  void withoutLineBreaksSplitsAtWhiteSpaceNeverMidWord() {
    String paragraph = "lowercase words and no stops ".repeat(1_500).strip();
    List<String> pieces = Paragraphs.split(paragraph);
    assertTrue(pieces.size() >= 5);
    TestFiles.assertPiecesCover(paragraph, pieces);
    for (String piece : pieces) {
      assertTrue(piece.length() <= MAX);
      assertTrue(
          Set.of("lowercase", "words", "and", "no", "stops").containsAll(List.of(piece.split(" "))),
          "a word was cut: " + piece);
    }
  }

  @Test
  void abbreviationsInitialsAndDottedWordsDoNotEndASentence() {
    String paragraph =
        "Mr. Smith met J. R. Ewing in the U.S. Capitol. They talked for an hour about the"
            + " budget! Then Sen. Brown said “no.” Nothing more happened that day at the Capitol.";
    List<String> pieces = split(paragraph, 60);
    TestFiles.assertPiecesCover(paragraph, pieces);
    assertEquals(
        List.of(
            "Mr. Smith met J. R. Ewing in the U.S. Capitol.",
            "They talked for an hour about the budget!",
            "Then Sen. Brown said “no.”",
            "Nothing more happened that day at the Capitol."),
        pieces);
  }

  @Test
  void sentenceEndFollowedByLowerCaseIsNoCutButAQuoteIs() {
    String paragraph = "It cost 5 p. more or less. \"Quoted words\" followed and then more text";
    List<String> pieces = split(paragraph, 50);
    assertEquals(
        List.of("It cost 5 p. more or less.", "\"Quoted words\" followed and then more text"),
        pieces);
  }

  @Test
  void unspacedTextIsCutWithinTheBoundNeverInsideASurrogatePair() {
    String paragraph = "😀".repeat(MAX); // 2 * MAX chars, no space, no word boundary
    List<String> pieces = Paragraphs.split(paragraph);
    TestFiles.assertPiecesCover(paragraph, pieces);
    for (String piece : pieces) {
      assertTrue(piece.length() <= MAX);
      assertFalse(Character.isLowSurrogate(piece.charAt(0)), "starts inside a pair");
      assertFalse(Character.isHighSurrogate(piece.charAt(piece.length() - 1)), "ends inside one");
    }
  }

  @Test
  void unspacedChineseIsCutAtAWordBoundaryWithinTheBound() {
    String paragraph = "中华人民共和国成立于一九四九年".repeat(1_500);
    List<String> pieces = Paragraphs.split(paragraph);
    assertTrue(pieces.size() >= 3);
    TestFiles.assertPiecesCover(paragraph, pieces);
    assertTrue(pieces.stream().allMatch(p -> p.length() <= MAX));
  }
}
