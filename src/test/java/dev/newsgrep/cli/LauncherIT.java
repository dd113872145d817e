package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher {@code ./newsgrep} run as a user runs it: a separate process, output piped. */
class LauncherIT {
  @TempDir Path work;

  record Run(int status, String out, String err) {}

  private Run newsgrep(String... args) throws IOException, InterruptedException {
    return newsgrepWritingTo(work.resolve("out.txt"), args);
  }

  private Run newsgrepWritingTo(Path out, String... args) throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    command.add(Path.of("newsgrep").toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path err = work.resolve("err.txt");
    var process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "newsgrep did not finish");
    return new Run(
        process.exitValue(),
        Files.isRegularFile(out) ? Files.readString(out, StandardCharsets.UTF_8) : "",
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void indexThenSearchFromTheShell() throws Exception {
    String index = work.resolve("index").toString();
    Run indexed = newsgrep("index", "--index", index, "seeds");
    assertEquals(0, indexed.status(), indexed.err());
    assertTrue(indexed.err().contains("indexed 5 articles"), indexed.err());

    Run found = newsgrep("search", "--index", index, "dumbest idea");
    assertEquals(0, found.status(), found.err());
    assertTrue(found.out().contains("**dumbest idea**"), found.out());
    assertFalse(found.out().contains("\u001b["), "no colour when piped");

    Run nothing = newsgrep("search", "--index", index, "xylophone");
    assertEquals(1, nothing.status());

    Run malformed = newsgrep("search", "--index", index, "\"unclosed");
    assertEquals(2, malformed.status());
    assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
  }

  @Test
  void exportKeepsThePoundSignOfBbcArticles() throws Exception {
    String index = work.resolve("bbc").toString();
    Run indexed = newsgrep("index", "--index", index, "../shared/corpora/bbc/politics");
    assertEquals(0, indexed.status(), indexed.err());
    Run exported = newsgrep("export", "--index", index);
    assertEquals(0, exported.status(), exported.err());
    assertTrue(exported.out().contains("£"), "£ survives export");
    assertFalse(exported.out().contains("Â£"), "no mojibake");
  }

  @Test
  void outputThatCannotBeWrittenIsAnError() throws Exception {
    String index = work.resolve("index").toString();
    assertEquals(0, newsgrep("index", "--index", index, "seeds").status());
    Run full = newsgrepWritingTo(Path.of("/dev/full"), "export", "--index", index);
    assertEquals(2, full.status(), full.err());
    assertTrue(full.err().startsWith("newsgrep: cannot write output"), full.err());
  }

  @Test
  void everyCommandHasHelpWithExamples() throws Exception {
    for (String command : List.of("search", "index", "show", "export", "stats")) {
      Run help = newsgrep(command, "--help");
      assertEquals(0, help.status(), command);
      assertTrue(help.out().contains("Examples:"), command + ": " + help.out());
    }
  }

  @Test
  void missingIndexIsAClearError() throws Exception {
    Run run = newsgrep("search", "--index", work.resolve("none").toString(), "russia");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("newsgrep: no index at"), run.err());
  }
}
