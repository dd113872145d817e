package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One made-up case for each attribution rule, so each stays general and stays working. */
class AttributionRulesTest {
  private static final SpeakerAttributor ATTRIBUTOR = SpeakerAttributor.loadDefault();

  /** Speakers of each body paragraph, after a neutral headline. */
  private static List<List<String>> body(String... paragraphs) {
    var all = new ArrayList<String>();
    all.add("Council votes on the plan");
    all.addAll(List.of(paragraphs));
    return ATTRIBUTOR.speakersByParagraph(all).subList(1, all.size());
  }

  @Test
  void councillorIsATitleNotPartOfTheName() {
    assertEquals(
        List.of(List.of("Jane Porter")),
        body("Councillor Jane Porter said the plan was \"dangerously naive.\""));
  }

  @Test
  void britishSingleQuotesAndAJokedVerb() {
    assertEquals(
        List.of(List.of(), List.of("Tom Reeves")),
        body(
            "Mayor Tom Reeves spoke on Monday.",
            "‘We’ll see what happens,’ he joked. ‘It’s a long road,’ he continued."));
  }

  @Test
  void participleSharesTheSubjectOfTheSpeechVerbBeforeIt() {
    assertEquals(
        List.of(List.of(), List.of("Tom Reeves")),
        body(
            "Mayor Tom Reeves spoke after Jane Porter.",
            "Ms Porter has failed to tackle the deficit, he claimed, saying she had the \"wrong "
                + "solution\" to it."));
  }

  @Test
  void participleRightAfterANameTakesThatName() {
    assertEquals(
        List.of(List.of("Mark Dunn")),
        body(
            "Ferguson missed the match, with club boss Mark Dunn claiming it had been an "
                + "\"emotional and difficult time\" for him."));
  }

  @Test
  void descriptionAfterTheVerbTakesTheNameInApposition() {
    assertEquals(
        List.of(List.of(), List.of("Barry Sheldon")),
        body(
            "Ruth Kemp had suggested the exams should stay.",
            "\"It will be a tragedy,\" said the chairman of the Commons education committee, "
                + "Labour MP Barry Sheldon."));
  }

  @Test
  void longAppositionBetweenQuoteAndVerb() {
    assertEquals(
        List.of(List.of("Aaron Levi")),
        body(
            "Prince Harry should see for himself \"the results of what he chose to wear\", Rabbi "
                + "Aaron Levi, founder of the Levi Centre for human rights, said."));
  }

  @Test
  void nameAndVerbOpeningANewSentenceAfterAFullStopReportSomethingElse() {
    assertEquals(
        List.of(List.of(), List.of("Tom Reeves")),
        body(
            "Tom Reeves and Jane Porter clashed in the chamber.",
            "Mr Reeves said: \"She says the budget is a mess.\" Ms Porter retorted voters "
                + "remembered the record of the council."));
  }

  @Test
  void shortSentenceAfterAFullStopStillAttributes() {
    assertEquals(
        List.of(List.of("Jane Porter")),
        body("\"We have the numbers.\" Jane Porter said on Monday."));
  }

  @Test
  void passiveSpeechVerbDoesNotNameTheSpeaker() {
    assertEquals(
        List.of(List.of("Kate Tyler")),
        body(
            "Dr Kate Tyler described the action taken as revealed by the report as \"too "
                + "little, too late\"."));
  }

  @Test
  void personActingAsSubjectOwnsAPartialQuote() {
    assertEquals(
        List.of(List.of("Jane Reed")),
        body("Jane Reed has dismissed the plan as \"a fantasy of the left\"."));
  }

  @Test
  void passiveOrAdvisedSubjectDoesNotOwnTheQuote() {
    assertEquals(
        List.of(List.of(), List.of(), List.of()),
        body(
            "Jane Reed was branded \"a traitor to the cause\" by her colleagues.",
            "Tom Lee should \"stick to his guns\" and not apologise.",
            "Centre Tom Parker has only a \"slim chance\" of playing."));
  }

  @Test
  void quoteInAHeadlineIsAClaimNotTheSubjectsWords() {
    assertEquals(
        List.of(List.of(), List.of()),
        ATTRIBUTOR.speakersByParagraph(
            List.of("Reeves 'to quit as mayor'", "Tom Reeves is expected to step down.")));
  }

  @Test
  void addedWithANumberIsNoSpeechSoThePronounFindsTheCoach() {
    assertEquals(
        List.of(List.of(), List.of("Warren Gale")),
        body(
            "Mark Visser added 18 points. Director of rugby Warren Gale revealed that harsh "
                + "words at half-time inspired the side.",
            "\"They got a roasting,\" he said."));
  }

  @Test
  void pronounPrefersTheSubjectOverANameInASubordinateClause() {
    assertEquals(
        List.of(List.of("Colin Clarkson")),
        body(
            "The Lib Dem leader said it was a \"good opportunity\" to ask, but Mr Colin Clarkson "
                + "said he had backed the plans when Mr Dan Bunting argued for them. \"ID cards "
                + "make us safer,\" he said."));
  }

