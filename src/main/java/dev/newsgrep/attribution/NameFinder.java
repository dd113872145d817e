package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the capitalized runs of a paragraph that may name people ({@code Sen. Jane Miller}, {@code
 * Mr Smith}, {@code Omar al-Hassan}, {@code O'Brien}, {@code J.}) and strips their titles and the
 * words that mark organisations and places ({@code Treasury Secretary Tom Baker} gives {@code Tom
 * Baker}; {@code White House} gives nothing).
 */
final class NameFinder {
  /** Small words a title may hold: "Secretary of State", "Ambassador to the United Nations". */
  private static final Set<String> TITLE_CONNECTORS = Set.of("of", "for", "and", "the", "to");

  /** A run after these is a place or an organisation unless a title says otherwise. */
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "in",
          "at",
          "from",
          "of",
          "across",
          "near",
          "into",
          "throughout",
          "outside",
          "inside",
          "around",
          "within",
          "via",
          "toward",
          "towards");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** A run after these is a thing someone has, not a person: "his Christmas Gala". */
  private static final Set<String> POSSESSIVE_DETERMINERS =
      Set.of("his", "her", "its", "their", "our", "my", "your");

  private static final int MAX_CONNECTORS = 2;

  private final Lexicon lexicon;
  private final Set<String> particles;

  NameFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    var set = new HashSet<String>();
    WordListReader.words("name-particles.txt").forEach(w -> set.add(Lexicon.lower(w)));
    this.particles = Set.copyOf(set);
  }

  /**
   * The candidate names of one paragraph.
   *
   * @param lowerCaseWords words the article also prints in lower case: at a sentence's start they
   *     are ordinary words, not names
   */
  List<NameCandidate> find(int paragraph, ParagraphTokens p, Set<String> lowerCaseWords) {
    var found = new ArrayList<NameCandidate>();
    int i = 0;
    while (i < p.size()) {
      Token t = p.get(i);
      if (t.kind() == Token.Kind.HANDLE) {
        found.add(NameCandidate.handle(paragraph, i, t.text().substring(1)));
        i++;
      } else if (isNameWord(t)) {
        int end = runEnd(p, i);
        if (paragraph == 0 && isTitleCase(p)) {
          // A title-case headline capitalizes every word, so its runs say nothing of where names
          // start and end: each word stands alone ("Smith Takes Back His Plans").
          for (int k = i; k <= end; k++) {
            candidate(paragraph, p, k, k, lowerCaseWords).ifPresent(found::add);
          }
        } else {
          candidate(paragraph, p, i, end, lowerCaseWords).ifPresent(found::add);
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  private int runEnd(ParagraphTokens p, int start) {
    int j = start;
    while (!p.get(j).possessive() && !p.lineBreakAfter(j)) {
      int next = j + 1;
      if (isNameWord(p.get(next)) || isHyphenParticle(p.get(next))) {
        j = next;
        continue;
      }
      if (isParticle(p.get(next))
          && next + 1 < p.size()
          && isNameWord(p.get(next + 1))
          && !p.lineBreakAfter(next)) {
        j = next + 1;
        continue;
      }
      if (isTitleOrPlace(p.get(j).text())) {
        int k = next;
        while (k < p.size()
            && k - next < MAX_CONNECTORS
            && isConnector(p.get(k))
            && !p.lineBreakAfter(k)) {
          k++;
        }
        if (k > next && k < p.size() && isNameWord(p.get(k))) {
          j = k;
          continue;
        }
      }
      break;
    }
    return j;
  }

  private Optional<NameCandidate> candidate(
      int paragraph, ParagraphTokens p, int start, int end, Set<String> lowerCaseWords) {
    var words = new ArrayList<String>();
    for (int k = start; k <= end; k++) {
      words.add(p.get(k).text());
    }
    int from = 0;
    boolean sentenceInitial = atSentenceStart(p, start);
    String first = words.get(0);
    if (sentenceInitial
        && !lexicon.isNameTitle(first)
        && !lexicon.isRole(first)
        && (lexicon.isCommonWord(first)
            || (words.size() > 1 && lowerCaseWords.contains(Lexicon.lower(first))))) {
      from = 1; // "However Smith said", "Many Republicans"
    }
    var titles = new ArrayList<String>();
    boolean titleOfPlace = false;
    // Leading titles, roles, connectors, place and group words: "Senior Republican Senator ...".
    while (from < words.size()) {
      String w = words.get(from);
      boolean last = from == words.size() - 1;
      if ((lexicon.isNameTitle(w) || lexicon.isRole(w)) && !last) {
        titles.add(Lexicon.key(w));
      } else if (TITLE_CONNECTORS.contains(w)) {
        titleOfPlace |= !titles.isEmpty();
      } else if (!lexicon.isNonPersonLeading(w)) {
        break;
      }
      from++;
    }
    if (titleOfPlace && words.size() - from == 1) {
      return Optional.empty(); // "Archbishop of Canterbury", "Duke of Edinburgh": a place
    }
    // Later titles and organisation words: "Treasury Secretary Tom Baker", "White House".
    for (int k = words.size() - 1; k >= from; k--) {
      String w = words.get(k);
      boolean title = lexicon.isNameTitle(w) && k < words.size() - 1;
      if (title || lexicon.isNonPersonAnywhere(w) || TITLE_CONNECTORS.contains(w)) {
        if (title) {
          titles.add(Lexicon.key(w));
        }
        from = k + 1;
        while (from < words.size() - 1 && lexicon.isRole(words.get(from))) {
          titles.add(Lexicon.key(words.get(from))); // "Attorney General John Ashcroft"
          from++;
        }
        break;
      }
    }
    if (from >= words.size()) {
      return Optional.empty();
    }
    boolean titled = !titles.isEmpty();
    boolean organisation = false;
    if (!titled && start > 0 && p.get(start - 1).isWord()) {
      String before = Lexicon.lower(p.get(start - 1).text());
      if (ARTICLES.contains(before)
          || PLACE_PREPOSITIONS.contains(before)
          || POSSESSIVE_DETERMINERS.contains(before)) {
        return Optional.empty(); // "the Liberal Democrats", "of Rhode Island", "his Gala Night"
      }
      organisation = !p.get(start - 1).possessive() && lexicon.isOrganisationCue(before);
    }
    List<String> name = words.subList(from, words.size()).stream().map(NameFinder::clean).toList();
    if (name.size() == 1 && (lexicon.title(name.get(0)).isPresent())) {
      return Optional.empty(); // "Vice President" leaves "President": a title, not a name
    }
    if (name.size() == 1 && from > 0 && lexicon.isPeerTitle(words.get(from - 1))) {
      // A peer is known by the title: "Lord Reed" is not the "Tom Reed" of another article.
      name = List.of(clean(words.get(from - 1)), name.get(0));
    }
    Gender gender = Gender.UNKNOWN;
    for (String t : titles) {
      Gender g = lexicon.title(t).map(Lexicon.TitleWord::gender).orElse(Gender.UNKNOWN);
      gender = gender == Gender.UNKNOWN ? g : gender;
    }
    boolean givenName =
        name.size() == 1
            && from > 0
            && lexicon.title(words.get(from - 1)).map(Lexicon.TitleWord::givenName).orElse(false);
    return Optional.of(
        new NameCandidate(
            paragraph,
            start,
            end,
            name,
            p.get(end).possessive(),
            titled,
            gender,
            false,
            givenName,
            sentenceInitial && from == 0,
            titles,
            organisation));
  }

  /** Whether most words of the paragraph, short ones aside, are capitalized. */
  private static boolean isTitleCase(ParagraphTokens p) {
    int words = 0;
    int capitalized = 0;
    for (Token t : p.tokens()) {
      if (t.isWord() && t.text().length() > 3) {
        words++;
        if (Character.isUpperCase(t.text().codePointAt(0))) {
          capitalized++;
        }
      }
    }
    return words >= 3 && capitalized * 4 >= words * 3;
  }

  private static String clean(String word) {
    return word.replace('’', '\'');
  }

  private static boolean atSentenceStart(ParagraphTokens p, int i) {
    if (i == 0 || p.sentence()[i - 1] != p.sentence()[i]) {
      return true;
    }
    Token before = p.get(i - 1);
    return before.kind() == Token.Kind.QUOTE
        || before.isEllipsis()
        || (before.kind() == Token.Kind.PUNCT && ":;(—–-\"“".contains(before.text()));
  }

  private boolean isTitleOrPlace(String word) {
    return lexicon.isNameTitle(word) || lexicon.isNonPersonLeading(word);
  }

  private static boolean isConnector(Token t) {
    return t.isWord() && TITLE_CONNECTORS.contains(t.text());
  }

  /** A capitalized word that can be part of a name; acronyms ({@code CIA}) and numbers cannot. */
  static boolean isNameWord(Token t) {
    if (!t.isWord()) {
      return false;
    }
    String w = t.text();
    if (!Character.isUpperCase(w.codePointAt(0))) {
      return false;
    }
    int letters = 0;
    int upper = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isDigit(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters == 1 || upper < letters;
  }

  private boolean isParticle(Token t) {
    return t.isWord() && particles.contains(t.text());
  }

  private boolean isHyphenParticle(Token t) {
    if (!t.isWord()) {
      return false;
    }
    int dash = t.text().indexOf('-');
    return dash > 0
        && dash + 1 < t.text().length()
        && particles.contains(t.text().substring(0, dash))
        && Character.isUpperCase(t.text().charAt(dash + 1));
  }
}
