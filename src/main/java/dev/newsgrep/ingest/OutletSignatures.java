package dev.newsgrep.ingest;

import dev.newsgrep.Article;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Infers the publication of an article from what the publication prints about itself: its dateline
 * ({@code (Reuters) -}), sign-off ({@code © 2005 BBC}), follow and newsletter calls ({@code follow
 * BuzzFeed News on Twitter}), {@code Read more from Yahoo News:}.
 *
 * <p>Mentions of other outlets ({@code told the Washington Post}, photo credits such as {@code
 * REUTERS/Name}) are not signatures and do not count. The signatures come from the data file {@code
 * dev/newsgrep/outlet-signatures.tsv}, whose header documents the format. The outlet with the most
 * distinct matching signatures wins; ties go to the outlet listed first in the file.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Optional<String> outlet = OutletSignatures.loadDefault().infer(article);
 * }</pre>
 */
public final class OutletSignatures {

  private static final String RESOURCE = "outlet-signatures.tsv";

  private static final class DefaultHolder {
    static final OutletSignatures INSTANCE = fromRows(DataFile.load(RESOURCE));
  }

  /** Where in the body a signature is looked for. */
  enum Scope {
    /** The first few body paragraphs, where datelines are. */
    LEAD,
    /** The last body paragraphs, where sign-offs are. */
    TAIL,
    /**
     * Every body paragraph; of a very long article (a dump of many articles, or one huge block
     * split up) only the paragraphs within the first and the last {@value #MAX_SEARCHED_CHARS}
     * characters: publications sign at the start or the end, and matching some thousand signatures
     * against the whole of a 50 MB file would take minutes.
     */
    ANY;

    private static final int LEAD_PARAGRAPHS = 3;
    private static final int TAIL_PARAGRAPHS = 10;
    static final int MAX_SEARCHED_CHARS = 50_000;

    /** The paragraphs any scope looks at: all, or those at the start and end of a long body. */
    static List<String> searched(List<String> paragraphs) {
      int head = 0;
      for (int chars = 0; head < paragraphs.size() && chars < MAX_SEARCHED_CHARS; head++) {
        chars += paragraphs.get(head).length();
      }
      int tail = paragraphs.size();
      for (int chars = 0; tail > head && chars < MAX_SEARCHED_CHARS; tail--) {
        chars += paragraphs.get(tail - 1).length();
      }
      if (tail == head) {
        return paragraphs;
      }
      var window = new ArrayList<String>(paragraphs.subList(0, head));
      window.addAll(paragraphs.subList(tail, paragraphs.size()));
      return window;
    }

    <T> List<T> of(List<T> paragraphs) {
      int n = paragraphs.size();
      return switch (this) {
        case LEAD -> paragraphs.subList(0, Math.min(LEAD_PARAGRAPHS, n));
        case TAIL -> paragraphs.subList(Math.max(0, n - TAIL_PARAGRAPHS), n);
        case ANY -> paragraphs;
      };
    }

    static Scope parse(DataFile.Row row, String value) {
      return switch (value) {
        case "lead" -> LEAD;
        case "tail" -> TAIL;
        case "any" -> ANY;
        default -> throw row.error("scope must be lead, tail or any, not " + value);
      };
    }
  }

  /**
   * One compiled signature of one outlet, as the data file gives it.
   *
   * @param literals strings of which a paragraph must hold one for the pattern to match (the
   *     template values it was made with); empty for none
   */
  private record SignatureRow(String outlet, Scope scope, Pattern pattern, List<String> literals) {}

  /**
   * One compiled signature of one outlet, ready to match.
   *
   * @param literals the ids in {@link #literals} of the row's literals, checked first because it is
   *     much faster than the pattern; empty for none
   */
  private record Signature(String outlet, Scope scope, ScreenedPattern pattern, BitSet literals) {
    boolean matches(SearchedParagraph paragraph) {
      if (!literals.isEmpty() && !literals.intersects(paragraph.literals())) {
        return false;
      }
      return pattern.find(paragraph.text());
    }
  }

  /**
   * A body paragraph as signatures are matched against it: runs of white space made one space, and
   * the ids of the signature literals it holds.
   */
  private record SearchedParagraph(ScreenedPattern.Text text, BitSet literals) {}

  private record Expansion(String regex, List<String> literals) {}

  private record Template(DataFile.Row row, Scope scope, String regex) {}

  private record Outlet(DataFile.Row row, String name, Map<String, List<String>> values) {}

  private static final List<String> PLACEHOLDERS = List.of("name", "tag", "domain");

  private final LiteralSet literals;
  private final List<Signature> signatures;
  private final List<String> outletOrder;

  private OutletSignatures(List<SignatureRow> rows, List<String> outletOrder) {
    this.literals = new LiteralSet(rows.stream().flatMap(row -> row.literals().stream()).toList());
    this.signatures =
        rows.stream()
            .map(
                row ->
                    new Signature(
                        row.outlet(), row.scope(), ScreenedPattern.of(row.pattern()), idsOf(row)))
            .toList();
    this.outletOrder = List.copyOf(outletOrder);
  }

