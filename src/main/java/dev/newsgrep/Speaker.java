package dev.newsgrep;

import java.util.List;

/**
 * A person quoted in the index, under one canonical name.
 *
 * @param name the canonical full name
 * @param variants every form of the name the articles printed, the canonical one first
 * @param paragraphs how many paragraphs quote this person
 * @param articles how many articles quote this person
 * @param outlets the outlets that carried this person's words, most paragraphs first; articles with
 *     no known outlet are not counted here
 */
public record Speaker(
    String name, List<String> variants, long paragraphs, long articles, List<String> outlets) {
  /** Copies the lists. */
  public Speaker {
    variants = List.copyOf(variants);
    outlets = List.copyOf(outlets);
  }
}
