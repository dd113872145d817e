package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher {@code ./newsgrep} run as a user runs it: a separate process, output piped. */
class LauncherIT {
  @TempDir Path work;

  private NewsgrepProcess.Run newsgrep(String... args) throws Exception {
    return NewsgrepProcess.run(work, args);
  }

  private NewsgrepProcess.Run newsgrepWritingTo(Path out, String... args) throws Exception {
    return NewsgrepProcess.startWritingTo(out, work.resolve("err.txt"), args).await();
  }

  @Test
  void indexThenSearchFromTheShell() throws Exception {
    String index = work.resolve("index").toString();
    NewsgrepProcess.Run indexed = newsgrep("index", "--index", index, "seeds");
    assertEquals(0, indexed.status(), indexed.err());
    assertTrue(indexed.err().contains("indexed 5 articles"), indexed.err());

    NewsgrepProcess.Run found = newsgrep("search", "--index", index, "dumbest idea");
    assertEquals(0, found.status(), found.err());
    assertTrue(found.out().contains("**dumbest idea**"), found.out());
    assertFalse(found.out().contains("\u001b["), "no colour when piped");

    NewsgrepProcess.Run nothing = newsgrep("search", "--index", index, "xylophone");
    assertEquals(1, nothing.status());

    NewsgrepProcess.Run malformed = newsgrep("search", "--index", index, "\"unclosed");
    assertEquals(2, malformed.status());
    assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
  }

  @Test
  void exportKeepsThePoundSignOfBbcArticles() throws Exception {
    String index = work.resolve("bbc").toString();
    NewsgrepProcess.Run indexed =
        newsgrep("index", "--index", index, "../shared/corpora/bbc/politics");
    assertEquals(0, indexed.status(), indexed.err());
    NewsgrepProcess.Run exported = newsgrep("export", "--index", index);
    assertEquals(0, exported.status(), exported.err());
    assertTrue(exported.out().contains("£"), "£ survives export");
    assertFalse(exported.out().contains("Â£"), "no mojibake");
  }

  @Test
  void outputThatCannotBeWrittenIsAnError() throws Exception {
    String index = work.resolve("index").toString();
    assertEquals(0, newsgrep("index", "--index", index, "seeds").status());
    NewsgrepProcess.Run full = newsgrepWritingTo(Path.of("/dev/full"), "export", "--index", index);
    assertEquals(2, full.status(), full.err());
    assertTrue(full.err().startsWith("newsgrep: cannot write output"), full.err());
  }

  @Test
  void everyCommandHasHelpWithExamples() throws Exception {
    for (String command : List.of("search", "index", "show", "export", "stats")) {
      NewsgrepProcess.Run help = newsgrep(command, "--help");
      assertEquals(0, help.status(), command);
      assertTrue(help.out().contains("Examples:"), command + ": " + help.out());
    }
  }

  @Test
  void missingIndexIsAClearError() throws Exception {
    NewsgrepProcess.Run run =
        newsgrep("search", "--index", work.resolve("none").toString(), "russia");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("newsgrep: no index at"), run.err());
  }
}
