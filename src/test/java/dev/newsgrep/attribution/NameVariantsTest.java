package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
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
  void listedShortFormsInitialsAndMiddleNamesAreVariants() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of(
                "Christopher Ward", 5L,
                "Chris Ward", 2L,
                "C. Ward", 1L,
                "Anna Maria Lotti", 1L,
                "Anna Lotti", 3L));
    assertEquals("Christopher Ward", names.get("Chris Ward"));
    assertEquals("Christopher Ward", names.get("C. Ward"));
    assertEquals("Anna Lotti", names.get("Anna Maria Lotti"));
  }

  @Test
  void givenNamesThatOnlyBeginAlikeAreDifferentPeople() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of(
                "Paula Okafor", 4L,
                "Paul Okafor", 2L,
                "Erica Lindqvist", 1L,
                "Eric Lindqvist", 3L,
                "Dan Ross", 1L,
                "Danielle Ross", 1L));
    assertEquals("Paul Okafor", names.get("Paul Okafor"));
    assertEquals("Erica Lindqvist", names.get("Erica Lindqvist"));
    assertEquals("Dan Ross", names.get("Dan Ross"));
    assertEquals("Danielle Ross", names.get("Danielle Ross"));
  }

  @Test
  void aSuffixMakesADifferentPerson() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of(
                "Martin Kingsley", 40L,
                "Martin Kingsley Jr.", 2L,
                "Martin Kingsley III", 1L,
                "Kingsley", 3L));
    assertEquals("Martin Kingsley Jr.", names.get("Martin Kingsley Jr."));
    assertEquals("Martin Kingsley III", names.get("Martin Kingsley III"));
    // The bare surname still goes to the one who dominates it.
    assertEquals("Martin Kingsley", names.get("Kingsley"));
  }

  @Test
  void bareSurnameNeedsAFullNameWithTwiceItsParagraphs() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of("Colby", 3L, "Ann Colby", 5L, "Drummond", 2L, "Eli Drummond", 4L));
    assertEquals("Colby", names.get("Colby"));
    assertEquals("Eli Drummond", names.get("Drummond"));
  }

  @Test
  void peersTitleAndSurnameIsANameOfItsOwn() {
    Map<String, String> names =
        VARIANTS.canonicalNames(
            Map.of(
                "Lord Pembury", 3L,
                "Tom Pembury", 20L,
                "Pembury", 1L,
                "Baroness Quarrie", 2L,
                "Lady Quarrie", 1L,
                "Lord Quarrie", 1L,
                "L. Quarrie", 1L));
    assertEquals("Lord Pembury", names.get("Lord Pembury"));
    assertEquals("Tom Pembury", names.get("Tom Pembury"));
    // Tom Pembury holds less than 90% of the Pemburys' paragraphs.
    assertEquals("Pembury", names.get("Pembury"));
    // A baroness is styled Lady; a lord is someone else, and so is an initial.
    assertEquals("Baroness Quarrie", names.get("Lady Quarrie"));
    assertEquals("Lord Quarrie", names.get("Lord Quarrie"));
    assertEquals("L. Quarrie", names.get("L. Quarrie"));
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
  void honorificsAreIgnoredInComparing() {
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

  @Test
  void thousandsOfNamesSharingASurnameAreResolvedInNearLinearTime() {
    var counts = new HashMap<String, Long>();
    for (int i = 0; i < 15_000; i++) {
      counts.put(syntheticName(i, "Q") + " " + syntheticName(i, "Vel"), 1L);
    }
    for (int i = 0; i < 4_514; i++) {
      counts.put(syntheticName(i, "Q") + " Harrowgate", 2L);
    }
    for (int i = 0; i < 480; i++) {
      counts.put(
          "Zed " + syntheticName(i, "M") + " Harrowgate", 1L); // one given name, many middles
    }
    counts.put("Zed Harrowgate", 1L);
    counts.put("Q. Harrowgate", 1L);
    counts.put("Steven Harrowgate", 30L);
    counts.put("Steve Harrowgate", 10L);
    counts.put("S. Harrowgate", 1L);
    counts.put("Harrowgate", 5L);
    assertEquals(20_000, counts.size(), "all names distinct");
    assertEquals(5_000, counts.keySet().stream().filter(n -> n.endsWith("Harrowgate")).count());

    Map<String, String> names = VARIANTS.canonicalNames(counts);

    assertEquals(counts.keySet(), names.keySet());
    assertEquals("Steven Harrowgate", names.get("Steve Harrowgate"));
    assertEquals("Steven Harrowgate", names.get("S. Harrowgate"));
    // Fits thousands of people who are not one: left alone; so are they, and the bare surname.
    assertEquals("Q. Harrowgate", names.get("Q. Harrowgate"));
    assertEquals("Zed Harrowgate", names.get("Zed Harrowgate"));
    assertEquals("Harrowgate", names.get("Harrowgate"));
    long merged = names.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
    assertEquals(2, merged, "only Steve and S. Harrowgate are merged");
  }

  /** A made-up word, distinct for each number below 26⁴: {@code Qaaaa}, {@code Qbaaa}, ... */
  private static String syntheticName(int n, String prefix) {
    var sb = new StringBuilder(prefix);
    int k = n;
    for (int digit = 0; digit < 4; digit++) {
      sb.append((char) ('a' + k % 26));
      k /= 26;
    }
    return sb.toString();
  }
}
