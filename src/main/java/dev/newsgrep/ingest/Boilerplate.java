package dev.newsgrep.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Tells page chrome, photo credits and newsletter calls from article text.
 *
 * <p>The patterns come from the data file {@code dev/newsgrep/boilerplate.tsv}: whole paragraphs
 * compared without regard to case ({@code Advertisement}, {@code Skip to footer}, section labels)
 * and regular expressions ({@code Photo by ... via Getty Images}, {@code Sign up for ...}). The
 * index ranks such paragraphs below the article's own text; they are still indexed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Boilerplate.loadDefault().isBoilerplate("Skip to footer")  // true
 * }</pre>
 */
public final class Boilerplate {

  private static final String RESOURCE = "boilerplate.tsv";

  /** Longer paragraphs are article text even when a pattern matches part of them. */
  private static final int MAX_WORDS = 60;

  private static final class DefaultHolder {
    static final Boilerplate INSTANCE = fromRows(DataFile.load(RESOURCE));
  }

  private static final Pattern TRAILING_STOPS = Pattern.compile("[.:…]+$");

  private final Set<String> exact;
  private final List<ScreenedPattern> patterns;

  private Boilerplate(Set<String> exact, List<Pattern> patterns) {
    this.exact = Set.copyOf(exact);
    this.patterns = patterns.stream().map(ScreenedPattern::of).toList();
  }

  /**
   * The patterns shipped in the jar.
   *
   * <p>Loaded once and shared. A missing or malformed data file is a packaging error: the first
   * call then fails with an {@link ExceptionInInitializerError} naming the bad line.
   */
  public static Boilerplate loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  static Boilerplate fromRows(List<DataFile.Row> rows) {
    var exact = new HashSet<String>();
    var patterns = new ArrayList<Pattern>();
    for (DataFile.Row row : rows) {
      String value = row.cell(1);
      if (value.isBlank()) {
        throw row.error("no pattern");
      }
      switch (row.cell(0)) {
        case "exact" -> exact.add(normalize(value));
        case "regex" -> {
          try {
            patterns.add(Pattern.compile(value, Pattern.UNICODE_CASE));
          } catch (PatternSyntaxException e) {
            throw row.error("bad regex: " + e.getDescription());
          }
        }
        default -> throw row.error("kind must be exact or regex, not " + row.cell(0));
      }
    }
    return new Boilerplate(exact, patterns);
  }

  /**
   * Whether {@code paragraph} is boilerplate rather than article text.
   *
   * @param paragraph one paragraph as printed
   */
  public boolean isBoilerplate(String paragraph) {
    if (Paragraphs.hasMoreWordsThan(paragraph, MAX_WORDS)) {
      return false;
    }
    String text = Paragraphs.collapseSpaces(Paragraphs.trim(paragraph));
    if (text.isEmpty()) {
      return false;
    }
    if (exact.contains(normalize(text))) {
      return true;
    }
    var searched = ScreenedPattern.Text.of(text);
    for (ScreenedPattern pattern : patterns) {
      if (pattern.find(searched)) {
        return true;
      }
    }
    return false;
  }

  /** The regular expressions, for tests. */
  List<ScreenedPattern> patterns() {
    return patterns;
  }

  private static String normalize(String text) {
    String spaced = Paragraphs.collapseSpaces(Paragraphs.trim(text));
    return TRAILING_STOPS.matcher(spaced).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
