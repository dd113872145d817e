package dev.newsgrep.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.newsgrep.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines file: one article a line, {@code {"id","title","text","outlet","url","date"}}
 * with only {@code text} required. Paragraphs in {@code text} are separated by blank lines (long
 * ones split, see {@link LongParagraphs}). A bad line is skipped with its line number, the bad
 * lines of a file in one report ({@link LineProblems}); the other lines are still read. A record
 * whose id another file already gave is a bad line too ({@link ArticleIdClaims}).
 */
final class JsonLinesParser {

  private static final int MAX_MESSAGE_LENGTH = 100;

  private static final ObjectReader READER = new ObjectMapper().reader();

  private final ArticleMetadataResolver metadata;
  private final ArticleIdClaims claims;

  JsonLinesParser(ArticleMetadataResolver metadata, ArticleIdClaims claims) {
    this.metadata = metadata;
    this.claims = claims;
  }

  FileResult parse(SourceFile file, String text) {
    var articles = new ArrayList<Article>();
    var problems = new LineProblems();
    Set<String> ids = new HashSet<>();
    String normalized = Paragraphs.normalizeLineBreaks(text);
    int lineNumber = 0;
    for (int start = 0; start <= normalized.length(); ) {
      int end = normalized.indexOf('\n', start);
      if (end < 0) {
        end = normalized.length();
      }
      String line = normalized.substring(start, end);
      start = end + 1;
      lineNumber++;
      if (Paragraphs.isBlank(line)) {
        continue;
      }
      try {
        Article article = parseLine(file, line, lineNumber);
        if (!ids.add(article.id())) {
          problems.add(lineNumber, "duplicate id " + article.id());
          continue;
        }
        Optional<Path> holder = claims.claim(article.id(), file.path());
        if (holder.isPresent()) {
          problems.add(lineNumber, ArticleIdClaims.duplicate(article.id(), holder.get()));
        } else {
          articles.add(article);
        }
      } catch (BadLine e) {
        problems.add(lineNumber, e.getMessage());
      }
    }
    var skipped = new ArrayList<SkippedFile>();
    problems.report(file.path()).ifPresent(skipped::add);
    if (articles.isEmpty() && skipped.isEmpty()) {
      skipped.add(new SkippedFile(file.path(), "empty file"));
    }
    return new FileResult(articles, skipped);
  }

  private Article parseLine(SourceFile file, String line, int lineNumber) throws BadLine {
    JsonNode node;
    try {
      node = READER.readTree(line);
    } catch (JacksonException e) {
      throw new BadLine("malformed JSON (" + shorten(e.getOriginalMessage()) + ")");
    }
    if (node == null || !node.isObject()) {
      throw new BadLine("not a JSON object");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new BadLine("no \"text\" field");
    }
    if (!textNode.isTextual()) {
      throw new BadLine("\"text\" is not a string");
    }
    String title = Paragraphs.trim(Paragraphs.normalizeLineBreaks(scalar(node, "title", "")));
    List<String> paragraphs = Paragraphs.split(textNode.asText());
    if (paragraphs.isEmpty() && title.isEmpty()) {
      throw new BadLine("empty \"text\"");
    }
    String id = scalar(node, "id", "").strip();
    if (id.isEmpty()) {
      id = file.articleId() + "#" + lineNumber;
    }
    var own =
        new ArticleMetadata(
            scalar(node, "outlet", null), scalar(node, "url", null), scalar(node, "date", null));
    return metadata.resolve(new Article(id, title, paragraphs, null, null, null), own, file);
  }

  /** A string or number field as text, or {@code fallback} when absent, null or not a scalar. */
  private static @Nullable String scalar(JsonNode node, String field, @Nullable String fallback) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return fallback;
    }
    return value.asText();
  }

  private static String shorten(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() <= MAX_MESSAGE_LENGTH
        ? line
        : line.substring(0, MAX_MESSAGE_LENGTH) + "...";
  }

  /** A line that holds no article; the message says why. */
  private static final class BadLine extends Exception {
    BadLine(String message) {
      super(message, null, false, false);
    }
  }
}
