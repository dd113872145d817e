package dev.newsgrep.search;

import dev.newsgrep.IndexProgress;
import dev.newsgrep.NewsIndex;
import dev.newsgrep.Seeds;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Query tests that run against the sample corpus, indexed once per test class. */
abstract class OnSeedsIndex {
  @TempDir static Path dir;

  static NewsIndex index;

  @BeforeAll
  static void indexSeeds() {
    index = NewsIndex.open(dir.resolve("index"));
    index.addFiles(List.of(Seeds.FOLDER), IndexProgress.NONE);
  }

  @AfterAll
  static void close() {
    index.close();
  }
}
