package dev.newsgrep.attribution;

/**
 * What a word tells of a person's gender: {@code Mr} and {@code he} say male, {@code Ms} female.
 */
enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** Reads the one-letter code of the data files: {@code m}, {@code f}, anything else unknown. */
  static Gender fromCode(String code) {
    return switch (code) {
      case "m" -> MALE;
      case "f" -> FEMALE;
      default -> UNKNOWN;
    };
  }

  /** Whether a person of this gender can be referred to by a word of gender {@code other}. */
  boolean compatibleWith(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
