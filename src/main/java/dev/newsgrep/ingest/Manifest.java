package dev.newsgrep.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A folder's {@code manifest.tsv}: metadata for the article files beside it.
 *
 * <p>Tab-separated, UTF-8, a header row naming the columns {@code file}, {@code outlet}, {@code
 * url}, {@code date} in any order; only {@code file} is required and cells may be empty. Rows are
 * matched to files by file name. A row naming no file in the folder, a second row for one file, a
 * header column of another name, or a header without a {@code file} column is reported, never
 * thrown; all of one manifest's problems are one report ({@link LineProblems}).
 */
final class Manifest {

  static final String FILE_NAME = "manifest.tsv";

  private static final List<String> COLUMNS = List.of("file", "outlet", "url", "date");

  /** A manifest is a small table; a larger file is no manifest. */
  private static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The manifest of a folder that has none. */
  static final Manifest NONE = new Manifest(Map.of(), List.of());

  private final Map<String, ArticleMetadata> byFileName;
  private final List<SkippedFile> problems;

  private Manifest(Map<String, ArticleMetadata> byFileName, List<SkippedFile> problems) {
    this.byFileName = Map.copyOf(byFileName);
    this.problems = List.copyOf(problems);
  }

  /** What the manifest says about the file named {@code fileName}. */
  ArticleMetadata metadataFor(String fileName) {
    return byFileName.getOrDefault(fileName, ArticleMetadata.NONE);
  }

  /** Rows (or the whole manifest) that could not be used. */
  List<SkippedFile> problems() {
    return problems;
  }

  /**
   * Reads the manifest at {@code path}.
   *
   * @param filesInFolder the names of the files in the manifest's folder
   */
  static Manifest read(Path path, Set<String> filesInFolder) {
    DecodedText decoded;
    try {
      decoded = TextDecoder.decode(FileBytes.read(path, MAX_BYTES));
    } catch (FileBytes.Unreadable e) {
      return failed(path, e.getMessage());
    }
    return switch (decoded) {
      case DecodedText.NotText notText -> failed(path, notText.reason());
      case DecodedText.Text text -> parse(path, text.text(), filesInFolder);
    };
  }

  static Manifest parse(Path path, String text, Set<String> filesInFolder) {
    String[] lines = Paragraphs.normalizeLineBreaks(text).split("\n", -1);
    int header = 0;
    while (header < lines.length && lines[header].isBlank()) {
      header++;
    }
    if (header == lines.length) {
      return failed(path, "empty manifest");
    }
    List<String> columns =
        List.of(lines[header].split("\t", -1)).stream()
            .map(c -> Paragraphs.trim(c).toLowerCase(Locale.ROOT))
            .toList();
    int file = columns.indexOf("file");
    if (file < 0) {
      return failed(
          path,
          "line "
              + (header + 1)
              + ": header has no file column (tab-separated: "
              + String.join(", ", COLUMNS)
              + ")");
    }
    var byFileName = new HashMap<String, ArticleMetadata>();
    var problems = new LineProblems();
    List<String> unknown =
        columns.stream().filter(c -> !c.isEmpty() && !COLUMNS.contains(c)).toList();
    if (!unknown.isEmpty()) {
      problems.add(header + 1, "unknown column " + String.join(", ", unknown) + ", ignored");
    }
    for (int i = header + 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      String name = cell(cells, file);
      if (name == null) {
        problems.add(i + 1, "no file name");
      } else if (!filesInFolder.contains(name)) {
        problems.add(i + 1, "no such file " + name);
      } else if (byFileName.containsKey(name)) {
        problems.add(i + 1, "second row for " + name);
      } else {
        byFileName.put(
            name,
            new ArticleMetadata(
                cell(cells, columns.indexOf("outlet")),
                cell(cells, columns.indexOf("url")),
                cell(cells, columns.indexOf("date"))));
      }
    }
    return new Manifest(byFileName, problems.report(path).map(List::of).orElse(List.of()));
  }

  private static Manifest failed(Path path, String reason) {
    return new Manifest(Map.of(), List.of(new SkippedFile(path, reason)));
  }

  private static @Nullable String cell(String[] cells, int index) {
    if (index < 0 || index >= cells.length) {
      return null;
    }
    String value = Paragraphs.trim(cells[index]);
    return value.isEmpty() ? null : value;
  }
}
