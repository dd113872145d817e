package dev.newsgrep;

import dev.newsgrep.index.ArticleIndexer;
import dev.newsgrep.index.CorpusIndexer;
import dev.newsgrep.index.Fields;
import dev.newsgrep.index.FolderFingerprint;
import dev.newsgrep.index.IndexStore;
import dev.newsgrep.index.PreviousSources;
import dev.newsgrep.search.IndexStatistics;
import dev.newsgrep.search.ParagraphScan;
import dev.newsgrep.search.ParagraphSearcher;
import dev.newsgrep.search.QuoteLookup;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Constants;
import org.apache.lucene.util.bkd.BKDConfig;
import org.jspecify.annotations.Nullable;

/**
 * A newsgrep index: paragraphs of news articles, searchable by words, phrases, speakers and
 * outlets. The entry point of the library.
 *
 * <pre>{@code
 * try (NewsIndex index = NewsIndex.open(Path.of("my-index"))) {
 *   index.add(Article.of("a1", "Headline", List.of("\"It was close,\" Jane Doe said.")));
 *   index.commit();
 *   for (Hit hit : index.search(SearchRequest.of("speaker:doe")).hits()) {
 *     System.out.println(hit.paragraph().text());
 *   }
 * }
 * }</pre>
 *
 * <p>An index opened with {@link #open} can be written and searched; one opened with {@link
 * #openReadOnly} only searched, and each search sees the latest commit. Searches from any number of
 * threads are safe, also while other threads add articles: a search sees what was added before it
 * started, committed or not. Only one process may write an index at a time.
 *
 * <p>Errors a user can fix (a malformed query, a folder that is not an index, an index that another
 * process is writing, a full disk) are thrown as {@link NewsgrepException}s with a one-line
 * message; other I/O failures while reading as {@link UncheckedIOException}.
 */
public final class NewsIndex implements Closeable {
  private final IndexStore store;
  private final @Nullable ArticleIndexer articles;

  private NewsIndex(IndexStore store) {
    this.store = store;
    IndexWriter writer = store.writer();
    this.articles = writer == null ? null : new ArticleIndexer(writer);
  }

  /**
   * Opens the index in {@code folder} for writing and searching, creating it if the folder is
   * missing or empty.
   *
   * @throws IndexLockedException if another process is writing the index
   * @throws NewsgrepException if the folder holds something that is not an index
   */
  public static NewsIndex open(Path folder) {
    return new NewsIndex(IndexStore.openWritable(folder));
  }

  /**
   * Opens the index in {@code folder} for writing after emptying it: for an index that is build
   * output, such as one a different newsgrep version wrote (see {@link #isCurrentVersion}).
   *
   * @throws IndexLockedException if another process is writing the index
   */
  public static NewsIndex recreate(Path folder) {
    return new NewsIndex(IndexStore.openWritable(folder, true));
  }

  /**
   * Whether the index in {@code folder} was written by this version of newsgrep's schema (or there
   * is none yet). An index of another version is refused by {@link #open} and {@link
   * #openReadOnly}.
   */
  public static boolean isCurrentVersion(Path folder) {
    return IndexStatus.of(folder).isCurrentVersion();
  }

  /**
   * Whether the index in {@code folder} was last written by this very build of newsgrep (or there
   * is none yet): an index that is build output, such as one made from a sample folder, is best
   * rebuilt when not, as attribution may have changed.
   */
  public static boolean isFromThisBuild(Path folder) {
    return IndexStatus.of(folder).isFromThisBuild();
  }

  /**
   * Opens an existing index for searching only; writers in other processes are not disturbed.
   *
   * @throws NewsgrepException if there is no index in {@code folder}
   */
  public static NewsIndex openReadOnly(Path folder) {
    return new NewsIndex(IndexStore.openReadOnly(folder, IndexStore.Reads.MAPPED));
  }

  /**
   * Opens an existing index for searching only, for a process that runs a search or two and ends,
   * such as one command of newsgrep's command line: as {@link #openReadOnly}, but reading the files
   * with plain positional reads instead of memory-mapping them, which costs such a process more to
   * set up than it saves. Threads searching it must not be interrupted: an interrupt during a read
   * closes the index's files. A long-lived process should use {@link #openReadOnly}.
   *
   * @throws NewsgrepException if there is no index in {@code folder}
   */
  public static NewsIndex openForOneRun(Path folder) {
    return new NewsIndex(IndexStore.openReadOnly(folder, IndexStore.Reads.POSITIONAL));
  }

  /**
   * Initializes what opening an index first needs, without opening one: Lucene's codecs, which it
   * finds through service files on the class path, and its platform checks. A caller with other
   * work to do first, such as a command line building its parser, can run this on another thread
   * meanwhile; calling it is never needed.
   */
  public static void warmUp() {
    Codec.getDefault();
    if (!Constants.JRE_IS_64BIT) {
      Thread.onSpinWait(); // nothing to do: reading the constant initialized the checks
    }
    // The paragraph number's point index: opening its reader looks the configuration up by record
    // equality, whose first use links method handles, milliseconds in a new JVM.
    BKDConfig.of(1, 1, Integer.BYTES, BKDConfig.DEFAULT_MAX_POINTS_IN_LEAF_NODE);
  }

  /** Whether {@code folder} holds an index. */
  public static boolean exists(Path folder) {
    return IndexStore.exists(folder);
  }

