package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenedPatternTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "(?i:subscribe to cnbc pro)\\b => subscribe to cnbc pro",
        "(?i:ABC Def) => abc def",
        "abcd?ef => abc",
        "(?:foo|bar)bazz => bazz",
        "(?:hello )?world => world",
        "x[abc]yyy => yyy",
        "[]abc]yyy => yyy",
        "\\Qa.b(c\\E => a.b(c",
        "foxnews\\.com => foxnews.com",
        "(?<!abcdef)xyz => xyz",
        "(?=abcdef)xyz => xyz",
        "(abcd)+ => abcd",
        "(?<name>abcd) => abcd",
        "abcd\u00e912 => abcd",
        "\\p{Lu}\\p{Ll}{1,20}\\s+said => said",
        "a{2,3}bcd => bcd",
        "foo|barbaz => -",
        "(abcd){0,2} => -",
        "(abcd)? => -",
        "(?:abcd)* => -",
        "(?i)abcd => -",
        "(?x)abcd => -",
        "(?-i:abcd) => -",
        "ab => -",
      })
  void requiredTextIsALiteralRunNoMatchCanLeaveOut(String regex, String required) {
    Optional<String> expected = required.equals("-") ? Optional.empty() : Optional.of(required);
    assertEquals(expected, RegexShape.requiredText(Pattern.compile(regex)), regex);
  }

  @Test
  void patternsWithFlagsItDoesNotReadHaveNoRequiredText() {
    assertEquals(
        Optional.empty(), RegexShape.requiredText(Pattern.compile("abcd", Pattern.COMMENTS)));
    assertEquals(
        Optional.empty(), RegexShape.requiredText(Pattern.compile("abcd", Pattern.CANON_EQ)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "^abc => true",
        "^(?:a|b)c => true",
        "^(?i:read more|related)\\s*: => true",
        "^a|b => false",
        "abc => false",
        "(?:^a)bc => false",
        "^?abc => false",
        "^*abc => false",
      })
  void anchoredOnlyWhenEveryMatchStartsAtTheStart(String regex, boolean anchored) {
    assertEquals(anchored, RegexShape.anchoredAtStart(Pattern.compile(regex)), regex);
  }

  @Test
  void multiLinePatternIsNotAnchored() {
    assertEquals(false, RegexShape.anchoredAtStart(Pattern.compile("^abc", Pattern.MULTILINE)));
  }

  @Test
  void foldingKeepsWhatCaseInsensitiveMatchingFinds() {
    // The Kelvin sign and the long s match k and s without regard to case.
    var pattern = Pattern.compile("(?i:kiss me)", Pattern.UNICODE_CASE);
    String text = "\u212Ai\u017Fs ME";
    assertTrue(pattern.matcher(text).find());
    assertTrue(ScreenedPattern.of(pattern).find(ScreenedPattern.Text.of(text)));
  }

  @Test
  void screenedPatternsFindWhatFindFindsInRealParagraphs() {
    var patterns = new ArrayList<ScreenedPattern>();
    patterns.addAll(OutletSignatures.loadDefault().patterns());
    patterns.addAll(Boilerplate.loadDefault().patterns());
    List<String> paragraphs = realParagraphs();
    int matches = 0;
    for (String paragraph : paragraphs) {
      var text = ScreenedPattern.Text.of(paragraph);
      for (ScreenedPattern pattern : patterns) {
        boolean found = pattern.pattern().matcher(paragraph).find();
        assertEquals(found, pattern.find(text), () -> pattern.pattern() + " in " + paragraph);
        matches += found ? 1 : 0;
      }
    }
    assertTrue(matches > 20, "too few matching paragraphs to tell anything: " + matches);
  }

  /** The seed articles' paragraphs, and some BBC ones, white space runs made one space. */
  private static List<String> realParagraphs() {
    Stream<Article> seeds =
        TestFiles.readAll(CorpusScanner.scan(List.of(TestFiles.SEEDS))).stream();
    Stream<Article> bbc =
        TestFiles.readAll(CorpusScanner.scan(List.of(TestFiles.BBC))).stream().limit(40);
    return Stream.concat(seeds, bbc)
        .flatMap(article -> article.numberedParagraphs().stream())
        .map(paragraph -> paragraph.replaceAll("[\\s\\u00A0]+", " "))
        .toList();
  }
}
