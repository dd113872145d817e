package dev.newsgrep.cli;

import dev.newsgrep.IndexStats;
import dev.newsgrep.NewsIndex;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgrep stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    description = {"Count the index's articles, paragraphs, outlets and speakers.", ""},
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsgrep stats",
      "  newsgrep stats --json | jq .speakers",
      "",
      "Exit status: 0, or 2 on error."
    })
final class StatsCommand implements Callable<Integer> {
  @ParentCommand NewsgrepCommand top;
  @Spec CommandSpec spec;
  @Mixin IndexOption indexOption;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "List at most N outlets and speakers (default: ${DEFAULT-VALUE}).")
  int shown;

  @Override
  public Integer call() {
    IndexStats stats;
    try (NewsIndex index = indexOption.openForSearch(top, spec.commandLine().getErr())) {
      stats = index.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      var object = new LinkedHashMap<String, Object>();
      object.put("articles", stats.articles());
      object.put("paragraphs", stats.paragraphs());
      object.put("outlets", stats.outlets());
      object.put("speakers", stats.speakers());
      JsonLines.print(out, object);
      return ExitCodes.FOUND;
    }
    out.printf(Locale.ROOT, "articles    %,d%n", stats.articles());
    out.printf(Locale.ROOT, "paragraphs  %,d%n", stats.paragraphs());
    out.printf(Locale.ROOT, "outlets     %,d%n", stats.outlets().size());
    printCounts(out, stats.outlets());
    out.printf(Locale.ROOT, "speakers    %,d%n", stats.speakers().size());
    printCounts(out, stats.speakers());
    return ExitCodes.FOUND;
  }

  private void printCounts(PrintWriter out, Map<String, Long> counts) {
    counts.entrySet().stream()
        .limit(Math.max(0, shown))
        .forEach(
            e -> out.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), Terminal.safe(e.getKey())));
  }
}
