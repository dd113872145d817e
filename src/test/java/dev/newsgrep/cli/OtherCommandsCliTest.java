package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgrep.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index}, {@code show}, {@code export} and {@code stats} through the real entry point. */
class OtherCommandsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private static Cli cli;
  private static String index;

  @BeforeAll
  static void indexSeeds() {
    Path seeds = Seeds.copyInto(work);
    cli = new Cli(work.resolve("home"), Map.of());
    index = work.resolve("idx").toString();
    var result = cli.run("index", "--index", index, seeds.toString());
    assertEquals(0, result.status(), result.err());
  }

  @Test
  void indexSummarySaysWhatItDid() {
    var result = cli.run("index", "--index", work.resolve("other").toString(), "seeds");
    assertTrue(result.err().contains("indexed 5 articles"), result.err());
    assertTrue(result.err().contains("0 skipped"), result.err());
  }

  @Test
  void indexingTheSameFolderTwiceKeepsTheSameCounts() throws Exception {
    String folder = work.resolve("twice").toString();
    cli.run("index", "--index", folder, "seeds");
    String first = cli.run("stats", "--json", "--index", folder).out();
    cli.run("index", "--index", folder, "seeds");
    String second = cli.run("stats", "--json", "--index", folder).out();
    assertEquals(first, second);
    assertEquals(5, JSON.readTree(first).get("articles").asInt());
  }

  @Test
  void indexReportsSkippedFilesWithWhy() throws Exception {
    Path folder = Files.createDirectories(work.resolve("mixed"));
    Files.writeString(folder.resolve("good.txt"), "Headline\n\nA paragraph.\n");
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    var result =
        cli.run("index", "--index", work.resolve("mixed-idx").toString(), folder.toString());
    assertEquals(0, result.status(), result.err());
    assertTrue(result.err().contains("skipped " + folder.resolve("empty.txt")), result.err());
    assertTrue(result.err().contains("1 skipped"), result.err());
  }

  @Test
  void manifestAndJsonLinesMetadataReachSearchResults() throws Exception {
    Path folder = Files.createDirectories(work.resolve("feeds"));
    Files.writeString(folder.resolve("story.txt"), "Dam opens\n\nThe new dam opened on Tuesday.\n");
    Files.writeString(
        folder.resolve("manifest.tsv"),
        "file\toutlet\turl\tdate\nstory.txt\tRiver Times\thttps://example.org/dam\t2024-03-05\n");
    Files.writeString(
        folder.resolve("wire.jsonl"),
        "{\"id\":\"w1\",\"title\":\"Bridge closes\",\"text\":\"The old bridge closed.\\n\\nTraffic moved to the dam road.\",\"outlet\":\"Wire Service\"}\n"
            + "{not json}\n");
    String idx = work.resolve("feeds-idx").toString();
    var indexed = cli.run("index", "--index", idx, folder.toString());
    assertEquals(0, indexed.status(), indexed.err());
    assertTrue(indexed.err().contains("line 2"), indexed.err());

    JsonNode dam =
        JSON.readTree(cli.run("search", "--json", "--index", idx, "outlet:\"river times\"").out());
    assertEquals("story", dam.get("article").asText());
    assertEquals("https://example.org/dam", dam.get("url").asText());
    assertEquals("2024-03-05", dam.get("date").asText());

    var wire = cli.run("search", "--json", "--index", idx, "traffic");
    JsonNode hit = JSON.readTree(wire.out());
    assertEquals("w1", hit.get("article").asText());
    assertEquals(2, hit.get("paragraph").asInt());
    assertEquals("Wire Service", hit.get("outlet").asText());
    assertEquals("Bridge closes", hit.get("title").asText());
  }

  @Test
  void sameIdFromAnotherFolderInALaterRunIsReported() throws Exception {
    Path first = Files.createDirectories(work.resolve("first"));
    Path second = Files.createDirectories(work.resolve("second"));
    Files.writeString(first.resolve("story.txt"), "First\n\nFrom the first folder.\n");
    Files.writeString(second.resolve("story.txt"), "Second\n\nFrom the second folder.\n");
    String idx = work.resolve("clash-idx").toString();
    assertEquals(0, cli.run("index", "--index", idx, first.toString()).status());
    var again = cli.run("index", "--index", idx, first.toString());
    assertFalse(again.err().contains("replaced"), "same file again is no clash: " + again.err());
    var clash = cli.run("index", "--index", idx, second.toString());
    assertEquals(0, clash.status(), clash.err());
    assertTrue(
        clash
            .err()
            .contains("replaced article story from " + first.resolve("story.txt").toAbsolutePath()),
        clash.err());
  }

  @Test
  void indexOfAMissingPathIsAnError() {
    var result = cli.run("index", "--index", index, "no/such/folder");
    assertEquals(2, result.status());
    assertEquals("newsgrep: no such file or folder: no/such/folder", result.err().strip());
  }

  @Test
  void showPrintsAParagraphWithItsNeighbours() {
    var result = cli.run("show", "--index", index, "--color", "never", "000_dfce778cabbd327a#23");
    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().contains("> #23"), result.out());
    assertTrue(result.out().contains("  #22"), result.out());
    assertTrue(result.out().contains("  #24"), result.out());
    assertFalse(result.out().contains("#25"), result.out());
  }

  @Test
  void showJsonRoundTripsTheOriginalText() throws Exception {
    var result = cli.run("show", "--index", index, "--json", "004_e1176d0ba3182e18#9");
    assertEquals(0, result.status(), result.err());
    String original = Files.readString(Path.of("seeds/004_e1176d0ba3182e18.txt"));
    for (String line : result.out().strip().split("\n")) {
      JsonNode paragraph = JSON.readTree(line);
      assertTrue(original.contains(paragraph.get("text").asText()), line);
    }
  }

  @Test
  void showOfAnUnknownArticleExitsOne() {
    assertEquals(1, cli.run("show", "--index", index, "nope").status());
    assertEquals(1, cli.run("show", "--index", index, "000_dfce778cabbd327a#999").status());
    assertEquals(2, cli.run("show", "--index", index, "000_dfce778cabbd327a#x").status());
  }

  @Test
  void exportPrintsEveryParagraphAsJson() throws Exception {
    var result = cli.run("export", "--index", index);
    assertEquals(0, result.status(), result.err());
    var stats = JSON.readTree(cli.run("stats", "--json", "--index", index).out());
    String[] lines = result.out().strip().split("\n");
    assertEquals(stats.get("paragraphs").asInt(), lines.length);
    JsonNode first = JSON.readTree(lines[0]);
    assertEquals("000_dfce778cabbd327a", first.get("article").asText());
    assertEquals(0, first.get("paragraph").asInt());
  }

  @Test
  void statsCountsArticlesOutletsAndSpeakers() throws Exception {
    var stats = JSON.readTree(cli.run("stats", "--json", "--index", index).out());
    assertEquals(5, stats.get("articles").asInt());
    assertTrue(stats.get("outlets").has("Yahoo News"), stats.toString());
    assertTrue(stats.get("speakers").has("Lindsey Graham"), stats.toString());
  }

  @Test
  void helpHasExamples() {
    var result = cli.run("search", "--help");
    assertEquals(0, result.status());
    assertTrue(result.out().contains("Examples:"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    var result = cli.run("search", "--frobnicate", "x");
    assertEquals(2, result.status());
    assertTrue(result.err().startsWith("newsgrep: Unknown option"), result.err());
  }
}
