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
 * A tab-separated data file shipped in the jar: its rows, without blank lines and {@code #}
 * comments, each with its line number for error messages.
 */
final class DataFile {

  /** One row of a data file. */
  record Row(String source, int lineNumber, List<String> cells) {
    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + " line " + lineNumber + ": " + message);
    }
  }

  private DataFile() {}

  /** The rows of the resource at {@code name} (relative to this package's parent). */
  static List<Row> load(String name) {
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
