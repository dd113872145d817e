package dev.newsgrep.search;

import dev.newsgrep.QuerySyntaxException;
import dev.newsgrep.index.Fields;
import dev.newsgrep.index.NewsAnalyzer;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
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

  /** Deeper nesting than this is refused: no real query needs it, and parsing it costs stack. */
  static final int MAX_NESTING = 64;

  private static final Analyzer ANALYZER = NewsAnalyzer.forSchema();
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private NewsQueryParser() {}

  /** Longer queries are refused: no one types them, and they cost time to parse. */
  static final int MAX_LENGTH = 10_000;

  /** The Lucene query for {@code text}; never {@code null}. */
  public static Query parse(String text) {
    if (text.isBlank()) {
      throw new QuerySyntaxException("empty query");
    }
    if (text.length() > MAX_LENGTH) {
      throw new QuerySyntaxException(
          "query is " + text.length() + " characters long; the most is " + MAX_LENGTH);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new QuerySyntaxException(
            String.format(
                Locale.ROOT,
                "query has a control character (U+%04X) at column %d",
                (int) c,
                i + 1));
      }
    }
    if (nesting(text) > MAX_NESTING) {
      throw new QuerySyntaxException(
          "query nests parentheses more than " + MAX_NESTING + " levels deep");
    }
    try {
      return withMatchAllForNegatives(new FieldCheckingParser().parse(text));
    } catch (ParseException e) {
      throw new QuerySyntaxException(explain(text, e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(
          "query has too many clauses (more than " + IndexSearcher.getMaxClauseCount() + ")");
    } catch (TooComplexToDeterminizeException e) {
      throw new QuerySyntaxException("query is too complex: " + firstLine(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException("malformed regular expression: " + firstLine(e.getMessage()));
    }
  }

  private static int nesting(String text) {
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == ')') {
        depth--;
      }
    }
    return deepest;
  }

  /**
   * A group of only NOT clauses, at any depth, matches everything except them, as a user expects
   * ({@code NOT trump}, {@code russia AND (NOT putin)}); Lucene alone would match nothing.
   */
  private static Query withMatchAllForNegatives(Query query) {
    if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()) {
      return query;
    }
    var builder =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    boolean onlyNegative = true;
    for (BooleanClause clause : bool.clauses()) {
      builder.add(withMatchAllForNegatives(clause.query()), clause.occur());
      onlyNegative &= clause.occur() == BooleanClause.Occur.MUST_NOT;
    }
    if (onlyNegative) {
      builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return builder.build();
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
    if (message.contains("not allowed as first character")) {
      return "a word cannot start with * or ? (no leading wildcards): " + text;
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException syntax && syntax.currentToken != null) {
        Token next = syntax.currentToken.next;
        if (next == null || next.kind == QueryParserConstants.EOF) {
          return "query ends too early, after '" + syntax.currentToken.image + "'";
        }
        return "unexpected '"
            + next.image
            + "' at column "
            + (next.beginColumn + 1)
            + " of the query";
      }
      if (cause instanceof TokenMgrError) {
        Matcher column = COLUMN.matcher(String.valueOf(cause.getMessage()));
        return "cannot read the query"
            + (column.find() ? " at column " + column.group(1) : "")
            + ": escape special characters with a backslash or put the words in quotes";
      }
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
      super(Fields.TEXT, ANALYZER);
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
      String problem = RegexpBounds.problem(termStr);
      if (problem != null) {
        var refused = new QuerySyntaxException(problem);
        var wrapped = new ParseException(problem);
        wrapped.initCause(refused);
        throw wrapped;
      }
      return super.getRegexpQuery(checked(field), termStr);
    }

    private static String checked(String field) throws ParseException {
      if (!Fields.QUERYABLE.contains(field)) {
        var problem =
            new QuerySyntaxException(
                "unknown field '" + field + ":' (fields: " + KNOWN_FIELDS + ")");
        var wrapped = new ParseException(problem.getMessage());
        wrapped.initCause(problem);
        throw wrapped;
      }
      return field;
    }
  }
}
