package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quoted spans {@link SpeakerAttributor#attribute} reports, and their speakers. */
class ParagraphAttributionTest {
  private static final SpeakerAttributor ATTRIBUTOR = SpeakerAttributor.loadDefault();

  /** For each paragraph, each quote as "words=speaker" ("?" when unattributed). */
  private static List<List<String>> quotes(String... paragraphs) {
    List<String> all = List.of(paragraphs);
    List<ParagraphAttribution> result = ATTRIBUTOR.attribute(all);
    assertEquals(all.size(), result.size());
    return java.util.stream.IntStream.range(0, all.size())
        .mapToObj(
            i ->
                result.get(i).quotes().stream()
                    .map(q -> q.text(all.get(i)) + "=" + q.speaker().orElse("?"))
                    .toList())
        .toList();
  }

  @Test
  void offsetsCoverTheWordsWithoutMarksOrTheSentencesComma() {
    String p = "\"We will not back down,\" said Ms Jane Porter.";
    ParagraphAttribution a = ATTRIBUTOR.attribute(List.of("Headline", p)).get(1);
    assertEquals(List.of(new AttributedQuote(1, 22, Optional.of("Jane Porter"))), a.quotes());
    assertEquals(List.of("Jane Porter"), a.speakers());
  }

  @Test
  void nestedQuoteIsReportedAsTheOuterOne() {
    assertEquals(
        List.of(List.of(), List.of("He said it's an 'honor' to meet the mayor=Jane Porter")),
        quotes("Headline", "\"He said it's an 'honor' to meet the mayor,\" Jane Porter added."));
  }

  @Test
  void partialQuoteInReportedSpeech() {
    assertEquals(
        List.of(List.of(), List.of("dangerously naive.=Adam Scholl")),
        quotes("Headline", "Adam Scholl called the unit \"dangerously naive.\""));
  }

  @Test
  void showTitlesAndScareQuotesAreNoQuotes() {
    assertEquals(
        List.of(List.of(), List.of(), List.of()),
        quotes(
            "Headline",
            "The mayor was speaking on ABC's \"This Week\" and later on \"Meet the Press\".",
            "The so-called \"recovery\" has yet to reach regions where \"green shoots\" are rare."));
  }

  @Test
  void quoteLeftUnattributedInAParagraphQuotingOnePersonIsTheirs() {
    assertEquals(
        List.of(
            List.of(),
            List.of(
                "we cannot wait, and we will not wait=Mara Quinn",
                "work with the unions=Mara Quinn")),
        quotes(
            "Headline",
            "Mayor Mara Quinn said on Monday that \"we cannot wait, and we will not wait,\" but noted"
                + " that the city needs to \"work with the unions\" first."));
  }

  @Test
  void unattributedSentenceIsAQuoteWithNoSpeaker() {
    assertEquals(
        List.of(List.of(), List.of("We are reviewing the matter.=?")),
        quotes("Headline", "\"We are reviewing the matter.\" The firm declined to say more."));
  }

  @Test
  void brokenMarksAsPublishedStillMakeOneQuote() {
    assertEquals(
        List.of(List.of(), List.of("It’s pretty close.=Lena Graves")),
        quotes("Headline", "Sen. Lena Graves said: ‘It’s pretty close.” Then she left."));
  }

  @Test
  void quoteRunningOnGivesOneQuotePerParagraphWithTheSameSpeaker() {
    assertEquals(
        List.of(
            List.of(),
            List.of(),
            List.of("The outlook is strong. We expect to hire 500 people.=Alan Hughes"),
            List.of("We are also looking at Asia=Alan Hughes")),
        quotes(
            "Headline",
            "Alan Hughes, chief executive of the group, said profits would rise.",
            "\"The outlook is strong. We expect to hire 500 people.",
            "\"We are also looking at Asia,\" he said."));
  }

  @Test
  void embeddedPostIsTheWholeTrimmedParagraph() {
    List<String> article =
        List.of(
            "Headline",
            "Dana Rook answered critics, tweeting: \"I've given my opinion.\"",
            "  ...We negotiated a ceasefire which will save lives.  ");
    ParagraphAttribution post = ATTRIBUTOR.attribute(article).get(2);
    assertEquals(List.of(new AttributedQuote(2, 53, Optional.of("Dana Rook"))), post.quotes());
  }

  @Test
  void newsAccountPostQuotingAPersonIsThatPersons() {
    assertEquals(
        List.of(List.of(), List.of(), List.of("since he is doing the hacking=John McAllen")),
        quotes(
            "Headline",
            "Senator John McAllen laughed at the idea on Sunday.",
            ".@SenJohnMcAllen says he's sure Russia could help \"since he is doing the hacking\""
                + " https://t.co/x"));
  }

  @Test
  void aDefectGivesEmptyAttributionsNotAnException() {
    assertEquals(List.of(), ATTRIBUTOR.attribute(List.of()));
    assertEquals(
        List.of(ParagraphAttribution.NONE, ParagraphAttribution.NONE),
        ATTRIBUTOR.attribute(List.of("", "\uD800 “‘’”\"'")));
  }
}
