package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Highlight;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HitPrinterTest {
  private final HitPrinter plain =
      new HitPrinter(
          new PrintWriter(new StringWriter()), Terminal.forOutput(ColorMode.NEVER, Map.of()));

  @Test
  void scoreReadsAsPercentPointTwoF() {
    var random = new Random(20261121);
    float[] halves = {
      0f, 0.005f, 0.015f, 0.0049f, 0.995f, 2.445f, 9.995f, 3.582452f, 123456.79f, 1e-5f, 1e7f, -1f
    };
    for (float score : halves) {
      assertEquals(String.format(Locale.ROOT, "%.2f", score), HitPrinter.score(score));
    }
    for (int i = 0; i < 100_000; i++) {
      float score =
          i % 2 == 0 ? random.nextFloat() * 30 : Math.round(random.nextFloat() * 1e5f) / 1e3f;
      assertEquals(String.format(Locale.ROOT, "%.2f", score), HitPrinter.score(score), "" + score);
    }
  }

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
