package dev.newsgrep.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists under {@code src/main/resources/dev/newsgrep/}: UTF-8 text, one entry a
 * line, tab-separated columns, blank lines and lines starting with {@code #} skipped.
 */
final class WordListReader {
  private static final String FOLDER = "/dev/newsgrep/";

  private WordListReader() {}

  /**
   * The rows of the named list, each split on tabs and trimmed.
   *
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  static List<String[]> rows(String fileName) {
    String path = FOLDER + fileName;
    try (InputStream in = WordListReader.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing word list " + path));
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      var rows = new ArrayList<String[]>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cells = trimmed.split("\t");
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }

  /** The first column of every row of the named list. */
  static List<String> words(String fileName) {
    return rows(fileName).stream().map(cells -> cells[0]).toList();
  }
}
