package dev.newsgrep.cli;

import dev.newsgrep.Hit;
import dev.newsgrep.NewsIndex;
import dev.newsgrep.SearchRequest;
import dev.newsgrep.SearchResults;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgrep search QUERY}: ranked, highlighted paragraphs. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    description = {
      "Find paragraphs matching a query, best first, with every match highlighted.",
      "",
      "QUERY is Lucene query syntax. All words must appear (the default operator is AND). Use OR,"
          + " NOT, \"exact phrases\", \"a phrase\"~2 (slop), wildc*rd, (groups), and the fields"
          + " text: (the default), title:, speaker:, outlet:, article:. To exclude a word at the"
          + " start, write NOT word, or put -- before the query: search -- -word other.",
      "",
      "Matching ignores case, curly vs straight quotes and apostrophes, dashes and non-breaking"
          + " spaces.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsgrep search \"interest rates\"",
      "  newsgrep search '\"we can't afford it\"'",
      "  newsgrep search 'speaker:\"jane smith\" budget'",
      "  newsgrep search 'cyber* AND NOT outlet:patch' --limit 3",
      "  newsgrep search --json '\"general election\"' | jq .highlights",
      "",
      "Exit status: 0 found, 1 nothing found, 2 error (e.g. a malformed query)."
    })
final class SearchCommand implements Callable<Integer> {
  @ParentCommand NewsgrepCommand top;
  @Spec CommandSpec spec;
  @Mixin IndexOption indexOption;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "The query; several words are joined with spaces.")
  String[] query;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "10",
      description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Only paragraphs from this outlet, e.g. --outlet \"yahoo news\".")
  @Nullable String outlet;

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "Only paragraphs quoting this person (full name or surname).")
  @Nullable String speaker;

  @Option(names = "--json", description = "Print JSON Lines: one object per hit (see README).")
  boolean json;

  @Mixin ColorOption colorOption;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1");
    }
    var request = new SearchRequest(String.join(" ", query), limit, outlet, speaker, true);
    SearchResults results;
    try (NewsIndex index = indexOption.openForSearch(top, spec.commandLine().getErr())) {
      results = index.search(request);
    }
    if (results.isEmpty()) {
      if (!json) {
        spec.commandLine().getErr().println("newsgrep: no paragraph matches " + request.query());
      }
      return ExitCodes.NOTHING_FOUND;
    }
    if (json) {
      results.hits().forEach(hit -> JsonLines.print(out, JsonLines.hit(hit)));
    } else {
      var terminal = colorOption.terminal(top);
      var printer = new HitPrinter(out, terminal);
      for (Hit hit : results.hits()) {
        printer.print(hit);
      }
      out.println(
          terminal.style(
              Terminal.Style.DIM,
              results.hits().size()
                  + " of "
                  + (results.totalHitsExact()
                      ? Long.toString(results.totalHits())
                      : SearchResults.EXACT_COUNT_UP_TO + "+")
                  + " matching paragraphs"));
    }
    return ExitCodes.FOUND;
  }
}
