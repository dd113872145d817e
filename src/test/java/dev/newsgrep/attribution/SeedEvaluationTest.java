package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scores attribution against the gold file {@code ../shared/eval/seeds-speakers.tsv}, as its README
 * says: precision and recall over (paragraph, speaker) pairs. Names are first merged over all five
 * articles with {@link NameVariants}, as the index does over its whole corpus. The five seed
 * articles are a check, not a training set.
 */
class SeedEvaluationTest {
  private static final Path EVAL = Path.of("..", "shared", "eval");
  private static final Path SEEDS = Path.of("..", "shared", "seeds");

  private record GoldRow(String file, String snippet, Set<String> speakers, Set<String> optional) {}

  @Test
  void seedArticlesReachNinetyFivePercentPrecisionAndRecall() throws IOException {
    List<GoldRow> gold = readGold(EVAL.resolve("seeds-speakers.tsv"));
    SpeakerAttributor attributor = SpeakerAttributor.loadDefault();
    List<String> files = gold.stream().map(GoldRow::file).distinct().sorted().toList();
    var articles = new LinkedHashMap<String, List<String>>();
    var attributed = new LinkedHashMap<String, List<List<String>>>();
    var paragraphCounts = new HashMap<String, Long>();
    for (String file : files) {
      List<String> paragraphs = SimpleArticleReader.paragraphs(SEEDS.resolve(file));
      List<List<String>> speakers = attributor.speakersByParagraph(paragraphs);
      articles.put(file, paragraphs);
      attributed.put(file, speakers);
      speakers.forEach(names -> names.forEach(name -> paragraphCounts.merge(name, 1L, Long::sum)));
    }
    Map<String, String> canonical = NameVariants.loadDefault().canonicalNames(paragraphCounts);
    int given = 0;
    int givenRight = 0;
    int expected = 0;
    int expectedFound = 0;
    int unmatched = 0;
    var misses = new ArrayList<String>();
    for (String file : files) {
      List<String> paragraphs = articles.get(file);
      List<List<String>> speakers =
          attributed.get(file).stream()
              .map(names -> names.stream().map(canonical::get).distinct().toList())
              .toList();
      for (int i = 0; i < paragraphs.size(); i++) {
        GoldRow row = bestRow(gold, file, fold(paragraphs.get(i)));
        if (row == null) {
          unmatched++;
          continue;
        }
        Set<String> system =
            speakers.get(i).stream()
                .map(SeedEvaluationTest::nameKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> want =
            row.speakers().stream().map(SeedEvaluationTest::nameKey).collect(Collectors.toSet());
        Set<String> allowed = new TreeSet<>(want);
        row.optional().forEach(o -> allowed.add(nameKey(o)));
        given += system.size();
        givenRight += (int) system.stream().filter(allowed::contains).count();
        expected += want.size();
        expectedFound += (int) want.stream().filter(system::contains).count();
        if (!allowed.containsAll(system) || !system.containsAll(want)) {
          misses.add(
              file
                  + " #"
                  + i
                  + " gold="
                  + row.speakers()
                  + " got="
                  + speakers.get(i)
                  + " | "
                  + abbreviate(paragraphs.get(i)));
        }
      }
    }
    double precision = given == 0 ? 0 : (double) givenRight / given;
    double recall = expected == 0 ? 0 : (double) expectedFound / expected;
    System.out.printf(
        Locale.ROOT,
        "seeds attribution: precision %.3f recall %.3f (%d/%d, %d/%d)%n",
        precision,
        recall,
        givenRight,
        given,
        expectedFound,
        expected);
    System.out.println("seeds paragraphs without a gold row: " + unmatched);
    misses.forEach(m -> System.out.println("  differs: " + m));
    assertTrue(precision >= 0.95, "precision " + precision);
    assertTrue(recall >= 0.95, "recall " + recall);
  }

  /** The gold row whose snippet the paragraph holds; the longest snippet wins. */
  private static GoldRow bestRow(List<GoldRow> gold, String file, String foldedParagraph) {
    GoldRow best = null;
    for (GoldRow row : gold) {
      if (row.file().equals(file)
          && foldedParagraph.contains(fold(row.snippet()))
          && (best == null || row.snippet().length() > best.snippet().length())) {
        best = row;
      }
    }
    return best;
  }

  private static List<GoldRow> readGold(Path tsv) throws IOException {
    var rows = new ArrayList<GoldRow>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      rows.add(new GoldRow(cells[0], cells[1], names(cell(cells, 2)), names(cell(cells, 3))));
    }
    return rows;
  }

  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i] : "";
  }

  private static Set<String> names(String cell) {
    return Arrays.stream(cell.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  /** Folds curly quotes, dashes and runs of white space, as the gold README says. */
  static String fold(String text) {
    return text.replaceAll("[“”„″]", "\"")
        .replaceAll("[‘’‚′]", "'")
        .replaceAll("[‐‑‒–—―]", "-")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The checker treats Steve and Steven as the same person. */
  private static String nameKey(String name) {
    return name.strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\bsteven\\b", "steve")
        .replaceAll("\\s+", " ");
  }

  private static String abbreviate(String text) {
    return text.length() <= 110 ? text : text.substring(0, 110) + "...";
  }
}