  /**
   * Adds an article, replacing an earlier one with the same id. Its outlet is inferred from its
   * text when not given, and its quotes are attributed. Visible to searches at once; durable after
   * {@link #commit()}.
   *
   * @return the number of paragraphs indexed, headline included
   */
  public int add(Article article) {
    try {
      return writable().add(article);
    } catch (IOException e) {
      throw store.writeFailure(e);
    }
  }

  /**
   * Indexes article files ({@code .txt}, {@code .jsonl}) and folders of them, recursively, and
   * commits, also every few seconds during a long run: a crash keeps all but the last seconds'
   * work, and running the same call again completes it. Files that cannot be read are reported in
   * the summary, not thrown. The run stops early when {@code progress} asks.
   */
  public IndexSummary addFiles(List<Path> paths, IndexProgress progress) {
    return addFiles(paths, progress, CorpusIndexer.DEFAULT_CHECKPOINT_INTERVAL);
  }

  /**
   * As {@link #addFiles(List, IndexProgress)}, committing every {@code commitEvery} during the run
   * (the default is 10 seconds): shorter loses less to a crash, longer costs fewer commits.
   */
  public IndexSummary addFiles(List<Path> paths, IndexProgress progress, Duration commitEvery) {
    try {
      IndexSummary summary =
          store.withSearcherOrThrow(
              before ->
                  corpusIndexer(commitEvery).index(paths, progress, new PreviousSources(before)));
      store.commit(Map.of());
      return summary;
    } catch (IOException e) {
      throw store.writeFailure(e);
    }
  }

  /**
   * Brings the articles of {@code folder} up to date, if the folder changed since it was last
   * synced into this index: its earlier articles are dropped and it is indexed again.
   *
   * @return what was indexed, or empty if the folder had not changed
   */
  public Optional<IndexSummary> syncFolder(Path folder, IndexProgress progress) {
    try {
      Path absolute = folder.toAbsolutePath().normalize();
      String key = IndexStatus.folderKey(absolute);
      String fingerprint = FolderFingerprint.of(absolute);
      if (fingerprint.equals(store.commitData().get(key))) {
        return Optional.empty();
      }
      ArticleIndexer writer = writable();
      writer.deleteRoot(absolute.toString());
      IndexSummary summary =
          store.withSearcherOrThrow(
              before ->
                  corpusIndexer(CorpusIndexer.DEFAULT_CHECKPOINT_INTERVAL)
                      .index(List.of(absolute), progress, new PreviousSources(before)));
      store.commit(Map.of(key, fingerprint));
      return Optional.of(summary);
    } catch (IOException e) {
      throw store.writeFailure(e);
    }
  }

  /**
   * Whether {@code folder} changed since it was last synced into the index in {@code index} (or
   * never was): a cheap check that opens nothing for writing.
   */
  public static boolean needsSync(Path index, Path folder) {
    return IndexStatus.of(index).needsSync(folder);
  }

  /** Makes everything added so far durable. */
  public void commit() {
    try {
      writable();
      store.commit(Map.of());
    } catch (IOException e) {
      throw store.writeFailure(e);
    }
  }

  /**
   * Runs a search.
   *
   * @throws QuerySyntaxException if the query is malformed or names an unknown field
   */
  public SearchResults search(SearchRequest request) {
    return store.withSearcher(searcher -> new ParagraphSearcher(searcher).search(request));
  }

  /**
   * Looks up a phrase in what people said, across every outlet that carried it, however each
   * re-typed it: case, curly or straight marks, punctuation, contractions ({@code I've} = {@code I
   * have}), dashes, and one word added or dropped.
   *
   * @param phrase the words to find, as plain text (no query syntax)
   * @param limit the most quoted stretches to return, at least 1
   * @return the matches grouped by speaker, best group first
   * @throws QuerySyntaxException if the phrase has no words
   */
  public QuoteResults quote(String phrase, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    return store.withSearcher(searcher -> new QuoteLookup(searcher).lookup(phrase, limit));
  }

  /** The paragraphs of one article in order, headline first; empty if there is no such article. */
  public List<Paragraph> article(String id) {
    return store.withSearcher(
        searcher -> {
          var paragraphs = new ArrayList<Paragraph>();
          ParagraphScan.forEach(
              searcher, new TermQuery(new Term(Fields.ARTICLE, id)), paragraphs::add);
          return paragraphs;
        });
  }

  /**
   * Hands every paragraph of the index to {@code action}, ordered by article id and paragraph
   * number, reading a page at a time.
   */
  public void forEachParagraph(Consumer<Paragraph> action) {
    store.withSearcher(
        searcher -> {
          ParagraphScan.forEach(searcher, new MatchAllDocsQuery(), action);
          return null;
        });
  }

  /** Counts of articles, paragraphs, outlets and speakers. */
  public IndexStats stats() {
    return store.withSearcher(IndexStatistics::stats);
  }

  /**
   * Everyone quoted in the index under one canonical name each, with their name variants, paragraph
   * and article counts and outlets, most quoted first.
   */
  public List<Speaker> speakers() {
    return store.withSearcher(IndexStatistics::speakers);
  }

  /** Indexes files, committing now and then so a crash keeps most of a long run. */
  private CorpusIndexer corpusIndexer(Duration commitEvery) {
    return new CorpusIndexer(writable(), () -> store.commit(Map.of()), commitEvery);
  }

  private ArticleIndexer writable() {
    if (articles == null) {
      throw new NewsgrepException("index is open read-only");
    }
    return articles;
  }

  /** Commits what was added, if the index is writable, and releases it. */
  @Override
  public void close() {
    try {
      store.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
