package dev.newsgrep.attribution;

import java.util.Optional;

/**
 * Who a quoted span is attributed to.
 *
 * @param status whether the quote is attributed, and to whom
 * @param speaker the person's canonical name when {@code status} is {@link Status#PERSON}
 */
record Attribution(Status status, Optional<String> speaker) {

  /** How far attribution got. */
  enum Status {
    /** Attributed to a named person. */
    PERSON,
    /**
     * Attributed, but to no one named: an organisation, an unnamed official, an unresolved "he".
     */
    UNNAMED,
    /** Nothing in the text attributes it. */
    NONE
  }

  static final Attribution NONE = new Attribution(Status.NONE, Optional.empty());
  static final Attribution UNNAMED = new Attribution(Status.UNNAMED, Optional.empty());

  static Attribution person(String name) {
    return new Attribution(Status.PERSON, Optional.of(name));
  }

  /** A person if the name is there, otherwise attributed to no one named. */
  static Attribution of(Optional<String> name) {
    return name.map(Attribution::person).orElse(UNNAMED);
  }

  boolean found() {
    return status != Status.NONE;
  }
}
