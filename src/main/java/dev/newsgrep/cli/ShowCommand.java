package dev.newsgrep.cli;

import dev.newsgrep.NewsIndex;
import dev.newsgrep.NewsgrepException;
import dev.newsgrep.Paragraph;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgrep show ARTICLE[#PARAGRAPH]}: an article, or one paragraph with its neighbours. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    description = {
      "Print an article, or one paragraph of it with the paragraphs around it.",
      "Paragraph 0 is the headline; body paragraphs count from 1 (as search prints them).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsgrep show business/001",
      "  newsgrep show business/001#3 --context 2",
      "  newsgrep show business/001 --json",
      "",
      "Exit status: 0 shown, 1 no such article or paragraph, 2 error."
    })
final class ShowCommand implements Callable<Integer> {
  @ParentCommand NewsgrepCommand top;
  @Spec CommandSpec spec;
  @Mixin IndexOption indexOption;

  @Parameters(
      paramLabel = "ARTICLE[#PARAGRAPH]",
      description = "An article id, optionally with #paragraph number.")
  String target;

  @Option(
      names = {"-C", "--context"},
      paramLabel = "N",
      defaultValue = "1",
      description = "Paragraphs to show on each side of #PARAGRAPH (default: ${DEFAULT-VALUE}).")
  int context;

  @Option(names = "--json", description = "Print JSON Lines, one object per paragraph.")
  boolean json;

  @Mixin ColorOption colorOption;

  @Override
  public Integer call() {
    int hash = target.lastIndexOf('#');
    String id = hash < 0 ? target : target.substring(0, hash);
    Integer wanted = hash < 0 ? null : paragraphNumber(target.substring(hash + 1));
    List<Paragraph> paragraphs;
    try (NewsIndex index = indexOption.openForSearch(top, spec.commandLine().getErr())) {
      paragraphs = index.article(id);
    }
    if (paragraphs.isEmpty()) {
      spec.commandLine().getErr().println("newsgrep: no article " + id);
      return ExitCodes.NOTHING_FOUND;
    }
    if (wanted != null) {
      int n = wanted;
      if (paragraphs.stream().noneMatch(p -> p.number() == n)) {
        spec.commandLine().getErr().println("newsgrep: article " + id + " has no paragraph " + n);
        return ExitCodes.NOTHING_FOUND;
      }
      paragraphs =
          paragraphs.stream()
              .filter(p -> Math.abs(p.number() - n) <= Math.max(0, context))
              .toList();
    }
    print(paragraphs, wanted);
    return ExitCodes.FOUND;
  }

  private void print(List<Paragraph> paragraphs, Integer wanted) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      paragraphs.forEach(p -> JsonLines.print(out, JsonLines.paragraph(p)));
      return;
    }
    var terminal = colorOption.terminal(top);
    Paragraph first = paragraphs.get(0);
    out.println(terminal.style(Terminal.Style.TITLE, first.title()));
    var about = new StringBuilder(terminal.style(Terminal.Style.LOCATION, first.article()));
    about
        .append(" · ")
        .append(
            terminal.style(
                Terminal.Style.OUTLET,
                Objects.requireNonNullElse(first.outlet(), "(outlet unknown)")));
    for (String extra : Arrays.asList(first.date(), first.url())) {
      if (extra != null) {
        about.append(" · ").append(terminal.style(Terminal.Style.DIM, extra));
      }
    }
    out.println(about);
    out.println();
    for (Paragraph p : paragraphs) {
      String marker = wanted != null && p.number() == wanted ? "> " : "  ";
      String speakers = p.speakers().isEmpty() ? "" : "  [" + String.join(", ", p.speakers()) + "]";
      out.println(
          terminal.style(Terminal.Style.LOCATION, marker + "#" + p.number())
              + terminal.style(Terminal.Style.SPEAKER, speakers));
      out.println("  " + Terminal.safe(p.text()).replace("\n", "\n  "));
      out.println();
    }
  }

  private Integer paragraphNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new NewsgrepException("'" + text + "' is not a paragraph number (use ARTICLE#N)");
    }
  }
}
