package dev.newsgrep.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the article files under the paths to index.
 *
 * <p>Each path may be a file or a folder; folders are read recursively in sorted order, so a scan
 * is deterministic. Files ending in {@code .txt} (one article) and {@code .jsonl} (JSON Lines) are
 * taken; other files and hidden entries (names starting with {@code .}) are passed over silently.
 * An article name that is no regular file (a FIFO, a device) is reported as skipped and never
 * opened. Symbolic links are followed, except broken links, links that loop (ELOOP) and links back
 * to a folder being read: those are reported as skipped. Each path is reported at most once, and a
 * file or folder reached twice (through links, or named twice) is read once. A {@code manifest.tsv}
 * in a folder gives the outlet, url and date of the files beside it (see {@link Manifest}); it
 * applies to files found by reading that folder, not to files named directly.
 *
 * <p>An article's id is its file name without extension; where two files would get the same id,
 * both get their path relative to their root instead ({@code business/001}).
 *
 * <pre>{@code
 * CorpusScan scan = CorpusScanner.scan(List.of(Path.of("corpus")));
 * }</pre>
 */
public final class CorpusScanner {

  private final List<ArticleIds.Found> found = new ArrayList<>();
  private final List<SkippedFile> skipped = new ArrayList<>();
  private final Set<Path> seenFiles = new HashSet<>();
  private final Set<Path> seenFolders = new HashSet<>();

  private CorpusScanner() {}

  /**
   * Scans {@code paths} for article files. Never throws for missing, unreadable or looping paths:
   * they are returned as skipped.
   */
  public static CorpusScan scan(List<Path> paths) {
    var scanner = new CorpusScanner();
    for (Path path : paths) {
      scanner.scanGiven(path);
    }
    return new CorpusScan(ArticleIds.assign(scanner.found), scanner.skipped);
  }

  private void scanGiven(Path path) {
    if (!Files.exists(path)) {
      skip(path, Files.isSymbolicLink(path) ? linkProblem(path) : "no such file or folder");
    } else if (Files.isDirectory(path)) {
      Optional<Path> real = realPath(path);
      if (real.isPresent() && seenFolders.add(real.get())) {
        readFolder(path, path, Set.of(real.get()));
      }
    } else if (FileKind.of(path).isEmpty()) {
      skip(path, "not a .txt or .jsonl file");
    } else if (!Files.isRegularFile(path)) {
      skip(path, FileBytes.notRegular(path));
    } else {
      Path parent = path.toAbsolutePath().getParent();
      take(path, parent == null ? path : parent, ArticleMetadata.NONE);
    }
  }

  /**
   * Reads one folder.
   *
   * @param ancestors the real paths of the folders being read above and including this one
   */
  private void readFolder(Path folder, Path root, Set<Path> ancestors) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries =
          list.filter(p -> !FileKind.fileName(p).startsWith("."))
              .sorted(Comparator.comparing(FileKind::fileName))
              .toList();
    } catch (IOException | RuntimeException e) {
      skip(folder, FileBytes.describeFailure(e));
      return;
    }
    Manifest manifest = readManifest(folder, entries);
    var subfolders = new ArrayList<Path>();
    for (Path entry : entries) {
      if (!Files.exists(entry)) {
        if (Files.isSymbolicLink(entry)) {
          skip(entry, linkProblem(entry));
        }
      } else if (Files.isDirectory(entry)) {
        subfolders.add(entry);
      } else if (FileKind.of(entry).isPresent()) {
        if (Files.isRegularFile(entry)) {
          take(entry, root, manifest.metadataFor(FileKind.fileName(entry)));
        } else {
          skip(entry, FileBytes.notRegular(entry));
        }
      }
    }
    for (Path subfolder : subfolders) {
      Optional<Path> real = realPath(subfolder);
      if (real.isEmpty()) {
        continue;
      }
      if (ancestors.contains(real.get())) {
        skip(subfolder, "symbolic link loop");
      } else if (seenFolders.add(real.get())) {
        var below = new HashSet<>(ancestors);
        below.add(real.get());
        readFolder(subfolder, root, below);
      }
    }
  }

  private Manifest readManifest(Path folder, List<Path> entries) {
    Path path = folder.resolve(Manifest.FILE_NAME);
    if (!entries.contains(path) || !Files.exists(path) || Files.isDirectory(path)) {
      return Manifest.NONE; // a dangling link is reported with the folder's other entries
    }
    if (!Files.isRegularFile(path)) {
      skip(path, FileBytes.notRegular(path));
      return Manifest.NONE;
    }
    Set<String> names =
        entries.stream()
            .filter(Files::isRegularFile)
            .map(FileKind::fileName)
            .collect(Collectors.toSet());
    Manifest manifest = Manifest.read(path, names);
    skipped.addAll(manifest.problems());
    return manifest;
  }

  private void take(Path path, Path root, ArticleMetadata metadata) {
    Optional<Path> real = realPath(path);
    if (real.isPresent() && seenFiles.add(real.get())) {
      FileKind kind = FileKind.of(path).orElseThrow();
      found.add(new ArticleIds.Found(path, root, kind, metadata));
    }
  }

  private Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException | RuntimeException e) {
      skip(path, FileBytes.describeFailure(e));
      return Optional.empty();
    }
  }

  /** Why a symbolic link that leads nowhere does: it dangles, or it loops. */
  private static String linkProblem(Path link) {
    try {
      link.toRealPath();
      return "broken symbolic link";
    } catch (IOException | RuntimeException e) {
      return FileBytes.isLinkLoop(e) ? "symbolic link loop" : "broken symbolic link";
    }
  }

  private void skip(Path path, String reason) {
    skipped.add(new SkippedFile(path, reason));
  }
}
