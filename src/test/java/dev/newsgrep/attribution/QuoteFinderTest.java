package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder(Lexicon.load());

  private List<String> quoted(String text) {
    return finder.find(text).stream().filter(s -> !s.title()).map(s -> s.inner(text)).toList();
  }

  @Test
  void straightDoubleQuotesMakeOneSpan() {
    assertEquals(
        List.of("We can't trust Russia,"), quoted("\"We can't trust Russia,\" Haley said."));
  }

  @Test
  void curlyDoubleQuotesMakeOneSpan() {
    assertEquals(
        List.of("He vehemently denied it,"), quoted("“He vehemently denied it,” wrote Mr Trump."));
  }

  @Test
  void apostrophesAreNeverQuoteMarks() {
    String text = "It’s Putin’s word; they don't keep ’em in check, the players' union said.";
    assertEquals(List.of(), quoted(text));
  }

  @Test
  void apostrophesInsideAQuoteDoNotEndIt() {
    String text = "“It’s not the dumbest idea I’ve ever heard,” Sen. Lindsey Graham said.";
    assertEquals(List.of("It’s not the dumbest idea I’ve ever heard,"), quoted(text));
  }

  @Test
  void singleCurlyQuotesAreQuotes() {
    assertEquals(
        List.of("impenetrable cyber security unit"),
        quoted("Trump walks back ‘impenetrable cyber security unit’"));
  }

  @Test
  void quoteWithinQuoteStaysInsideTheOuterSpan() {
    String text = "He said: “Partnering on a ‘Cyber Security Unit’ is akin to it.” Then he left.";
    assertEquals(List.of("Partnering on a ‘Cyber Security Unit’ is akin to it."), quoted(text));
  }

  @Test
  void mismatchedMarksStillCloseTheQuote() {
    String text = "Graham had been among the critics, saying: ‘It’s pretty close.” Then he left.";
    assertEquals(List.of("It’s pretty close."), quoted(text));
  }

  @Test
  void quoteRunningIntoTheNextParagraphIsOpenToTheEnd() {
    List<QuoteSpan> spans = finder.find("Mr Blair said: \"We will fight on.");
    assertEquals(1, spans.size());
    assertFalse(spans.get(0).closed());
    assertEquals("We will fight on.", spans.get(0).inner("Mr Blair said: \"We will fight on."));
  }

  @Test
  void newOpeningMarkEndsAQuoteLeftOpen() {
    String text =
        "Ms Hewitt said: \"We have doubled it. \"We are going to extend the pay.\" She left.";
    assertEquals(
        List.of("We have doubled it.", "We are going to extend the pay."),
        quoted(text).stream().map(String::strip).toList());
  }

  @Test
  void showTitleAfterPossessiveIsATitleNotAQuote() {
    List<QuoteSpan> spans = finder.find("Graham said on NBC's \"Meet the Press.\"");
    assertEquals(1, spans.size());
    assertTrue(spans.get(0).title());
  }

  @Test
  void showTitleAfterCueWordIsATitleNotAQuote() {
    List<QuoteSpan> spans =
        finder.find("Mnuchin, speaking on the ABC talk show “This Week,” called it a win.");
    assertTrue(spans.get(0).title());
  }

  @Test
  void shortLowerCaseQuoteAfterPossessiveIsStillAQuote() {
    assertEquals(List.of("blind spot"), quoted("The president's \"blind spot\" worries him."));
  }

  @Test
  void curlySingleAfterAWordClosesACurlyDoubleThatNothingElseCloses() {
    String text = "He vowed to build “a safer harbour wall’ soon after meeting Ann Lee.";
    List<QuoteSpan> spans = finder.find(text);
    assertEquals(1, spans.size());
    assertTrue(spans.get(0).closed());
    assertEquals("a safer harbour wall", spans.get(0).inner(text));
  }

  @Test
  void pluralPossessiveDoesNotCloseAQuoteLeftOpen() {
    String text = "“The players’ union will strike on Monday.";
    List<QuoteSpan> spans = finder.find(text);
    assertEquals(1, spans.size());
    assertFalse(spans.get(0).closed());
  }

  @Test
  void curlySingleDoesNotCloseACurlyDoubleClosedLater() {
    String text = "“It is only a test run’, and then the real thing,” she said.";
    assertEquals(List.of("It is only a test run’, and then the real thing,"), quoted(text));
  }
}
