package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgrep.Seeds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgrep quote} and {@code newsgrep speakers} on the sample corpus. */
class QuoteCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUZZFEED = "000_dfce778cabbd327a";
  private static final String PATCH = "001_4f1e5253cac1f45d";
  private static final String INDEPENDENT = "002_b2141d8312e09322";
  private static final String EVENING_STANDARD = "003_a8392587256ebd47";
  private static final String YAHOO = "004_e1176d0ba3182e18";

  @TempDir static Path home;
  private static Cli cli;

  @BeforeAll
  static void projectWithSeeds() {
    Seeds.copyInto(home);
    cli = new Cli(home, Map.of());
    assertEquals(0, cli.run("stats").status());
  }

  private static List<JsonNode> quoteJson(String phrase) throws Exception {
    var result = cli.run("quote", "--json", phrase);
    assertEquals(0, result.status(), phrase + ": " + result.err());
    var hits = new ArrayList<JsonNode>();
    for (String line : result.out().strip().split("\n")) {
      hits.add(JSON.readTree(line));
    }
    return hits;
  }

  private static Set<String> articles(List<JsonNode> hits) {
    var articles = new TreeSet<String>();
    hits.forEach(h -> articles.add(h.get("article").asText()));
    return articles;
  }

  private static Set<String> speakers(List<JsonNode> hits) {
    var speakers = new TreeSet<String>();
    hits.forEach(h -> speakers.add(h.get("speaker").asText()));
    return speakers;
  }

  @Test
  void grahamQuoteIsFoundInAllFiveArticlesWhateverTheirWording() throws Exception {
    List<JsonNode> hits = quoteJson("not the dumbest idea I have ever heard");
    assertEquals(Set.of(BUZZFEED, PATCH, INDEPENDENT, EVENING_STANDARD, YAHOO), articles(hits));
    assertEquals(Set.of("Lindsey Graham"), speakers(hits));
  }

  @Test
  void haleyLineIsFoundInEveryArticleThatCarriesIt() throws Exception {
    List<JsonNode> hits = quoteJson("we won't ever trust Russia");
    assertEquals(Set.of(BUZZFEED, INDEPENDENT, YAHOO), articles(hits));
    assertEquals(Set.of("Nikki Haley"), speakers(hits));
  }

  @Test
  void rubioLineIsFoundInEveryArticleThatCarriesIt() throws Exception {
    List<JsonNode> hits = quoteJson("partnering with Assad");
    assertEquals(Set.of(BUZZFEED, INDEPENDENT, EVENING_STANDARD), articles(hits));
    assertEquals(Set.of("Marco Rubio"), speakers(hits));
  }

  @Test
  void jsonHitCarriesTheQuoteItsSpeakerAndTheMatchInsideIt() throws Exception {
    for (JsonNode hit : quoteJson("we won't ever trust Russia")) {
      String text = hit.get("text").asText();
      String quote = hit.get("quote").asText();
      JsonNode span = hit.get("highlights").get(0);
      String matched = text.substring(span.get(0).asInt(), span.get(1).asInt());
      assertTrue(quote.contains(matched), hit.toString());
      String folded = matched.toLowerCase(Locale.ROOT).replace('’', '\'');
      // the whole phrase, or (in "it doesn't mean we ever trust Russia") all but one word of it
      assertTrue(folded.startsWith("we ") && folded.endsWith("ever trust russia"), matched);
      assertTrue(hit.has("score") && hit.has("speakers") && hit.has("title"), hit.toString());
    }
  }

  @Test
  void commaAndContractionDifferencesStillMatch() throws Exception {
    List<JsonNode> hits = quoteJson("I've ever heard but it is pretty close");
    assertEquals(Set.of(BUZZFEED, PATCH, INDEPENDENT, EVENING_STANDARD, YAHOO), articles(hits));
  }

  @Test
  void oneDroppedOrAddedWordStillMatches() throws Exception {
    assertEquals(5, articles(quoteJson("not the dumbest idea I ever heard")).size(), "dropped");
    assertEquals(5, articles(quoteJson("not the dumbest idea I have heard")).size(), "added");
  }

  @Test
  void droppedContractionCountsAsOneWord() throws Exception {
    assertEquals(5, articles(quoteJson("not the dumbest idea ever heard")).size());
  }

  @Test
  void eachQuotedStretchIsOneHitWithAllItsMatchesAndLimitCountsQuotes() throws Exception {
    var one = cli.run("quote", "--json", "--limit", "1", "trust russia");
    assertEquals(1, one.out().strip().lines().count(), one.out());
    var spans = new TreeSet<String>();
    for (JsonNode hit : quoteJson("trust russia")) {
      String key = hit.get("article").asText() + "#" + hit.get("paragraph") + hit.get("quote_span");
      assertTrue(spans.add(key), "quote listed twice: " + key);
      int start = hit.get("quote_span").get(0).asInt();
      int end = hit.get("quote_span").get(1).asInt();
      for (JsonNode match : hit.get("highlights")) {
        assertTrue(start <= match.get(0).asInt() && match.get(1).asInt() <= end, hit.toString());
      }
    }
  }

  @Test
  void textOutputGroupsBySpeakerAndMarksDifferingWords() {
    var result = cli.run("quote", "--color", "never", "not the dumbest idea I have ever heard");
    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().startsWith("Lindsey Graham · 5 articles"), result.out());
    assertTrue(
        result.out().contains("{+I have+}") || result.out().contains("[-I have-]"), result.out());
  }

  @Test
  void onlyQuotedWordsAreSearched() {
    // "Senator Marco Rubio compared partnering with Putin on cybersecurity" is the writer's words.
    var result =
        cli.run("quote", "--json", "Rubio compared partnering with Putin on cybersecurity");
    assertEquals(1, result.status(), result.out());
  }

  @Test
  void phraseWithNoWordsIsAnError() {
    var result = cli.run("quote", "!!!");
    assertEquals(2, result.status());
    assertEquals("newsgrep: the quote to look up has no words", result.err().strip());
  }

  @Test
  void quoteFieldLimitsASearchToWhatPeopleSaid() throws Exception {
    // Yahoo's "the president has a blind spot" is reported speech; the others quote it.
    var said = cli.run("search", "--json", "--limit", "50", "quote:\"blind spot\"");
    assertEquals(0, said.status(), said.err());
    var anywhere = cli.run("search", "--json", "--limit", "50", "\"blind spot\"");
    assertEquals(3, said.out().lines().count(), said.out());
    assertEquals(4, anywhere.out().lines().count(), anywhere.out());
    assertTrue(!said.out().contains(YAHOO), said.out());
  }

  @Test
  void speakersListsPeopleWithCountsOutletsAndVariants() throws Exception {
    var result = cli.run("speakers", "--json");
    assertEquals(0, result.status(), result.err());
    JsonNode graham = null;
    JsonNode mnuchin = null;
    for (String line : result.out().strip().split("\n")) {
      JsonNode speaker = JSON.readTree(line);
      if (speaker.get("name").asText().equals("Lindsey Graham")) {
        graham = speaker;
      }
      if (speaker.get("name").asText().endsWith("Mnuchin")) {
        assertEquals(null, mnuchin, "one Mnuchin, not two: " + result.out());
        mnuchin = speaker;
      }
    }
    assertTrue(graham != null, result.out());
    assertEquals(5, graham.get("articles").asInt());
    assertTrue(graham.get("outlets").toString().contains("Yahoo News"), graham.toString());
    assertTrue(mnuchin != null && mnuchin.get("variants").size() == 2, String.valueOf(mnuchin));
  }

  @Test
  void speakerFullNameFindsArticlesThatPrintOnlyTheSurname() throws Exception {
    var full = cli.run("search", "--json", "--limit", "100", "speaker:\"donald trump\"");
    var surname = cli.run("search", "--json", "--limit", "100", "speaker:trump");
    assertEquals(surname.out().lines().count(), full.out().lines().count(), full.out());
    assertTrue(full.out().contains(PATCH), "Patch prints only 'Trump'");
  }
}
