package dev.newsgrep.attribution;

import dev.newsgrep.ingest.DataFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribution word lists under {@code src/main/resources/dev/newsgrep/}, read through {@link
 * DataFile}: one entry a line, tab-separated columns, each cell trimmed, trailing empty cells
 * dropped.
 */
final class WordListReader {
  private WordListReader() {}

  /**
   * The rows of the named list, each split on tabs and trimmed.
   *
   * @throws IllegalStateException if the list is missing from the class path
   */
  static List<String[]> rows(String fileName) {
    var rows = new ArrayList<String[]>();
    for (DataFile.Row row : DataFile.load(fileName)) {
      List<String> cells = row.cells().stream().map(String::strip).toList();
      int size = cells.size();
      while (size > 1 && cells.get(size - 1).isEmpty()) {
        size--;
      }
      rows.add(cells.subList(0, size).toArray(String[]::new));
    }
    return rows;
  }

  /** The first column of every row of the named list. */
  static List<String> words(String fileName) {
    return rows(fileName).stream().map(cells -> cells[0]).toList();
  }
}
