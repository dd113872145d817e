package dev.newsgrep.search;

import dev.newsgrep.index.Fields;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Widens {@code speaker:} terms and phrases to every variant of the names they match, so {@code
 * speaker:"jane smith"} also finds paragraphs of an article that only ever printed {@code Smith},
 * when the index knows that Smith to be Jane Smith.
 */
final class SpeakerExpansion {
  private SpeakerExpansion() {}

  static Query expand(Query query, SpeakerDirectory directory) {
    if (query instanceof BooleanQuery bool) {
      var builder =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      bool.clauses().forEach(c -> builder.add(expand(c.query(), directory), c.occur()));
      return builder.build();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(expand(boost.getQuery(), directory), boost.getBoost());
    }
    if (query instanceof TermQuery term && term.getTerm().field().equals(Fields.SPEAKER)) {
      return widened(query, List.of(term.getTerm().text()), directory);
    }
    if (query instanceof PhraseQuery phrase
        && phrase.getField() != null
        && phrase.getField().equals(Fields.SPEAKER)
        && phrase.getSlop() == 0) {
      return widened(query, Arrays.stream(phrase.getTerms()).map(Term::text).toList(), directory);
    }
    return query;
  }

  private static Query widened(Query original, List<String> words, SpeakerDirectory directory) {
    Set<String> names = directory.groupsContaining(words);
    if (names.isEmpty()) {
      return original;
    }
    var exactNames = names.stream().map(BytesRef::new).toList();
    return new BooleanQuery.Builder()
        .add(original, BooleanClause.Occur.SHOULD)
        .add(new TermInSetQuery(Fields.SPEAKER_EXACT, exactNames), BooleanClause.Occur.SHOULD)
        .build();
  }
}
