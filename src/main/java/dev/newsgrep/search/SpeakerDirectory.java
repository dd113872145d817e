package dev.newsgrep.search;

import dev.newsgrep.Paragraph;
import dev.newsgrep.Quote;
import dev.newsgrep.attribution.NameVariants;
import dev.newsgrep.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Every speaker name in an index, with the one canonical name each stands for across articles:
 * {@code Steve Smith} and {@code Steven Smith}, or {@code Smith} where the articles that print only
 * the surname can mean no one else. Built from the index's speaker terms and cached per reader; the
 * variants stay in the index, so either form can be searched.
 */
public final class SpeakerDirectory {
  private static final Map<IndexReader.CacheKey, SpeakerDirectory> CACHE =
      new ConcurrentHashMap<>();

  /** The names merged: each name's canonical form, and each canonical form's variants. */
  private record Names(Map<String, String> canonical, Map<String, Set<String>> variants) {}

  private final IndexReader reader;
  private volatile @Nullable Names names;
  private volatile @Nullable Map<String, List<String>> analyzedNames;

  private SpeakerDirectory(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * The directory of the names {@code reader} holds. Cheap: the names are read and merged only when
   * first needed, once per reader.
   */
  public static SpeakerDirectory of(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return new SpeakerDirectory(reader);
    }
    SpeakerDirectory cached = CACHE.get(helper.getKey());
    if (cached != null) {
      return cached;
    }
    var created = new SpeakerDirectory(reader);
    SpeakerDirectory raced = CACHE.putIfAbsent(helper.getKey(), created);
    if (raced != null) {
      return raced;
    }
    helper.addClosedListener(CACHE::remove);
    return created;
  }

  private Names names() {
    Names built = names;
    if (built == null) {
      synchronized (this) {
        built = names;
        if (built == null) {
          built = build();
          names = built;
        }
      }
    }
    return built;
  }

  private Names build() {
    Map<String, Long> counts = new HashMap<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.SPEAKER_EXACT);
      if (terms != null) {
        TermsEnum all = terms.iterator();
        for (BytesRef name = all.next(); name != null; name = all.next()) {
          counts.put(name.utf8ToString(), (long) all.docFreq());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> canonical = NameVariants.loadDefault().canonicalNames(counts);
    var grouped = new HashMap<String, Set<String>>();
    canonical.forEach(
        (name, group) -> grouped.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(name));
    return new Names(Map.copyOf(canonical), Map.copyOf(grouped));
  }

  /** The canonical form of {@code name}; the name itself if the index does not know it. */
  public String canonical(String name) {
    return names().canonical().getOrDefault(name, name);
  }

  /** Every name in the index that stands for the same person as {@code name}, itself included. */
  public Set<String> variants(String name) {
    return names().variants().getOrDefault(canonical(name), Set.of(name));
  }

  /**
   * Every name, with all its variants, one of whose forms contains {@code words} in a row (the
   * analyzed words of a {@code speaker:} term or phrase): {@code smith} and {@code "jane smith"}
   * find the whole group of Jane Smith's names.
   */
  Set<String> groupsContaining(List<String> words) {
    var found = new LinkedHashSet<String>();
    for (Map.Entry<String, List<String>> entry : nameWords().entrySet()) {
      if (Collections.indexOfSubList(entry.getValue(), words) >= 0) {
        found.addAll(variants(entry.getKey()));
      }
    }
    return found;
  }

  private Map<String, List<String>> nameWords() {
    Map<String, List<String>> words = analyzedNames;
    if (words == null) {
      var analyzed = new HashMap<String, List<String>>();
      for (String name : names().canonical().keySet()) {
        analyzed.put(name, Words.of(Fields.SPEAKER, name));
      }
      words = Map.copyOf(analyzed);
      analyzedNames = words;
    }
    return words;
  }

  /** {@code paragraph} with its speakers, and its quotes' speakers, in canonical form. */
  public Paragraph canonicalize(Paragraph paragraph) {
    if (paragraph.speakers().isEmpty()
        && paragraph.quotes().stream().allMatch(q -> q.speaker().isEmpty())) {
      return paragraph;
    }
    var speakers = new LinkedHashSet<String>();
    paragraph.speakers().forEach(name -> speakers.add(canonical(name)));
    var quotes = new ArrayList<Quote>(paragraph.quotes().size());
    for (Quote quote : paragraph.quotes()) {
      quotes.add(new Quote(quote.start(), quote.end(), quote.speaker().map(this::canonical)));
    }
    return new Paragraph(
        paragraph.article(),
        paragraph.number(),
        paragraph.title(),
        paragraph.outlet(),
        List.copyOf(speakers),
        paragraph.text(),
        quotes,
        paragraph.url(),
        paragraph.date());
  }
}
