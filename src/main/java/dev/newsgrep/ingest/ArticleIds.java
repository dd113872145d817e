package dev.newsgrep.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gives each found file its article id: the file name without extension, or where two files of one
 * kind would get the same id, for all of them their path relative to their root, without extension,
 * with {@code /} separators ({@code business/001}). Should even those clash (two files named
 * directly from different folders), the absolute path is used in the same way.
 */
final class ArticleIds {

  /** A file found by the scan, before it has an id. */
  record Found(Path path, Path root, FileKind kind, ArticleMetadata metadata) {}

  private ArticleIds() {}

  static List<SourceFile> assign(List<Found> found) {
    Map<String, Long> byStem =
        found.stream().collect(Collectors.groupingBy(ArticleIds::stemKey, Collectors.counting()));
    var relative = new ArrayList<String>(found.size());
    for (Found f : found) {
      relative.add(
          byStem.get(stemKey(f)) > 1
              ? withoutExtension(f.root().relativize(f.path()))
              : FileKind.stem(f.path()));
    }
    Map<String, Integer> byRelative = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      byRelative.merge(found.get(i).kind() + "\t" + relative.get(i), 1, Integer::sum);
    }
    var files = new ArrayList<SourceFile>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String id = relative.get(i);
      if (byRelative.get(f.kind() + "\t" + id) > 1) {
        id = withoutExtension(f.path().toAbsolutePath().normalize());
      }
      files.add(new SourceFile(f.path(), f.root(), id, f.metadata()));
    }
    return files;
  }

  private static String stemKey(Found f) {
    return f.kind() + "\t" + FileKind.stem(f.path());
  }

  private static String withoutExtension(Path path) {
    var parts = new ArrayList<String>();
    for (Path part : path) {
      parts.add(part.toString());
    }
    if (parts.isEmpty()) {
      return FileKind.stem(path);
    }
    parts.set(parts.size() - 1, FileKind.stem(path));
    return String.join("/", parts);
  }
}
