package dev.newsgrep.cli;

import dev.newsgrep.NewsIndex;
import dev.newsgrep.QuoteGroup;
import dev.newsgrep.QuoteHit;
import dev.newsgrep.QuoteResults;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgrep quote PHRASE}: one quote across every outlet that carried it. */
@Command(
    name = "quote",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    description = {
      "Find who said a phrase, and every outlet and article that carried it, in each one's exact"
          + " wording: hits are grouped by speaker, and the words in which an outlet's wording"
          + " differs from the most common one are marked ({+added+} [-missing-], or in colour).",
      "",
      "Only quoted words are searched. The match ignores case, curly vs straight quotes,"
          + " punctuation, dashes, non-breaking spaces and contractions (I've = I have, can't ="
          + " cannot, won't = will not), and allows one word added anywhere in the phrase, or, in"
          + " a phrase of 4 words or more, one word missing (a contraction counts as one word).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsgrep quote \"we will not raise taxes\"",
      "  newsgrep quote --json \"read my lips\" | jq -r '.speaker + \": \" + .quote'",
      "",
      "Exit status: 0 found, 1 nothing found, 2 error."
    })
final class QuoteCommand implements Callable<Integer> {
  @ParentCommand NewsgrepCommand top;
  @Spec CommandSpec spec;
  @Mixin IndexOption indexOption;

  @Parameters(
      arity = "1..*",
      paramLabel = "PHRASE",
      description = "The words to find; several arguments are joined with spaces.")
  String[] phrase;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "100",
      description = "Show at most N quoted stretches (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      description = "Print JSON Lines: one object per hit, the search keys plus quote and speaker.")
  boolean json;

  @Mixin ColorOption colorOption;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1");
    }
    String words = String.join(" ", phrase);
    QuoteResults results;
    try (NewsIndex index = indexOption.openForSearch(top, spec.commandLine().getErr())) {
      results = index.quote(words, limit);
    }
    if (results.isEmpty()) {
      if (!json) {
        spec.commandLine()
            .getErr()
            .println("newsgrep: nobody is quoted saying " + Terminal.oneLine(words));
      }
      return ExitCodes.NOTHING_FOUND;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      results.hits().forEach(hit -> JsonLines.print(out, json(hit)));
    } else {
      var printer = new QuotePrinter(out, colorOption.terminal(top), words);
      for (QuoteGroup group : results.groups()) {
        printer.print(group);
      }
    }
    return ExitCodes.FOUND;
  }

  private static Map<String, Object> json(QuoteHit hit) {
    Map<String, Object> object = JsonLines.paragraph(hit.paragraph());
    object.put("score", hit.score());
    object.put("highlights", JsonLines.spans(hit.matches()));
    object.put("quote", hit.quote().in(hit.paragraph().text()));
    object.put("quote_span", new int[] {hit.quote().start(), hit.quote().end()});
    object.put("speaker", hit.quote().speaker().orElse(null));
    return object;
  }
}
