package dev.newsgrep.search;

import dev.newsgrep.QuerySyntaxException;
import dev.newsgrep.index.Fields;
import dev.newsgrep.index.NewsAnalyzer;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Parses Lucene's classic query syntax against the paragraph schema: bare terms search the text,
 * terms are joined by AND, only the schema's fields may be named, and every failure becomes a
 * one-line {@link QuerySyntaxException}.
 */
public final class NewsQueryParser {
  private static final String KNOWN_FIELDS = String.join(", ", new TreeSet<>(Fields.QUERYABLE));

  private NewsQueryParser() {}

  /** The Lucene query for {@code text}; never {@code null}. */
  public static Query parse(String text) {
    if (text.isBlank()) {
      throw new QuerySyntaxException("empty query");
    }
    try {
      return matchAllIfOnlyNegative(new FieldCheckingParser().parse(text));
    } catch (ParseException e) {
      throw new QuerySyntaxException(explain(text, e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(
          "query has too many clauses (more than " + IndexSearcher.getMaxClauseCount() + ")");
    } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
      throw new QuerySyntaxException("query is too complex: " + firstLine(e.getMessage()));
    }
  }

  /** A query of only NOT clauses matches everything except them, as a user expects. */
  private static Query matchAllIfOnlyNegative(Query query) {
    if (query instanceof BooleanQuery bool
        && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      var builder =
          new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bool.clauses().forEach(builder::add);
      return builder.build();
    }
    return query;
  }

  private static String explain(String text, ParseException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof QuerySyntaxException known) {
        return known.getMessage();
      }
      if (cause instanceof IndexSearcher.TooManyClauses) {
        return "query has too many clauses (more than " + IndexSearcher.getMaxClauseCount() + ")";
      }
    }
    String message = firstLine(e.getMessage());
    if (countOf(text, '"') % 2 == 1) {
      return "unbalanced quotation mark in query: " + text;
    }
    if (countOf(text, '(') != countOf(text, ')')) {
      return "unbalanced parentheses in query: " + text;
    }
    if (text.strip().endsWith(":")) {
      return "nothing after '" + text.strip() + "': give a value, e.g. speaker:smith";
    }
    int cannotParse = message.indexOf("': ");
    if (message.startsWith("Cannot parse '") && cannotParse > 0) {
      message = message.substring(cannotParse + 3);
    }
    return "malformed query: " + message.strip();
  }

  private static int countOf(String text, char wanted) {
    return (int) text.chars().filter(c -> c == wanted).count();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The classic parser, refusing fields the schema does not have. */
  private static final class FieldCheckingParser extends QueryParser {
    FieldCheckingParser() {
      super(Fields.TEXT, NewsAnalyzer.forSchema());
      setDefaultOperator(QueryParser.Operator.AND);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      return super.getFieldQuery(checked(field), queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return super.getFieldQuery(checked(field), queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      return super.getRangeQuery(checked(field), part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(checked(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return super.getWildcardQuery(checked(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      return super.getFuzzyQuery(checked(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      return super.getRegexpQuery(checked(field), termStr);
    }

    private static String checked(String field) throws ParseException {
      if (!Fields.QUERYABLE.contains(field)) {
        var problem =
            new QuerySyntaxException(
                "unknown field '"
                    + field.toLowerCase(Locale.ROOT)
                    + ":' (fields: "
                    + KNOWN_FIELDS
                    + ")");
        var wrapped = new ParseException(problem.getMessage());
        wrapped.initCause(problem);
        throw wrapped;
      }
      return field;
    }
  }
}
