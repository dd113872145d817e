package dev.newsgrep.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameFinderTest {
  private final Lexicon lexicon = Lexicon.load();
  private final NameFinder finder = new NameFinder(lexicon);
  private final Tokenizer tokenizer = new Tokenizer(lexicon);
  private final QuoteFinder quotes = new QuoteFinder(lexicon);

  private List<String> names(String text) {
    ParagraphTokens p = tokenizer.tokenize(text, quotes.find(text));
    return finder.find(1, p, Set.of()).stream().map(NameCandidate::joined).toList();
  }

  @Test
  void honorificAndStateAreStrippedFromASenator() {
    assertEquals(
        List.of("Lindsey Graham"), names("He met Sen. Lindsey Graham, R-S.C., on Sunday."));
  }

  @Test
  void jobTitleIsStrippedFromAName() {
    assertEquals(
        List.of("Steve Mnuchin"), names("Yet Treasury Secretary Steve Mnuchin defended it."));
  }

  @Test
  void titleWithOfIsStrippedWhole() {
    assertEquals(List.of("Rex Tillerson"), names("He met Secretary of State Rex Tillerson later."));
  }

  @Test
  void organisationsAndPlacesAreNoNames() {
    assertEquals(
        List.of(), names("He asked the White House and the United Nations in South Carolina."));
  }

  @Test
  void particlesApostrophesAndInitialsStayInNames() {
    assertEquals(
        List.of("Bashar al-Assad", "Conan O'Brien", "George W. Bush"),
        names("He met Bashar al-Assad, Conan O'Brien and George W. Bush."));
  }

  @Test
  void ordinaryWordOpeningASentenceIsNoPartOfTheName() {
    assertEquals(List.of("Trump"), names("However Trump said no."));
  }

  @Test
  void roleWordOpeningASentenceIsStripped() {
    assertEquals(List.of("Steve Bruce"), names("Boss Steve Bruce was pleased."));
  }

  @Test
  void handleIsACandidateOfItsOwn() {
    assertEquals(List.of("nikkihaley"), names("UN Ambassador @nikkihaley spoke."));
  }

  @Test
  void peersTitleBeforeALoneSurnameStaysInTheName() {
    assertEquals(
        List.of("Lord Pembury", "Tom Quarrie"),
        names("Lord Pembury met Baroness Tom Quarrie on Monday."));
  }

  @Test
  void runAfterAPossessiveDeterminerIsNoName() {
    assertEquals(List.of(), names("He will speak again at his Harvest Vigil on Sunday."));
  }

  @Test
  void runAfterAnOrganisationCueIsMarkedAsAnOrganisation() {
    String text = "He met the software firm Kestrel Data and Ann Lee.";
    List<NameCandidate> found =
        finder.find(1, tokenizer.tokenize(text, quotes.find(text)), Set.of());
    assertEquals(
        List.of("Kestrel Data", "Ann Lee"), found.stream().map(NameCandidate::joined).toList());
    assertEquals(List.of(true, false), found.stream().map(NameCandidate::organisation).toList());
  }
}
