package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameVariantsTest {
  private static final NameVariants VARIANTS = NameVariants.loadDefault();

  @Test
  void nicknamesFromTheDataFileAreOnePersonUnderTheMostFrequentForm() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of("Steven Baker", 4L, "Steve Baker", 9L, "Bill Dunn", 2L, "William Dunn", 2L));
    assertEquals("Steve Baker", names.get("Steven Baker"));
    assertEquals("Steve Baker", names.get("Steve Baker"));
    // A tie goes to the longer form.
    assertEquals("William Dunn", names.get("Bill Dunn"));
  }

  @Test
  void prefixOfFourLettersInitialAndMiddleNameAreVariants() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of(
                "Christopher Ward", 5L,
                "Chris Ward", 2L,
                "C. Ward", 1L,
                "Anna Maria Lotti", 1L,
                "Anna Lotti", 3L,
                "Dan Ross", 1L,
                "Danielle Ross", 1L));
    assertEquals("Christopher Ward", names.get("Chris Ward"));
    assertEquals("Christopher Ward", names.get("C. Ward"));
    assertEquals("Anna Lotti", names.get("Anna Maria Lotti"));
    // "Dan" is a prefix of only three letters, and "Daniel" is not "Danielle".
    assertEquals("Dan Ross", names.get("Dan Ross"));
    assertEquals("Danielle Ross", names.get("Danielle Ross"));
  }

  @Test
  void nameFittingTwoDifferentPeopleIsLeftAlone() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of(
                "J. Lee", 1L,
                "Jane Lee", 3L,
                "John Lee", 3L,
                "George Bush", 2L,
                "George W. Bush", 9L,
                "George H. W. Bush", 4L));
    assertEquals("J. Lee", names.get("J. Lee"));
    assertEquals("Jane Lee", names.get("Jane Lee"));
    assertEquals("George Bush", names.get("George Bush"));
    assertEquals("George W. Bush", names.get("George W. Bush"));
    assertEquals("George H. W. Bush", names.get("George H. W. Bush"));
  }

  @Test
  void surnameGoesToTheOnePersonOrTheOneWithNinetyPercent() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of(
                "Putnam", 3L,
                "Vladimir Putnam", 10L,
                "Smithers", 2L,
                "Anne Smithers", 95L,
                "Carl Smithers", 5L,
                "Hale", 2L,
                "Nina Hale", 80L,
                "Rob Hale", 20L));
    assertEquals("Vladimir Putnam", names.get("Putnam"));
    assertEquals("Anne Smithers", names.get("Smithers"));
    assertEquals("Hale", names.get("Hale"));
    assertEquals("Rob Hale", names.get("Rob Hale"));
  }

  @Test
  void honorificsAndSuffixesAreIgnoredInComparing() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of(
                "Mr Tom Okafor", 1L, "Tom Okafor", 6L, "Martin Kingsley Jr.", 2L, "Kingsley", 1L));
    assertEquals("Tom Okafor", names.get("Mr Tom Okafor"));
    assertEquals("Martin Kingsley Jr.", names.get("Kingsley"));
  }

  @Test
  void namesNotMergedMapToThemselvesAndOddInputIsSafe() {
    Map<String, String> names =
        VARIANTS.canonicalNames(Map.of("Ann Lee", 1L, "", 1L, "@handle", 2L, "Mr", 1L));
    assertEquals("Ann Lee", names.get("Ann Lee"));
    assertEquals("", names.get(""));
    assertEquals("@handle", names.get("@handle"));
    assertEquals("Mr", names.get("Mr"));
    assertEquals(Map.of(), VARIANTS.canonicalNames(Map.of()));
  }
}
