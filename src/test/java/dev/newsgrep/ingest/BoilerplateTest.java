package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

  private static final Boilerplate BOILERPLATE = Boilerplate.loadDefault();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Skip to footer",
        "Skip to main content",
        "Advertisement",
        "Topics in this article",
        "What to read next",
        "More from White House",
        "Photo by BPA via Getty Images",
        "Photo illustration: Yahoo News; photos: AP, Getty\n"
            + "Photo illustration: Yahoo News; photos: AP, Getty",
        "The two leaders met at the G20 summit in Hamburg (Evan Vucci/AP)",
        "Mr Trump and Mr Putin met for the first time since the November election: REUTERS/Carlos"
            + " Barria",
        "A protester holds a sign outside the court. (AP Photo/Jane Doe)",
        "Sign up for our morning newsletter.",
        "Find out what's happening in Springfield with the latest updates from Patch.",
        "Get more local news delivered straight to your inbox.",
        "Read more from Yahoo News:",
        "This is a developing story. Check back for updates and follow BuzzFeed News on Twitter.",
        "Politics & Government",
        "Copyright 2017 The Associated Press. All rights reserved.",
        "Follow us on Twitter",
        "Latest-TopNews WorldPolitics",
      })
  void pageChromeCreditsAndNewsletterCallsAreBoilerplate(String paragraph) {
    assertTrue(BOILERPLATE.isBoilerplate(paragraph), paragraph);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Senate passed the bill on Tuesday.",
        "\"We can't trust Russia,\" Haley said.",
        "WATCH: Sen. @LindseyGrahamSC responds to Trump's call to work with Russia",
        "Blackburn v Burnley",
        "Ewood Park",
        "Everton v Manchester United",
        "I",
        "By Sunday night, just hours after suggesting the initiative, Trump appeared to walk back"
            + " the idea.",
        "More in the long run than anyone expected.",
        "Copyright holders say the new rules will hurt musicians.",
      })
  void articleTextIsNotBoilerplate(String paragraph) {
    assertFalse(BOILERPLATE.isBoilerplate(paragraph), paragraph);
  }

  @Test
  void noSeedParagraphWithAQuotedSpeakerIsBoilerplate() throws IOException {
    Map<String, Article> seeds =
        TestFiles.readAll(CorpusScanner.scan(List.of(TestFiles.SEEDS))).stream()
            .collect(Collectors.toMap(Article::id, Function.identity()));
    List<String> rows = Files.readAllLines(TestFiles.GOLD_SPEAKERS, StandardCharsets.UTF_8);
    int checked = 0;
    var failures = new ArrayList<String>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      if (cells.length < 3 || cells[2].isBlank()) {
        continue;
      }
      Article article = seeds.get(cells[0].replaceFirst("\\.txt$", ""));
      String snippet = fold(cells[1]);
      List<String> matching =
          article.numberedParagraphs().stream().filter(p -> fold(p).contains(snippet)).toList();
      if (matching.isEmpty()) {
        failures.add("no paragraph for: " + cells[1]);
      }
      for (String paragraph : matching) {
        checked++;
        if (BOILERPLATE.isBoilerplate(paragraph)) {
          failures.add("boilerplate: " + paragraph);
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(checked > 50, "only " + checked + " gold paragraphs checked");
  }

  @Test
  void seedChromeIsBoilerplate() {
    Map<String, Article> seeds =
        TestFiles.readAll(CorpusScanner.scan(List.of(TestFiles.SEEDS))).stream()
            .collect(Collectors.toMap(Article::id, Function.identity()));
    assertTrue(
        seeds.get("000_dfce778cabbd327a").paragraphs().stream()
            .anyMatch(p -> p.equals("Skip to footer")));
    List<String> flagged =
        seeds.values().stream()
            .flatMap(a -> a.paragraphs().stream())
            .filter(BOILERPLATE::isBoilerplate)
            .toList();
    assertTrue(
        flagged.containsAll(
            List.of("Skip to footer", "Advertisement", "Photo by BPA via Getty Images")));
  }

  @Test
  void lessThanOnePercentOfBbcParagraphsAreBoilerplate() {
    List<String> paragraphs =
        TestFiles.readAll(CorpusScanner.scan(List.of(TestFiles.BBC))).stream()
            .flatMap(a -> a.paragraphs().stream())
            .toList();
    long boilerplate = paragraphs.stream().filter(BOILERPLATE::isBoilerplate).count();
    assertTrue(boilerplate * 100 < paragraphs.size(), boilerplate + " of " + paragraphs.size());
  }

  @Test
  void longParagraphIsNeverBoilerplate() {
    String longText = "Sign up for " + "the council's new scheme for residents ".repeat(12) + ".";
    assertFalse(BOILERPLATE.isBoilerplate(longText));
  }

  /** Folds curly quotes, dashes and runs of white space, as the gold file's checker does. */
  private static String fold(String text) {
    return text.replaceAll("[‘’]", "'")
        .replaceAll("[“”]", "\"")
        .replaceAll("[–—]", "-")
        .replaceAll("[\\s\\u00A0]+", " ")
        .strip();
  }
}
