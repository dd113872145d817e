package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article text is untrusted: it never reaches a terminal raw, and JSON carries it exactly. */
class OutputSafetyCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE =
      "Markets \u001b[2J\u001b[31mcrashed\u001b[0m today,\r overwriting \u202eelif.exe and"
          + " \u0007 ringing \u009b bells, \"he said\" \uD83D\uDE00 \\ / done.";

  @TempDir static Path work;
  private static Cli cli;
  private static String index;

  @BeforeAll
  static void indexAHostileArticle() throws Exception {
    Path folder = Files.createDirectories(work.resolve("articles"));
    // A few stray control characters in an ordinary article (a file that is mostly control
    // characters is taken for binary and skipped).
    String ordinary = Files.readString(Path.of("../shared/corpora/bbc/politics/001.txt"));
    Files.writeString(
        folder.resolve("hostile.txt"),
        "Hostile headline\n\n" + HOSTILE + "\n\n" + ordinary,
        StandardCharsets.UTF_8);
    cli = new Cli(work, Map.of());
    index = work.resolve("index").toString();
    var result = cli.run("index", "--index", index, folder.toString());
    assertEquals(0, result.status(), result.err());
  }

  private static void assertNoRawControls(String output) {
    for (char c : output.toCharArray()) {
      boolean allowed = c == '\n' || c == '\t';
      assertFalse(
          !allowed && (Character.isISOControl(c) || c == '\u202e'),
          () -> String.format(Locale.ROOT, "raw U+%04X in output: %s", (int) c, output));
    }
  }

  @Test
  void searchOutputShowsControlSequencesEscaped() {
    var result = cli.run("search", "--index", index, "--color", "never", "ringing");
    assertEquals(0, result.status(), result.err());
    assertNoRawControls(result.out());
    assertTrue(result.out().contains("\\u001b[2J"), result.out());
  }

  @Test
  void colouredSearchOutputHasOnlyItsOwnEscapeCodes() {
    var result = cli.run("search", "--index", index, "--color", "always", "ringing");
    String withoutOwnCodes = result.out().replaceAll("\u001b\\[[0-9;]*m", "");
    assertNoRawControls(withoutOwnCodes);
  }

  @Test
  void showAndQuoteOutputAreEscapedToo() {
    assertNoRawControls(cli.run("show", "--index", index, "--color", "never", "hostile").out());
    assertNoRawControls(cli.run("stats", "--index", index).out());
  }

  @Test
  void jsonCarriesTheTextExactlyAndStaysValid() throws Exception {
    for (String command : new String[] {"search", "export"}) {
      var result =
          command.equals("search")
              ? cli.run("search", "--json", "--index", index, "ringing")
              : cli.run("export", "--index", index);
      assertEquals(0, result.status(), result.err());
      boolean found = false;
      for (String line : result.out().strip().split("\n")) {
        assertNoRawControls(line);
        JsonNode paragraph = JSON.readTree(line);
        if (paragraph.get("paragraph").asInt() == 1) {
          // Exactly the text, line ends read as LF (a lone CR is an old Mac line end).
          assertEquals(HOSTILE.replace('\r', '\n'), paragraph.get("text").asText());
          found = true;
        }
      }
      assertTrue(found, command);
    }
  }
}
