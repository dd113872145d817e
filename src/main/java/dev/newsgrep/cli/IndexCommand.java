package dev.newsgrep.cli;

import dev.newsgrep.IndexSummary;
import dev.newsgrep.NewsIndex;
import dev.newsgrep.NewsgrepException;
import dev.newsgrep.Replacement;
import dev.newsgrep.SkippedInput;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgrep index PATH...}: add article files and folders to the index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    description = {
      "Index article files and folders (read recursively) into the index.",
      "",
      "Reads plain-text articles (*.txt: headline, blank line, paragraphs separated by blank"
          + " lines) and JSON Lines (*.jsonl: {\"id\",\"title\",\"text\",\"outlet\",\"url\","
          + "\"date\"}, only text required). A manifest.tsv (file, outlet, url, date) gives"
          + " metadata for the files beside it. Re-indexing an article replaces it. Files that"
          + " cannot be read are listed with the reason, and the rest are indexed.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsgrep index ~/saved-articles",
      "  newsgrep index feed.jsonl more/ --index /tmp/news-index",
      "",
      "Exit status: 0 articles indexed, 1 nothing to index, 2 error."
    })
final class IndexCommand implements Callable<Integer> {
  @ParentCommand NewsgrepCommand top;
  @Spec CommandSpec spec;
  @Mixin IndexOption indexOption;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
  List<Path> paths;

  @Option(
      names = "--commit-every",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "Commit what is indexed this often during a long run, so a crash or Ctrl-C keeps it"
              + " (default: ${DEFAULT-VALUE}).")
  long commitEvery;

  @Override
  public Integer call() {
    if (commitEvery < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--commit-every must be at least 1 second");
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new NewsgrepException("no such file or folder: " + path);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    Path folder = indexOption.folder(top);
    try (var stop = new StopOnSignal()) {
      IndexSummary summary;
      try (NewsIndex index = NewsIndex.open(folder);
          var progress =
              new ProgressReport(
                  err, Terminal.stderrIsTerminal(top.environment()), stop::requested)) {
        summary = index.addFiles(paths, progress, Duration.ofSeconds(commitEvery));
      }
      report(summary, folder, err);
      err.flush();
      if (summary.stopped()) {
        return ExitCodes.ERROR;
      }
      return summary.articles() > 0 ? ExitCodes.FOUND : ExitCodes.NOTHING_FOUND;
    }
  }

  private static void report(IndexSummary summary, Path folder, PrintWriter err) {
    for (SkippedInput skipped : summary.skipped()) {
      err.println(Terminal.oneLine("skipped " + skipped.path() + ": " + skipped.reason()));
    }
    for (Replacement replaced : summary.replaced()) {
      err.println(
          Terminal.oneLine(
              "replaced article "
                  + replaced.article()
                  + " from "
                  + replaced.previousFile()
                  + " with the one from "
                  + replaced.file()
                  + " (same id; index one of them with --index elsewhere to keep both)"));
    }
    if (summary.stopped()) {
      err.println(
          String.format(
              Locale.ROOT,
              "newsgrep: stopped after %,d of %,d files; the %,d articles indexed are committed"
                  + " (run the same command again to finish)",
              summary.filesRead(),
              summary.filesFound(),
              summary.articles()));
    }
    err.println(
        String.format(
            Locale.ROOT,
            "indexed %,d articles, %,d paragraphs into %s in %.1f s; %,d skipped",
            summary.articles(),
            summary.paragraphs(),
            folder,
            summary.elapsed().toMillis() / 1000.0,
            summary.skipped().size()));
  }
}
