package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SpeakerAttributorTest {
  private static final SpeakerAttributor ATTRIBUTOR = SpeakerAttributor.loadDefault();
  private static final String HEADLINE = "Senators react to the plan";

  /** Speakers of each body paragraph (the headline left out). */
  private static List<List<String>> body(String... paragraphs) {
    var all = new ArrayList<String>();
    all.add(HEADLINE);
    all.addAll(List.of(paragraphs));
    List<List<String>> speakers = ATTRIBUTOR.speakersByParagraph(all);
    assertEquals(all.size(), speakers.size());
    return speakers.subList(1, speakers.size());
  }

  @Test
  void javadocExampleHolds() {
    assertEquals(
        List.of(List.of(), List.of(), List.of("Jane Miller")),
        ATTRIBUTOR.speakersByParagraph(
            List.of(
                "Senators react",
                "Senator Jane Miller spoke on Sunday.",
                "\"We will vote no,\" Miller said.")));
  }

  @Test
  void surnameBeforeSpeechVerbAfterQuote() {
    assertEquals(
        List.of(List.of(), List.of("Lindsey Graham")),
        body(
            "Senator Lindsey Graham spoke on Sunday.",
            "\"It's not the dumbest idea I've ever heard,\" Graham said."));
  }

  @Test
  void speechVerbBeforeSurnameAfterQuote() {
    assertEquals(
        List.of(List.of("Tony Blair")),
        body("\"We will not be distracted,\" said Mr Blair, as Tony Blair left the stage."));
  }

  @Test
  void titledNameWithColonBeforeQuote() {
    assertEquals(
        List.of(List.of("Lindsey Graham")),
        body("Sen. Lindsey Graham said: \"It's pretty close.\""));
  }

  @Test
  void surnameAddedWithColon() {
    assertEquals(
        List.of(List.of("Lindsey Graham"), List.of("Lindsey Graham")),
        body(
            "\"It's pretty close,\" Sen. Lindsey Graham, R-S.C., said on Sunday.",
            "Graham added: \"It is to empower him.\""));
  }

  @Test
  void honorificSurnameTweetedResolvesToFullName() {
    assertEquals(
        List.of(List.of(), List.of("Donald Trump")),
        body(
            "Donald Trump met the Russian leader in Hamburg.",
            "After the meeting, Mr Trump tweeted: “We negotiated a ceasefire.”"));
  }

  @Test
  void verbBeforeHonorificNameAfterQuote() {
    assertEquals(
        List.of(List.of(), List.of("Donald Trump")),
        body("Donald Trump talked for two hours.", "“He vehemently denied it,” wrote Mr Trump."));
  }

  @Test
  void descriptionResolvesToTheSenatorNamedBefore() {
    assertEquals(
        List.of(List.of(), List.of("Lindsey Graham")),
        body(
            "Sen. Lindsey Graham was not much kinder.",
            "\"It's pretty close,\" the Republican lawmaker of South Carolina said."));
  }

  @Test
  void pronounResolvesToThePersonOfThatGender() {
    assertEquals(
        List.of(List.of(), List.of("Patricia Hewitt")),
        body(
            "Ms Patricia Hewitt spoke after Mr David Frost had left.",
            "\"We have made a firm commitment,\" she said."));
  }

  @Test
  void pronounAfterQuoteResolvesToTheSentenceSubject() {
    assertEquals(
        List.of(List.of(), List.of("John Brennan")),
        body(
            "Former CIA director John Brennan called Trump's handling of it a disgrace.",
            "\"I seriously question whether he heard it,\" he said."));
  }

  @Test
  void surnameFirstTakesTheFullNameGivenLaterInTheArticle() {
    assertEquals(
        List.of(List.of("Adam Schiff"), List.of()),
        body(
            "\"I don't think we can move on,\" Schiff said on Sunday.",
            "Rep. Adam Schiff sits on the House Intelligence Committee."));
  }

  @Test
  void surnameWithNoFullerFormStaysASurname() {
    assertEquals(List.of(List.of("Blair")), body("\"We will win,\" said Mr Blair."));
  }

  @Test
  void participleTakesTheSentenceSubject() {
    assertEquals(
        List.of(List.of("Nikki Haley")),
        body(
            "Nikki Haley, the US ambassador to the United Nations, defended the idea, arguing that "
                + "it \"doesn't mean we ever trust Russia.\""));
  }

  @Test
  void appositionBetweenNameAndVerb() {
    assertEquals(
        List.of(List.of("Adam Schiff")),
        body(
            "And Adam Schiff, the senior Democrat on the House intelligence committee, said it "
                + "\"would be dangerously naive\"."));
  }

  @Test
  void subjectOfSpeechVerbNotTheNameNearestTheQuote() {
    assertEquals(
        List.of(List.of(), List.of("Donald Trump")),
        body(
            "Donald Trump met Vladimir Putin.",
            "Mr Trump said Mr Putin “vehemently denied” the conclusions."));
  }

  @Test
  void continuedQuoteKeepsItsSpeaker() {
    assertEquals(
        List.of(List.of("Nikki Haley")),
        body("\"We can't trust Russia,\" Nikki Haley said. \"But you keep those closer.\""));
  }

  @Test
  void quoteRunningOnIntoTheNextParagraphKeepsItsSpeaker() {
    assertEquals(
        List.of(List.of("Kim Collins"), List.of("Kim Collins")),
        body(
            "Kim Collins said: \"I'm looking forward to competing.",
            "\"This will be a big year for me.\""));
  }

  @Test
  void showTitleIsNotAQuote() {
    assertEquals(
        List.of(List.of()),
        body(
            "Yet Treasury Secretary Steve Mnuchin defended the plan Sunday on ABC's \"This Week.\""));
  }

  @Test
  void indirectSpeechIsNotAQuote() {
    assertEquals(
        List.of(List.of()),
        body("Russian Foreign Minister Sergey Lavrov said that Vladimir Putin denied the charge."));
  }

  @Test
  void organisationAsSubjectIsNoSpeaker() {
    assertEquals(
        List.of(List.of(), List.of()),
        body(
            "\"We'll look into it,\" the White House said.",
            "\"Nothing has changed,\" Reuters reported, citing officials."));
  }

  @Test
  void unnamedSpokesmanIsNoSpeakerAndStopsTheCarryOver() {
    assertEquals(
        List.of(List.of("Jeff Immelt"), List.of()),
        body(
            "\"We are benefiting from growth,\" said GE's chief executive Jeff Immelt.",
            "\"We are reviewing it,\" a spokeswoman said on Friday."));
  }

  @Test
  void handleResolvesToTheFullNameItSpells() {
    assertEquals(
        List.of(List.of(), List.of("Nikki Haley")),
        body(
            "Nikki Haley spoke on CNN.",
            "UN Ambassador @nikkihaley: \"We can't trust Russia\" #CNNSOTU"));
  }

  @Test
  void handleAloneIsNoName() {
    assertEquals(List.of(List.of()), body("@someone: \"We can't trust Russia\""));
  }

  @Test
  void embeddedTweetThreadGoesToItsAuthor() {
    assertEquals(
        List.of(List.of("Donald Trump"), List.of("Donald Trump"), List.of("Donald Trump")),
        body(
            "Donald Trump failed to say more, instead tweeting, \"I've already given my opinion.\"",
            "I strongly pressed President Putin twice about Russian meddling in our election.....",
            "...We negotiated a ceasefire in parts of Syria which will save lives."));
  }

  @Test
  void firstPersonParagraphWithNoSpeakerBeforeIsNobodys() {
    assertEquals(
        List.of(List.of(), List.of()),
        body(
            "Robert Kilroy-Silk has left the party.",
            "I think that his views are shared by many."));
  }

  @Test
  void noQuoteMeansNoSpeakers() {
    assertEquals(
        List.of(List.of(), List.of()),
        body(
            "Republican leaders responded to the tweets on Sunday morning.",
            "He went on to say that he thinks the president is doing a good job."));
  }

  @Test
  void emptyAndOddInputNeverThrows() {
    assertEquals(List.of(), ATTRIBUTOR.attributeOrThrow(List.of()));
    assertEquals(
        List.of(ParagraphAttribution.NONE, ParagraphAttribution.NONE, ParagraphAttribution.NONE),
        ATTRIBUTOR.attributeOrThrow(List.of("", "   ", "\u0000\uFFFF\uD800 “‘’”\"' @ # … .. ,")));
  }

  @Test
  void hugeParagraphIsHandled() {
    String sentence = "\"It's fine,\" he said, and Mr Smith told “them” that ‘it’ was – ";
    String huge = sentence.repeat(20_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> assertEquals(2, ATTRIBUTOR.attributeOrThrow(List.of("Headline", huge)).size()));
  }

  @RepeatedTest(50)
  void randomTextNeverThrows(RepetitionInfo info) {
    var random = new Random(info.getCurrentRepetition());
    String alphabet =
        "aB Mr. said “”‘’\"'@#:,—…\n Smith he she the Sen. J. al-x O'Neil \u00e9\u0301\uD83D\uDE00";
    var paragraphs = new ArrayList<String>();
    for (int p = 0; p < 6; p++) {
      var sb = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        int at = random.nextInt(alphabet.length() - 1);
        sb.append(alphabet, at, at + 1 + random.nextInt(2));
      }
      paragraphs.add(sb.toString());
    }
    assertEquals(paragraphs.size(), ATTRIBUTOR.attributeOrThrow(paragraphs).size());
  }

  @Test
  void concurrentCallsGiveTheSameAnswers() {
    List<String> article =
        List.of(
            HEADLINE,
            "Sen. Lindsey Graham spoke.",
            "\"It's close,\" Graham said.",
            "\"We can't trust Russia,\" Nikki Haley said.");
    List<List<String>> expected = ATTRIBUTOR.speakersByParagraph(article);
    IntStream.range(0, 200)
        .parallel()
        .forEach(i -> assertEquals(expected, ATTRIBUTOR.speakersByParagraph(article)));
  }
}
