package dev.newsgrep.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query whose scores are its inner query's multiplied by a per-paragraph weight between 0 and 1,
 * read from a float doc-values field (1 where a paragraph has none, or one outside 0 to 1; segments
 * without the field are scored as the inner query alone).
 *
 * <p>Unlike Lucene's {@code FunctionScoreQuery}, it keeps Lucene's skipping of hits that cannot
 * make the top: as a weight never raises a score, the inner query's score bounds are bounds of this
 * query too, and a hit whose inner score is below the lowest competitive score stays below it once
 * weighted. On a large index that is the difference between scoring every match and scoring a few.
 */
final class DownWeightedQuery extends Query {
  private final Query in;
  private final String weightField;

  DownWeightedQuery(Query in, String weightField) {
    this.in = Objects.requireNonNull(in);
    this.weightField = Objects.requireNonNull(weightField);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    return new WeightedWeight(inner);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in
        ? super.rewrite(searcher)
        : new DownWeightedQuery(rewritten, weightField);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "weighted(" + in.toString(field) + ", " + weightField + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && in.equals(((DownWeightedQuery) other).in)
        && weightField.equals(((DownWeightedQuery) other).weightField);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), in, weightField);
  }

  /** The inner query's weight, its scorers weighted. */
  private final class WeightedWeight extends FilterWeight {
    WeightedWeight(Weight inner) {
      super(DownWeightedQuery.this, inner);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      ScorerSupplier supplier = in.scorerSupplier(context);
      NumericDocValues weights = context.reader().getNumericDocValues(weightField);
      if (supplier == null || weights == null) {
        return supplier; // no paragraph of this segment is weighted: its scores stand
      }
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          return new WeightedScorer(supplier.get(leadCost), weights);
        }

        @Override
        public BulkScorer bulkScorer() throws IOException {
          BulkScorer inner = supplier.bulkScorer();
          return new BulkScorer() {
            @Override
            public int score(LeafCollector collector, Bits acceptDocs, int min, int max)
                throws IOException {
              return inner.score(new WeightingCollector(collector, weights), acceptDocs, min, max);
            }

            @Override
            public long cost() {
              return inner.cost();
            }
          };
        }

        @Override
        public long cost() {
          return supplier.cost();
        }

        @Override
        public void setTopLevelScoringClause() throws IOException {
          supplier.setTopLevelScoringClause();
        }
      };
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation inner = in.explain(context, doc);
      if (!inner.isMatch()) {
        return inner;
      }
      NumericDocValues weights = context.reader().getNumericDocValues(weightField);
      float weight = weights == null ? 1f : weightOf(weights, doc);
      return Explanation.match(
          inner.getValue().floatValue() * weight,
          "product of:",
          inner,
          Explanation.match(weight, "paragraph weight from " + weightField));
    }
  }

  /**
   * The paragraph's weight; 1 when it has none, or one outside 0 to 1 (which would break bounds).
   */
  private static float weightOf(NumericDocValues weights, int doc) throws IOException {
    if (!weights.advanceExact(doc)) {
      return 1f;
    }
    float weight = Float.intBitsToFloat((int) weights.longValue());
    return weight >= 0f && weight <= 1f ? weight : 1f;
  }

  /**
   * Hands a collector the weighted scores of whatever bulk scorer the inner query uses (Lucene's
   * batch and disjunction scorers among them); the lowest competitive score goes back unchanged.
   */
  private static final class WeightingCollector implements LeafCollector {
    final LeafCollector in;
    private final NumericDocValues weights;
    private int doc = -1;

    WeightingCollector(LeafCollector in, NumericDocValues weights) {
      this.in = in;
      this.weights = weights;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      in.setScorer(
          new Scorable() {
            @Override
            public float score() throws IOException {
              return scorer.score() * weightOf(weights, doc);
            }

            @Override
            public void setMinCompetitiveScore(float minScore) throws IOException {
              scorer.setMinCompetitiveScore(minScore);
            }
          });
    }

    @Override
    public void collect(int document) throws IOException {
      doc = document;
      in.collect(document);
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return in.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      in.finish();
    }
  }

  /** The inner scorer's matches, each score weighted; bounds and skipping passed through. */
  private static final class WeightedScorer extends Scorer {
    private final Scorer in;
    private final NumericDocValues weights;

    WeightedScorer(Scorer in, NumericDocValues weights) {
      this.in = in;
      this.weights = weights;
    }

    @Override
    public float score() throws IOException {
      return in.score() * weightOf(weights, in.docID());
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }
  }
}
