package dev.newsgrep.cli;

import dev.newsgrep.NewsIndex;
import dev.newsgrep.Speaker;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgrep speakers}: everyone quoted, with counts and outlets. */
@Command(
    name = "speakers",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    description = {
      "List the people quoted in the index, most quoted first: paragraphs and articles quoting"
          + " them, the outlets that carried their words, and the forms of their name the"
          + " articles printed (one canonical name per person across articles).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsgrep speakers --top 20",
      "  newsgrep speakers --json | jq -r 'select(.articles > 1) | .name'",
      "",
      "Exit status: 0 listed, 1 nobody is quoted, 2 error."
    })
final class SpeakersCommand implements Callable<Integer> {
  @ParentCommand NewsgrepCommand top;
  @Spec CommandSpec spec;
  @Mixin IndexOption indexOption;

  @Option(names = "--json", description = "Print JSON Lines: one object per speaker.")
  boolean json;

  @Option(names = "--top", paramLabel = "N", description = "List only the N most quoted.")
  int shown = Integer.MAX_VALUE;

  @Override
  public Integer call() {
    List<Speaker> speakers;
    try (NewsIndex index = indexOption.openForSearch(top, spec.commandLine().getErr())) {
      speakers = index.speakers();
    }
    if (speakers.isEmpty()) {
      spec.commandLine().getErr().println("newsgrep: nobody is quoted in this index");
      return ExitCodes.NOTHING_FOUND;
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Speaker speaker : speakers.subList(0, Math.min(Math.max(0, shown), speakers.size()))) {
      if (json) {
        var object = new LinkedHashMap<String, Object>();
        object.put("name", speaker.name());
        object.put("variants", speaker.variants());
        object.put("paragraphs", speaker.paragraphs());
        object.put("articles", speaker.articles());
        object.put("outlets", speaker.outlets());
        JsonLines.print(out, object);
      } else {
        String variants =
            speaker.variants().size() > 1
                ? " (also "
                    + String.join(", ", speaker.variants().subList(1, speaker.variants().size()))
                    + ")"
                : "";
        String outlets =
            speaker.outlets().isEmpty() ? "" : "  " + String.join(", ", speaker.outlets());
        out.println(
            Terminal.safe(
                String.format(
                    Locale.ROOT,
                    "%5d  %-28s %3d article%s%s%s",
                    speaker.paragraphs(),
                    speaker.name(),
                    speaker.articles(),
                    speaker.articles() == 1 ? " " : "s",
                    outlets,
                    variants)));
      }
    }
    return ExitCodes.FOUND;
  }
}
