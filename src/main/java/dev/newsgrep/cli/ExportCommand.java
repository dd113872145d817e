package dev.newsgrep.cli;

import dev.newsgrep.NewsIndex;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgrep export}: every paragraph as JSON Lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    description = {
      "Print every paragraph of the index as JSON Lines, ordered by article and paragraph.",
      "Each object has the keys article, paragraph, title, outlet, speakers, text, url, date.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsgrep export > paragraphs.jsonl",
      "  newsgrep export | jq -r 'select(.speakers | length > 0) | .text'",
      "",
      "Exit status: 0 exported, 1 the index is empty, 2 error."
    })
final class ExportCommand implements Callable<Integer> {
  /** How many lines between checks that the reader is still there. */
  private static final int CHECK_EVERY = 512;

  /** Stops the export when nobody reads it any more ({@code newsgrep export | head}). */
  private static final class OutputGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputGone() {
      super(null, null, false, false);
    }
  }

  @ParentCommand NewsgrepCommand top;
  @Spec CommandSpec spec;
  @Mixin IndexOption indexOption;

  @Option(
      names = "--json",
      description = "JSON Lines (the default and only format; accepted for symmetry with search).")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var count = new AtomicLong();
    try (NewsIndex index = indexOption.openForSearch(top, spec.commandLine().getErr())) {
      index.forEachParagraph(
          p -> {
            JsonLines.print(out, JsonLines.paragraph(p));
            if (count.incrementAndGet() % CHECK_EVERY == 0 && out.checkError()) {
              throw new OutputGone();
            }
          });
    } catch (OutputGone e) {
      return ExitCodes.ERROR;
    }
    return count.get() > 0 ? ExitCodes.FOUND : ExitCodes.NOTHING_FOUND;
  }
}
