package dev.newsgrep.ingest;

import dev.newsgrep.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the articles of one {@link SourceFile}: a plain-text article ({@code .txt}) or JSON Lines
 * ({@code .jsonl}, one article a line).
 *
 * <p>Bytes are decoded by {@link TextDecoder}. In a plain-text file the first block is the headline
 * (after any leading page chrome, which is kept as body text) and the following blocks, separated
 * by blank lines, are the paragraphs; a paragraph longer than {@value LongParagraphs#MAX_CHARS}
 * characters is split at sentence ends (see {@link LongParagraphs}). An article's outlet, url and
 * date come from the JSON record, then the folder's manifest, then (the outlet only) {@link
 * OutletSignatures}.
 *
 * <p>Only regular files are opened (a FIFO or a device is skipped, never opened), and files over
 * {@value #MAX_FILE_BYTES} bytes (256 MiB) are skipped from their size.
 *
 * <p>One reader serves one indexing run: it remembers which file each article id came from, and an
 * article whose id another file already gave is reported, not returned, so neither silently
 * replaces the other in the index. Reading the same file again is no clash.
 *
 * <p>Thread-safe: one reader may serve several threads. It never throws for bad content or I/O
 * errors; those come back as {@link SkippedFile}s, at most one per file.
 *
 * <pre>{@code
 * var reader = new ArticleFileReader();
 * for (SourceFile file : CorpusScanner.scan(List.of(folder)).files()) {
 *   FileResult result = reader.read(file);
 * }
 * }</pre>
 */
public final class ArticleFileReader {

  /**
   * Larger files are skipped rather than read into memory whole: a file's text is held about twice
   * while it is split (the decoded text and its paragraphs), at up to two bytes a character.
   */
  public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  private final PlainTextArticleParser plainText;
  private final JsonLinesParser jsonLines;
  private final ArticleMetadataResolver metadata;
  private final ArticleIdClaims ids = new ArticleIdClaims();

  /** A reader with the default boilerplate list and outlet signatures. */
  public ArticleFileReader() {
    this(Boilerplate.loadDefault(), OutletSignatures.loadDefault());
  }

  /** A reader with the given boilerplate list (for headline detection) and outlet signatures. */
  public ArticleFileReader(Boilerplate boilerplate, OutletSignatures signatures) {
    this.plainText = new PlainTextArticleParser(boilerplate);
    this.metadata = new ArticleMetadataResolver(signatures);
    this.jsonLines = new JsonLinesParser(metadata, ids);
  }

  /**
   * Reads the articles in {@code file}.
   *
   * @return the articles, and what was skipped: the whole file, or its bad JSON Lines lines in one
   *     report
   */
  public FileResult read(SourceFile file) {
    Optional<FileKind> kind = FileKind.of(file.path());
    if (kind.isEmpty()) {
      return FileResult.skipped(new SkippedFile(file.path(), "not a .txt or .jsonl file"));
    }
    DecodedText decoded;
    try {
      decoded = TextDecoder.decode(FileBytes.read(file.path(), MAX_FILE_BYTES));
    } catch (FileBytes.Unreadable e) {
      return FileResult.skipped(new SkippedFile(file.path(), e.getMessage()));
    }
    return switch (decoded) {
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
    Optional<PlainTextArticleParser.Parsed> parsed = plainText.parse(text);
    if (parsed.isEmpty()) {
      return FileResult.skipped(new SkippedFile(file.path(), "empty file"));
    }
    Optional<Path> holder = ids.claim(file.articleId(), file.path());
    if (holder.isPresent()) {
      return FileResult.skipped(
          new SkippedFile(file.path(), ArticleIdClaims.duplicate(file.articleId(), holder.get())));
    }
    var article = Article.of(file.articleId(), parsed.get().title(), parsed.get().paragraphs());
    return new FileResult(
        List.of(metadata.resolve(article, ArticleMetadata.NONE, file)), List.of());
  }
}
