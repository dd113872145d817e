package dev.newsgrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file shipped in the jar under {@code dev/newsgrep/}: its rows, without blank
 * lines and {@code #} comments, each with its line number for error messages. Every stage reads its
 * word lists and tables through this.
 */
public final class DataFile {

  /**
   * One row of a data file.
   *
   * @param source the file's name
   * @param lineNumber the row's line, counting from 1
   * @param cells the row's tab-separated cells, as written
   */
  public record Row(String source, int lineNumber, List<String> cells) {
    /** The cell at {@code index}, or the empty string past the row's end. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    /** An error naming this row's file and line. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + " line " + lineNumber + ": " + message);
    }
  }

  private DataFile() {}

  /** The rows of the resource {@code dev/newsgrep/NAME}. */
  public static List<Row> load(String name) {
    String resource = "/dev/newsgrep/" + name;
    try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(name, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  static List<Row> parse(String source, List<String> lines) {
    var rows = new ArrayList<Row>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      rows.add(new Row(source, i + 1, List.of(line.split("\t", -1))));
    }
    return rows;
  }
}
