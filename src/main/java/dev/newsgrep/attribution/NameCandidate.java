package dev.newsgrep.attribution;

import java.util.List;

/**
 * A capitalized run of words (or a Twitter handle) that may name a person, with its titles
 * stripped. Whether it really is a person is decided for the whole article by {@link
 * SpeakerResolver}.
 *
 * @param paragraph the paragraph's number (0 is the headline)
 * @param runStart index of the run's first token, titles included ({@code Sen.} in {@code Sen. Jane
 *     Miller})
 * @param runEnd index of the run's last token
 * @param name the name's words without titles ({@code [Jane, Miller]}), or the handle without
 *     {@code @}
 * @param possessive whether the run ends in a possessive ({@code Smith's})
 * @param titled whether an honorific or title was stripped ({@code Mr}, {@code President})
 * @param gender what the stripped words tell of the person's gender
 * @param handle whether this is a Twitter handle
 * @param givenName whether the name is a given name after an honorific such as {@code Sir}
 * @param sentenceInitial whether the name opens a sentence, where its first word may be an ordinary
 *     capitalized word ({@code Angry Jones})
 * @param titles the stripped titles and roles, lower case ({@code [senator]})
 * @param organisation whether a word before the run shows it names an organisation ({@code firm
 *     Acme Data}), so that the name is no person anywhere in the article
 */
record NameCandidate(
    int paragraph,
    int runStart,
    int runEnd,
    List<String> name,
    boolean possessive,
    boolean titled,
    Gender gender,
    boolean handle,
    boolean givenName,
    boolean sentenceInitial,
    List<String> titles,
    boolean organisation) {

  NameCandidate {
    name = List.copyOf(name);
    titles = List.copyOf(titles);
  }

  /** A Twitter handle, {@code @} left out. */
  static NameCandidate handle(int paragraph, int token, String handle) {
    return new NameCandidate(
        paragraph,
        token,
        token,
        List.of(handle),
        false,
        false,
        Gender.UNKNOWN,
        true,
        false,
        false,
        List.of(),
        false);
  }

  String last() {
    return name.get(name.size() - 1);
  }

  String joined() {
    return String.join(" ", name);
  }
}
