package dev.newsgrep.ingest;

import dev.newsgrep.Article;

/**
 * Fills in an article's outlet, url and date: the record's own fields first, then the manifest,
 * then (for the outlet only) what the article's text says about its publication.
 */
final class ArticleMetadataResolver {

  private final OutletSignatures signatures;

  ArticleMetadataResolver(OutletSignatures signatures) {
    this.signatures = signatures;
  }

  Article resolve(Article article, ArticleMetadata own, SourceFile file) {
    ArticleMetadata known = own.orElse(file.metadata());
    Article withKnown =
        new Article(
            article.id(),
            article.title(),
            article.paragraphs(),
            known.outlet(),
            known.url(),
            known.date());
    if (withKnown.outlet() != null) {
      return withKnown;
    }
    return withKnown.withOutlet(signatures.infer(withKnown).orElse(null));
  }
}
