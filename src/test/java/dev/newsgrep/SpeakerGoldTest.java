package dev.newsgrep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's speakers scored against the gold annotations of the sample corpus, as {@code
 * ../shared/eval/README.md} says: pairs (paragraph, speaker); precision over what the index gives,
 * recall over the gold names. Runs the whole pipeline through the public API: read, attribute,
 * index, merge names across articles, export.
 */
class SpeakerGoldTest {
  private static final Path GOLD = Path.of("../shared/eval/seeds-speakers.tsv");

  @TempDir Path folder;

  private record GoldRow(
      String article, String snippet, Set<String> speakers, Set<String> optional) {}

  @Test
  void indexedSpeakersMatchTheGoldAnnotations() throws Exception {
    var paragraphs = new ArrayList<Paragraph>();
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.addFiles(List.of(Seeds.FOLDER), IndexProgress.NONE);
      index.forEachParagraph(paragraphs::add);
    }
    int given = 0;
    int givenRight = 0;
    int gold = 0;
    int goldFound = 0;
    var differences = new ArrayList<String>();
    var scored = new LinkedHashSet<Paragraph>();
    for (GoldRow row : goldRows()) {
      List<Paragraph> matching =
          paragraphs.stream()
              .filter(p -> p.article().equals(row.article()))
              .filter(p -> fold(p.text()).contains(fold(row.snippet())))
              .toList();
      assertTrue(!matching.isEmpty(), "no paragraph for gold row " + row);
      for (Paragraph p : matching) {
        scored.add(p);
        for (String name : p.speakers()) {
          given++;
          if (containsPerson(row.speakers(), name) || containsPerson(row.optional(), name)) {
            givenRight++;
          } else {
            differences.add(p.article() + "#" + p.number() + " extra " + name);
          }
        }
        for (String name : row.speakers()) {
          gold++;
          if (containsPerson(Set.copyOf(p.speakers()), name)) {
            goldFound++;
          } else {
            differences.add(p.article() + "#" + p.number() + " missing " + name);
          }
        }
      }
    }
    for (Paragraph p : paragraphs) {
      if (!scored.contains(p)) {
        given += p.speakers().size();
        p.speakers()
            .forEach(n -> differences.add(p.article() + "#" + p.number() + " unscored " + n));
      }
    }
    double precision = given == 0 ? 1 : givenRight / (double) given;
    double recall = gold == 0 ? 1 : goldFound / (double) gold;
    System.out.printf(
        Locale.ROOT,
        "indexed seeds speakers: precision %.3f recall %.3f (%d/%d, %d/%d)%n",
        precision,
        recall,
        givenRight,
        given,
        goldFound,
        gold);
    differences.forEach(d -> System.out.println("  " + d));
    assertTrue(precision >= 0.95, "precision " + precision + ": " + differences);
    assertTrue(recall >= 0.95, "recall " + recall + ": " + differences);
  }

  private static List<GoldRow> goldRows() throws Exception {
    var rows = new ArrayList<GoldRow>();
    List<String> lines = Files.readAllLines(GOLD, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      rows.add(
          new GoldRow(
              cells[0].replaceFirst("\\.txt$", ""),
              cells[1],
              names(cells.length > 2 ? cells[2] : ""),
              names(cells.length > 3 ? cells[3] : "")));
    }
    return rows;
  }

  private static Set<String> names(String cell) {
    var names = new LinkedHashSet<String>();
    for (String name : cell.split(";")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  /** The same person: same names, allowing Steve for Steven, as the gold README says. */
  private static boolean containsPerson(Set<String> names, String name) {
    return names.stream().anyMatch(n -> samePerson(n, name));
  }

  private static boolean samePerson(String a, String b) {
    return personKey(a).equals(personKey(b));
  }

  private static String personKey(String name) {
    return name.replace("Steven ", "Steve ").strip();
  }

  /** Curly quotes, dashes and runs of white space folded, as the gold README scores snippets. */
  private static String fold(String text) {
    return text.replaceAll("[‘’‛′]", "'")
        .replaceAll("[“”„‟″]", "\"")
        .replaceAll("[‐‑‒–—―−]", "-")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
