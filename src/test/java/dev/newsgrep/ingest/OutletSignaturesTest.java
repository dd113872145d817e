package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletSignaturesTest {

  private static final OutletSignatures SIGNATURES = OutletSignatures.loadDefault();

  /** An article whose body is some story text with {@code paragraph} in the middle. */
  private static Article storyWith(String paragraph) {
    var body = new ArrayList<String>();
    body.add("The council met on Tuesday to discuss the budget.");
    body.add(paragraph);
    body.add("The vote is expected next week.");
    return Article.of("t", "Council debates budget", body);
  }

  private static Optional<String> infer(String paragraph) {
    return SIGNATURES.infer(storyWith(paragraph));
  }

  @Test
  void seedsWithoutManifestGetTheOutletTheyPrintAndNoOther() {
    Map<String, String> outlets = new TreeMap<>();
    for (Article article : TestFiles.readAll(CorpusScanner.scan(List.of(TestFiles.SEEDS)))) {
      outlets.put(article.id(), String.valueOf(article.outlet()));
    }
    assertEquals(
        Map.of(
            "000_dfce778cabbd327a", "BuzzFeed News",
            "001_4f1e5253cac1f45d", "Patch",
            "002_b2141d8312e09322", "null",
            "003_a8392587256ebd47", "null",
            "004_e1176d0ba3182e18", "Yahoo News"),
        outlets);
  }

  @Test
  void ordinaryBbcTextNamesNoOutlet() {
    // The BBC files carry no sign-off, only mentions such as "told the BBC" or "BBC Radio 4".
    List<String> inferred =
        TestFiles.readAll(CorpusScanner.scan(List.of(TestFiles.BBC))).stream()
            .filter(a -> a.outlet() != null)
            .map(a -> a.id() + " -> " + a.outlet())
            .toList();
    assertEquals(List.of(), inferred);
  }

  @Test
  void bbcFileWithItsOwnSignOffIsBbcNews() {
    Article bbc = TestFiles.article(TestFiles.BBC.resolve("politics/001.txt"));
    var body = new ArrayList<>(bbc.paragraphs());
    body.add("Story from BBC NEWS:");
    body.add("© BBC MMV");
    assertEquals(
        Optional.of("BBC News"), SIGNATURES.infer(Article.of(bbc.id(), bbc.title(), body)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.            | Reuters
          LONDON, March 3 (Reuters) - Shares fell.                           | Reuters
          (Reporting by Jane Doe; Editing by John Roe)                       | Reuters
          NEW YORK (AP) — A fire broke out early Sunday.                     | The Associated Press
          Copyright 2017 The Associated Press. All rights reserved.          | The Associated Press
          Associated Press writer Jill Colvin contributed to this report.   | The Associated Press
          PARIS (AFP) - France said on Monday.                               | AFP
          Washington (CNN)The White House said on Monday.                    | CNN
          CNN's Jake Tapper and Dana Bash contributed to this report.       | CNN
          BEIJING (Xinhua) -- China's economy grew.                          | Xinhua
          © 2005 BBC                                                         | BBC News
          Copyright 2021 NPR. To see more, visit https://www.npr.org.       | NPR
          This is a developing story. Check back for updates and follow BuzzFeed News on Twitter. | BuzzFeed News
          Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts. | Patch
          Find out what's happening in Springfield with the latest updates from Patch. | Patch
          Read more from Yahoo News:                                        | Yahoo News
          This story originally appeared in The Atlantic.                    | The Atlantic
          This article is republished from The Conversation under a Creative Commons license. | The Conversation
          Sign up for The Washington Post's Politics newsletter.            | The Washington Post
          Write to Jane Doe at jane.doe@wsj.com                             | The Wall Street Journal
          © The Financial Times Limited 2023. All rights reserved.          | Financial Times
          Follow The Hill on Facebook and Twitter.                          | The Hill
          CLICK HERE TO GET THE FOX NEWS APP                                 | Fox News
          Fox News Digital has reached out to the White House for comment.  | Fox News
          Reuters could not immediately verify the report.                   | Reuters
          Download the Sky News app for the latest updates.                 | Sky News
          A version of this article appears in print on July 10, 2017, Section A, Page 1 of the New York edition with the headline: Trump Backs Off. | The New York Times
          To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net | Bloomberg
          Copyright © 2023 Guardian News & Media Limited                   | The Guardian
          """)
  void signatureOfEachKindNamesItsOutlet(String paragraph, String outlet) {
    assertEquals(Optional.of(outlet), infer(paragraph));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mr Trump and Mr Putin met for the first time: REUTERS/Carlos Barria",
        "Nikki Haley defended the idea (Bebeto Matthews/AP)",
        "Photo by BPA via Getty Images",
        "Two officials told the Washington Post on Saturday that Russia was behind the attacks.",
        "Haley was asked about the tweets on CNN's State of the Union.",
        "Mnuchin insisted to ABC News' This Week that Trump was focused.",
        "Photo illustration: Yahoo News; photos: AP, Getty",
        "According to The Associated Press, the vote was delayed.",
        "Michael Bloomberg did not confirm whether he would run.",
        "He told the BBC's Today programme that he would not resign.",
        "The report, first published by Reuters, said the talks had stalled.",
        "Shares in Reuters and the Financial Times owner Pearson rose.",
        "He spent ten years at The New York Times before joining the campaign.",
      })
  void mentionsAndPhotoCreditsAreNoSignature(String paragraph) {
    assertEquals(Optional.empty(), infer(paragraph));
  }

  @Test
  void headlineIsNotSearched() {
    Article article = Article.of("t", "Follow BuzzFeed News on Twitter", List.of("Plain text."));
    assertEquals(Optional.empty(), SIGNATURES.infer(article));
  }

  @Test
  void datelineCountsOnlyNearTheTop() {
    var body = new ArrayList<String>();
    for (int i = 0; i < 6; i++) {
      body.add("Paragraph " + i + " of the story.");
    }
    body.add("LONDON (Reuters) - An older wire story quoted at length.");
    assertEquals(Optional.empty(), SIGNATURES.infer(Article.of("t", "Title", body)));
  }

  @Test
  void outletWithMostSignaturesWins() {
    Article article =
        Article.of(
            "t",
            "Title",
            List.of(
                "NEW YORK (AP) — The story begins.",
                "Follow CNN on Twitter.",
                "Copyright 2020 The Associated Press. All rights reserved."));
    assertEquals(Optional.of("The Associated Press"), SIGNATURES.infer(article));
  }

  @Test
  void dataFileCoversTheMajorOutlets() {
    List<String> outlets = SIGNATURES.outlets();
    assertTrue(outlets.size() >= 40, "only " + outlets.size());
    for (String expected :
        List.of(
            "Reuters",
            "The Associated Press",
            "AFP",
            "BBC News",
            "CNN",
            "Fox News",
            "NBC News",
            "CBS News",
            "ABC News",
            "NPR",
            "The New York Times",
            "The Washington Post",
            "The Wall Street Journal",
            "USA Today",
            "Los Angeles Times",
            "The Guardian",
            "The Independent",
            "The Telegraph",
            "The Times",
            "Financial Times",
            "Bloomberg",
            "Politico",
            "The Hill",
            "Axios",
            "HuffPost",
            "BuzzFeed News",
            "Vox",
            "Business Insider",
            "Yahoo News",
            "Patch",
            "Newsweek",
            "Time",
            "The Atlantic",
            "Al Jazeera",
            "Sky News",
            "Daily Mail",
            "The Irish Times",
            "ABC (Australia)",
            "CBC News",
            "Deutsche Welle",
            "The Economist")) {
      assertTrue(outlets.contains(expected), expected);
    }
  }

  @Test
  void malformedDataRowIsReportedWithLineNumber() {
    var rows =
        DataFile.parse(
            "test.tsv", List.of("# header", "outlet\tX\tX", "signature\tX\tsomewhere\tfoo"));
    var e = assertThrows(IllegalArgumentException.class, () -> OutletSignatures.fromRows(rows));
    assertEquals("test.tsv line 3: scope must be lead, tail or any, not somewhere", e.getMessage());
  }
}