  private BitSet idsOf(SignatureRow row) {
    var ids = new BitSet();
    row.literals().forEach(literal -> ids.set(literals.id(literal)));
    return ids;
  }

  /**
   * The signatures shipped in the jar.
   *
   * <p>Loaded once and shared. A missing or malformed data file is a packaging error: the first
   * call then fails with an {@link ExceptionInInitializerError} naming the bad line.
   */
  public static OutletSignatures loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /** The outlets this table can name, in priority order. */
  public List<String> outlets() {
    return outletOrder;
  }

  /** Every signature's pattern, for tests. */
  List<ScreenedPattern> patterns() {
    return signatures.stream().map(Signature::pattern).toList();
  }

  /**
   * The publication that {@code article} shows itself to be from, if its body carries a signature.
   * The headline is not searched.
   */
  public Optional<String> infer(Article article) {
    List<SearchedParagraph> paragraphs =
        Scope.searched(article.paragraphs()).stream().map(this::searched).toList();
    var anywhere = new BitSet();
    paragraphs.forEach(paragraph -> anywhere.or(paragraph.literals()));
    var votes = new LinkedHashMap<String, Integer>();
    for (Signature signature : signatures) {
      if (!signature.literals().isEmpty() && !signature.literals().intersects(anywhere)) {
        continue; // none of its literals anywhere in the article
      }
      for (SearchedParagraph paragraph : signature.scope().of(paragraphs)) {
        if (signature.matches(paragraph)) {
          votes.merge(signature.outlet(), 1, Integer::sum);
          break;
        }
      }
    }
    return votes.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> -outletOrder.indexOf(e.getKey())))
        .map(Map.Entry::getKey);
  }

  private SearchedParagraph searched(String paragraph) {
    String text = Paragraphs.collapseSpaces(paragraph);
    return new SearchedParagraph(ScreenedPattern.Text.of(text), literals.foundIn(text));
  }

  static OutletSignatures fromRows(List<DataFile.Row> rows) {
    var templates = new ArrayList<Template>();
    var outlets = new LinkedHashMap<String, Outlet>();
    var specific = new ArrayList<DataFile.Row>();
    for (DataFile.Row row : rows) {
      switch (row.cell(0)) {
        case "template" ->
            templates.add(new Template(row, Scope.parse(row, row.cell(1)), row.cell(2)));
        case "outlet" -> {
          String name = row.cell(1).strip();
          if (name.isEmpty() || outlets.containsKey(name)) {
            throw row.error("outlet name empty or listed twice: " + name);
          }
          outlets.put(
              name,
              new Outlet(
                  row,
                  name,
                  Map.of(
                      "name",
                      list(row.cell(2)),
                      "tag",
                      list(row.cell(3)),
                      "domain",
                      list(row.cell(4)))));
        }
        case "signature" -> specific.add(row);
        default ->
            throw row.error("kind must be template, outlet or signature, not " + row.cell(0));
      }
    }
    var signatures = new ArrayList<SignatureRow>();
    for (Outlet outlet : outlets.values()) {
      for (Template template : templates) {
        expand(template, outlet)
            .ifPresent(
                expansion ->
                    signatures.add(
                        new SignatureRow(
                            outlet.name(),
                            template.scope(),
                            compile(template.row(), expansion.regex()),
                            expansion.literals())));
      }
    }
    for (DataFile.Row row : specific) {
      String outlet = row.cell(1).strip();
      if (!outlets.containsKey(outlet)) {
        throw row.error("signature for an outlet with no outlet row: " + outlet);
      }
      signatures.add(
          new SignatureRow(
              outlet, Scope.parse(row, row.cell(2)), compile(row, row.cell(3)), List.of()));
    }
    return new OutletSignatures(signatures, List.copyOf(outlets.keySet()));
  }

  /**
   * The template's regex for this outlet, or empty if the outlet has no value for its placeholder.
   */
  private static Optional<Expansion> expand(Template template, Outlet outlet) {
    String regex = template.regex();
    var literals = new ArrayList<String>();
    for (String placeholder : PLACEHOLDERS) {
      String token = "{" + placeholder + "}";
      if (regex.contains(token)) {
        List<String> values = outlet.values().get(placeholder);
        if (values.isEmpty()) {
          return Optional.empty();
        }
        regex = regex.replace(token, alternation(values));
        if (literals.isEmpty()) {
          literals.addAll(values);
        }
      }
    }
    return Optional.of(new Expansion(regex, List.copyOf(literals)));
  }

  /** The values as literal alternatives, longest first, never matching inside a longer word. */
  private static String alternation(List<String> values) {
    return values.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])"));
  }

  private static Pattern compile(DataFile.Row row, String regex) {
    if (regex.isBlank()) {
      throw row.error("no pattern");
    }
    try {
      return Pattern.compile(regex, Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw row.error("bad regex: " + e.getDescription());
    }
  }

  private static List<String> list(String cell) {
    return cell.isBlank()
        ? List.of()
        : List.of(cell.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