  @Test
  void pronounTakesTheLaterSpeakerOfThePreviousParagraph() {
    assertEquals(
        List.of(List.of("Ann Hughes"), List.of("Tom Milburn")),
        body(
            "Ms Ann Hughes said: \"They have lost people's confidence.\" Mr Tom Milburn told the "
                + "radio that he wanted more mobility.",
            "Pressed on benefits, he said the system must \"provide the right incentives\"."));
  }

  @Test
  void appositionBeforeTheVerbMakesTheSpeakerForLaterPronouns() {
    assertEquals(
        List.of(List.of(), List.of("Peter Nolan")),
        body(
            "John Hewson was suspended on Friday.",
            "Peter Nolan, who is the party's chairman, said he had suspended Mr Hewson. He "
                + "added: \"I can't comment too much at the moment.\""));
  }

  @Test
  void titleOfAPlaceIsNoName() {
    assertEquals(
        List.of(List.of(), List.of()),
        body(
            "The Archbishop of Canterbury said: \"I am pleased for them.\"",
            "The Duke of Kent said the news had made him \"very happy\"."));
  }

  @Test
  void firstPersonParagraphsAreReaderCommentsWhereNoPostIsPresented() {
    assertEquals(
        List.of(List.of("Fred Forster"), List.of()),
        body(
            "I agree with what Mr Fred Forster has said about \"the new terrorism\" and its "
                + "\"threat\" to us.",
            "I accept the intentions of these policies but I cannot think of an example."));
  }

  @Test
  void firstPersonParagraphAfterATweetingSpeakerIsTheirPost() {
    assertEquals(
        List.of(List.of("Dana Rook"), List.of("Dana Rook")),
        body(
            "Dana Rook answered critics, tweeting: \"I've given my opinion.\"",
            "I pressed them twice about it. They denied it. I have nothing more to add."));
  }

  @Test
  void nicknameVariantsInOneArticleAreOnePerson() {
    assertEquals(
        List.of(List.of("Steven Baker"), List.of("Steven Baker")),
        body(
            "\"It's a step forward,\" Treasury Secretary Steven Baker said.",
            "\"It's a good deal,\" Steve Baker added."));
  }

  @Test
  void objectOfToldIsTheListenerNotASpeaker() {
    assertEquals(
        List.of(List.of("Ann Weller")),
        body(
            "\"Rates will rise,\" Ann Weller, an economist at Harbour Bank, told Kestrel Wire. "
                + "\"The impact will be large,\" she said."));
  }

  @Test
  void nameQualifyingARoleIsNotTheSubjectAPronounRefersTo() {
    assertEquals(
        List.of(List.of("Ian Cole")),
        body(
            "Kestrel Rovers manager Ian Cole conceded his team deserved nothing. \"We were "
                + "poor,\" he said."));
  }

  @Test
  void organisationNamedAfterACueIsNoSpeakerAnywhereInTheArticle() {
    assertEquals(
        List.of(List.of(), List.of()),
        body(
            "Staff at the software firm Kestrel Data were sent home.",
            "Kestrel Data said: \"We are sorry for the delay.\""));
  }

  @Test
  void quotedNounPhraseAfterAnArticleIsATermNotTheSubjectsWords() {
    assertEquals(
        List.of(List.of()), body("Ann Lee calls it an \"alarming development\" for the town."));
  }

  @Test
  void thingAfterAPossessiveDeterminerIsNoAntecedent() {
    assertEquals(
        List.of(List.of(), List.of(), List.of("Paul Amery")),
        body(
            "Bishop Paul Amery spoke on Friday.",
            "He will repeat the call at his Harvest Vigil.",
            "\"Peace is possible,\" he said."));
  }

  @Test
  void descriptionFindsItsTitleFarBack() {
    assertEquals(
        List.of(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of("Luis Ortega")),
        body(
            "Cardinal Luis Ortega spoke at the cathedral on Sunday.",
            "The service was crowded.",
            "Hundreds queued outside.",
            "The choir sang for an hour.",
            "Candles were lit at the end.",
            "The doors closed at noon.",
            "\"Peace is possible,\" the cardinal said."));
  }

  @Test
  void peerIsNamedWithTheTitleUnlessTheArticleGivesTheFullName() {
    assertEquals(
        List.of(List.of("Lord Pembury"), List.of("Baroness Quarrie")),
        body(
            "Lord Pembury said: \"The bill is flawed.\"",
            "Baroness Quarrie agreed. Lady Quarrie said: \"It is.\""));
    assertEquals(
        List.of(List.of(), List.of("Tom Pembury")),
        body("Tom Pembury, now a peer, spoke.", "Lord Pembury said: \"The bill is flawed.\""));
  }
}
