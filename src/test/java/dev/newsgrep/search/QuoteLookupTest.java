package dev.newsgrep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsgrep.QuerySyntaxException;
import org.junit.jupiter.api.Test;

class QuoteLookupTest {
  @Test
  void shortPhraseIsOnePhraseWithOneWordOfSlop() {
    assertEquals("quote:\"we will win\"~1", QuoteLookup.query("We’ll win").toString());
  }

  @Test
  void longPhraseAlsoMatchesWithAnyOneWordMissing() {
    assertEquals(
        "quote:\"we can not win\"~1 quote:\"can not win\"~1 quote:\"we not win\"~1"
            + " quote:\"we can win\"~1 quote:\"we can not\"~1",
        QuoteLookup.query("we can't win").toString());
  }

  @Test
  void punctuationOnlyIsRefused() {
    assertThrows(QuerySyntaxException.class, () -> QuoteLookup.query("!?"));
  }
}
