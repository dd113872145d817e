package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Highlight;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HitPrinterTest {
  private final HitPrinter plain =
      new HitPrinter(
          new PrintWriter(new StringWriter()), Terminal.forOutput(ColorMode.NEVER, Map.of()));

  @Test
  void adjacentMatchesAreMarkedAsOne() {
    String text = "not the dumbest idea I've heard";
    var marks = List.of(new Highlight(8, 15), new Highlight(16, 20));
    assertEquals("not the **dumbest idea** I've heard", plain.passage(text, marks));
  }

  @Test
  void longParagraphIsShownAsAPassageAroundTheMatch() {
    String text = "word ".repeat(300) + "needle " + "word ".repeat(300);
    int at = text.indexOf("needle");
    String passage = plain.passage(text, List.of(new Highlight(at, at + 6)));
    assertTrue(passage.startsWith("…") && passage.endsWith("…"), passage);
    assertTrue(passage.contains("**needle**"), passage);
    assertTrue(passage.length() <= HitPrinter.PASSAGE_LENGTH + 10, passage);
  }

  @Test
  void passageNeverCutsACharacterInHalf() {
    String text = "\ud83d\ude00".repeat(300) + " needle " + "\ud83d\ude00".repeat(300);
    int at = text.indexOf("needle");
    String passage = plain.passage(text, List.of(new Highlight(at, at + 6)));
    for (int i = 0; i < passage.length(); i++) {
      char c = passage.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(
            i + 1 < passage.length() && Character.isLowSurrogate(passage.charAt(i + 1)), passage);
      } else {
        assertTrue(
            !Character.isLowSurrogate(c) || Character.isHighSurrogate(passage.charAt(i - 1)),
            passage);
      }
    }
  }

  @Test
  void controlCharactersInArticleTextNeverReachTheTerminalRaw() {
    String hostile = "safe\u001b[2Jtext\rover\u202eevil";
    assertEquals("safe\\u001b[2Jtext\\u000dover\\u202eevil", Terminal.safe(hostile));
  }
}
