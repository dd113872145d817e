package dev.newsgrep.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MatchingNormalizerTest {

  @Test
  void noCombiningMarkComesBeforeTheFastPathBound() {
    for (int c = 0; c < MatchingNormalizer.FIRST_COMBINING_MARK; c++) {
      int type = Character.getType(c);
      assertFalse(
          type == Character.NON_SPACING_MARK
              || type == Character.ENCLOSING_MARK
              || type == Character.COMBINING_SPACING_MARK,
          Integer.toHexString(c));
    }
  }

  @Test
  void theFastPathAgreesWithTheFullFolding() {
    String[] followers = {"", "a", " ", "\u00A0", "\u02FF", "\u0301", "\u20DD", "\uD834\uDD65"};
    for (char c = 0; c < 0x80; c++) {
      for (String follower : followers) {
        String text = c + follower;
        if (MatchingNormalizer.foldsToItself(text, 0)) {
          assertEquals(1, MatchingNormalizer.unitEnd(text, 0), text);
          assertEquals(String.valueOf(c), MatchingNormalizer.foldUnit(text, 0, 1), text);
        }
      }
    }
  }

  @Test
  void aCombiningMarkJoinsTheLetterBeforeIt() {
    assertEquals("caf\u00E9", MatchingNormalizer.normalize("cafe\u0301"));
    assertEquals("it's", MatchingNormalizer.normalize("it`s"));
  }
}
