package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgrep.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgrep search} through the real entry point, on the sample corpus. */
class SearchCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SEED_ARTICLES =
      Set.of(
          "000_dfce778cabbd327a",
          "001_4f1e5253cac1f45d",
          "002_b2141d8312e09322",
          "003_a8392587256ebd47",
          "004_e1176d0ba3182e18");

  @TempDir static Path home;
  private static Cli cli;

  @BeforeAll
  static void projectWithSeeds() {
    Seeds.copyInto(home);
    cli = new Cli(home, Map.of());
  }

  private static List<JsonNode> jsonLines(String out) throws Exception {
    var nodes = new ArrayList<JsonNode>();
    for (String line : out.strip().split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void firstSearchBuildsTheDefaultIndexFromSeeds() {
    var result = cli.run("search", "--color", "never", "dumbest idea");
    assertEquals(0, result.status(), result.err());
    assertTrue(home.resolve("index").toFile().isDirectory());
  }

  @Test
  void dumbestIdeaRanksGrahamParagraphsOfAllFiveArticlesFirst() throws Exception {
    var result = cli.run("search", "--json", "dumbest idea");
    assertEquals(0, result.status(), result.err());
    var articles = new HashSet<String>();
    for (JsonNode hit : jsonLines(result.out())) {
      articles.add(hit.get("article").asText());
      assertTrue(hit.get("text").asText().contains("dumbest idea"), hit.toString());
    }
    assertEquals(SEED_ARTICLES, articles);
  }

  @Test
  void textOutputMarksMatchesWithoutColourWhenAsked() {
    var result = cli.run("search", "--color", "never", "dumbest idea");
    assertTrue(result.out().contains("**dumbest idea**"), result.out());
    assertFalse(result.out().contains("\u001b["), "no escape codes with --color never");
  }

  @Test
  void colourAlwaysUsesEscapeCodes() {
    var result = cli.run("search", "--color", "always", "dumbest idea");
    assertTrue(result.out().contains("\u001b[1;31mdumbest idea\u001b[0m"), result.out());
  }

  @Test
  void noColorEnvironmentTurnsColourOffInAutoMode() {
    var result =
        new Cli(home, Map.of("NO_COLOR", "1", "NEWSGREP_STDOUT_TTY", "1"))
            .run("search", "dumbest idea");
    assertFalse(result.out().contains("\u001b["));
  }

  @Test
  void phraseJsonReturnsOnlyParagraphsWithThePhraseAndExactOffsets() throws Exception {
    var result = cli.run("search", "--json", "\"blind spot\"");
    assertEquals(0, result.status(), result.err());
    List<JsonNode> hits = jsonLines(result.out());
    assertFalse(hits.isEmpty());
    for (JsonNode hit : hits) {
      String text = hit.get("text").asText();
      assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("blind spot"), text);
      assertTrue(hit.get("highlights").size() > 0, hit.toString());
      for (JsonNode span : hit.get("highlights")) {
        String matched = text.substring(span.get(0).asInt(), span.get(1).asInt());
        assertEquals("blind spot", matched.toLowerCase(java.util.Locale.ROOT), hit.toString());
      }
      for (String key :
          List.of("article", "paragraph", "title", "outlet", "speakers", "text", "score")) {
        assertTrue(hit.has(key), key);
      }
    }
  }

  @Test
  void phraseMatchesAcrossNonBreakingSpace() throws Exception {
    var result = cli.run("search", "--json", "\"later sunday\"");
    assertEquals(0, result.status(), result.err());
    List<JsonNode> hits = jsonLines(result.out());
    assertEquals(1, hits.size());
    assertEquals("004_e1176d0ba3182e18", hits.get(0).get("article").asText());
    String text = hits.get(0).get("text").asText();
    JsonNode span = hits.get(0).get("highlights").get(0);
    assertEquals("Later\u00a0Sunday", text.substring(span.get(0).asInt(), span.get(1).asInt()));
  }

  @Test
  void phraseMatchesCurlyAndStraightApostrophes() throws Exception {
    var result = cli.run("search", "--json", "\"can't trust russia\"");
    assertEquals(0, result.status(), result.err());
    var texts = jsonLines(result.out()).stream().map(h -> h.get("text").asText()).toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains("can't trust Russia")), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.contains("can’t trust Russia")), texts.toString());
  }

  @Test
  void speakerSurnameFindsGrahamsQuotedParagraphs() throws Exception {
    var bySurname = cli.run("search", "--json", "--limit", "50", "speaker:graham");
    var byFullName = cli.run("search", "--json", "--limit", "50", "speaker:\"lindsey graham\"");
    assertEquals(0, bySurname.status(), bySurname.err());
    List<JsonNode> hits = jsonLines(bySurname.out());
    assertTrue(hits.size() >= 4, bySurname.out());
    for (JsonNode hit : hits) {
      assertTrue(hit.get("speakers").toString().contains("Lindsey Graham"), hit.toString());
    }
    assertEquals(ids(jsonLines(bySurname.out())), ids(jsonLines(byFullName.out())));
  }

  private static Set<String> ids(List<JsonNode> hits) {
    var ids = new HashSet<String>();
    hits.forEach(h -> ids.add(h.get("article").asText() + "#" + h.get("paragraph").asInt()));
    return ids;
  }

  @Test
  void outletQueryFindsTheYahooArticleWithNoManifest() throws Exception {
    var result = cli.run("search", "--json", "--limit", "100", "outlet:\"Yahoo News\"");
    assertEquals(0, result.status(), result.err());
    List<JsonNode> hits = jsonLines(result.out());
    assertTrue(hits.size() >= 10, result.out());
    for (JsonNode hit : hits) {
      assertEquals("004_e1176d0ba3182e18", hit.get("article").asText());
      assertEquals("Yahoo News", hit.get("outlet").asText());
    }
  }

  @Test
  void pastAThousandMatchesTheCountIsALowerBound(@TempDir Path corpus) throws Exception {
    for (int i = 0; i < 1_100; i++) {
      Files.writeString(
          corpus.resolve("story" + i + ".txt"), "Story " + i + "\n\nA common word, once more.\n");
    }
    Path index = corpus.resolve("index");
    assertEquals(0, cli.run("index", corpus.toString(), "--index", index.toString()).status());
    var many = cli.run("search", "--color", "never", "--index", index.toString(), "common");
    assertEquals(0, many.status(), many.err());
    assertTrue(many.out().strip().endsWith("10 of 1000+ matching paragraphs"), many.out());
    var one = cli.run("search", "--color", "never", "--index", index.toString(), "\"story 7\"");
    assertTrue(one.out().strip().endsWith("1 of 1 matching paragraphs"), one.out());
  }

  @Test
  void nothingFoundExitsOneAndSaysSo() {
    var result = cli.run("search", "xylophone");
    assertEquals(1, result.status());
    assertTrue(result.err().contains("no paragraph matches"), result.err());
    assertEquals("", result.out());
  }

  @Test
  void malformedQueriesExitTwoWithOneLineAndNoStackTrace() {
    for (String query : List.of("\"unclosed", "speaker:", "color:red", "(a OR b")) {
      var result = cli.run("search", query);
      assertEquals(2, result.status(), query);
      assertEquals(1, result.err().strip().lines().count(), result.err());
      assertTrue(result.err().startsWith("newsgrep: "), result.err());
      assertFalse(result.err().contains("Exception"), result.err());
    }
  }

  @Test
  void limitBoundsTheNumberOfHits() throws Exception {
    var result = cli.run("search", "--json", "--limit", "2", "russia");
    assertEquals(2, jsonLines(result.out()).size());
  }

  @Test
  void filtersByOutletAndSpeaker() throws Exception {
    var result =
        cli.run("search", "--json", "--outlet", "yahoo news", "--speaker", "graham", "idea");
    assertEquals(0, result.status(), result.err());
    for (JsonNode hit : jsonLines(result.out())) {
      assertEquals("004_e1176d0ba3182e18", hit.get("article").asText());
    }
  }
}
