package dev.newsgrep.ingest;

import dev.newsgrep.Article;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the articles of one {@link SourceFile}: a plain-text article ({@code .txt}) or JSON Lines
 * ({@code .jsonl}, one article a line).
 *
 * <p>Bytes are decoded by {@link TextDecoder}. In a plain-text file the first block is the headline
 * (after any leading page chrome, which is kept as body text) and the following blocks, separated
 * by blank lines, are the paragraphs. An article's outlet, url and date come from the JSON record,
 * then the folder's manifest, then (the outlet only) {@link OutletSignatures}.
 *
 * <p>Thread-safe: one reader may serve several threads. It never throws for bad content or I/O
 * errors; those come back as {@link SkippedFile}s.
 *
 * <pre>{@code
 * var reader = new ArticleFileReader();
 * for (SourceFile file : CorpusScanner.scan(List.of(folder)).files()) {
 *   FileResult result = reader.read(file);
 * }
 * }</pre>
 */
public final class ArticleFileReader {

  /** Larger files are skipped rather than read into memory whole. */
  private static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  private final PlainTextArticleParser plainText;
  private final JsonLinesParser jsonLines;
  private final ArticleMetadataResolver metadata;

  /** A reader with the default boilerplate list and outlet signatures. */
  public ArticleFileReader() {
    this(Boilerplate.loadDefault(), OutletSignatures.loadDefault());
  }

  /** A reader with the given boilerplate list (for headline detection) and outlet signatures. */
  public ArticleFileReader(Boilerplate boilerplate, OutletSignatures signatures) {
    this.plainText = new PlainTextArticleParser(boilerplate);
    this.metadata = new ArticleMetadataResolver(signatures);
    this.jsonLines = new JsonLinesParser(metadata);
  }

  /**
   * Reads the articles in {@code file}.
   *
   * @return the articles and whatever was skipped (the whole file, or single JSON Lines lines)
   */
  public FileResult read(SourceFile file) {
    Optional<FileKind> kind = FileKind.of(file.path());
    if (kind.isEmpty()) {
      return FileResult.skipped(new SkippedFile(file.path(), "not a .txt or .jsonl file"));
    }
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > MAX_FILE_BYTES) {
        return FileResult.skipped(
            new SkippedFile(file.path(), "too large (" + size / (1024 * 1024) + " MiB)"));
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException | RuntimeException e) {
      return FileResult.skipped(new SkippedFile(file.path(), "unreadable: " + describe(e)));
    }
    return switch (TextDecoder.decode(bytes)) {
      case DecodedText.NotText notText ->
          FileResult.skipped(new SkippedFile(file.path(), notText.reason()));
      case DecodedText.Text text ->
          switch (kind.get()) {
            case PLAIN_TEXT -> readPlainText(file, text.text());
            case JSON_LINES -> jsonLines.parse(file, text.text());
          };
    };
  }

  private FileResult readPlainText(SourceFile file, String text) {
    return plainText
        .parse(text)
        .map(
            parsed -> {
              var article = Article.of(file.articleId(), parsed.title(), parsed.paragraphs());
              return new FileResult(
                  List.of(metadata.resolve(article, ArticleMetadata.NONE, file)), List.of());
            })
        .orElseGet(() -> FileResult.skipped(new SkippedFile(file.path(), "empty file")));
  }

  /** A short description of an I/O failure, e.g. {@code permission denied}. */
  static String describe(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    if (message.toLowerCase(Locale.ROOT).contains("is a directory")) {
      return "is a folder";
    }
    return message.lines().findFirst().orElse(message).strip();
  }
}
