package dev.newsgrep.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded random news-like text for property tests: real BBC sentences spliced with the characters
 * that trip up text handling (every kind of quote mark, apostrophe and dash, controls, lone and
 * reversed surrogates, combining marks, compatibility forms) and long runs of them.
 */
public final class RandomNews {
  /** The shared BBC corpus, beside the project (tests run in the project root). */
  private static final Path BBC = Path.of("../shared/corpora/bbc");

  /** Articles read per BBC folder: enough variety, little time. */
  private static final int ARTICLES_PER_FOLDER = 25;

  private static final String[] MARKS = {
    "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u201a", "\u00ab", "\u00bb",
    "\u2039", "\u203a", "`", "\u00b4", "''", "``", "\u300c", "\u300d", "\uff02", "\u2032"
  };

  private static final String[] DASHES = {
    "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "--", " - "
  };

  private static final String[] ODD = {
    "\u0000",
    "\u0001",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "\u000b",
    "\u000c",
    "\u001b[31m",
    "\u007f",
    "\u0085",
    "\u00a0",
    "\u2007",
    "\u202f",
    "\u2028",
    "\u2029",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\ufffd",
    "\ufffe",
    "\uffff",
    "\ud800",
    "\udfff",
    "\udc00\ud800",
    "\ud83d\ude00",
    "\ud83c\uddec\ud83c\udde7",
    "e\u0301",
    "\u0301",
    "\ufb01",
    "\uff26\uff55\uff4c",
    "\u2460",
    "\u00bd",
    "\u0130",
    "\u0131",
    "\u00df",
    "\u03a3",
    "\u05d0\u05d1",
    "\u0627\u0644",
    "\u4e2d\u6587",
    "\u0e01\u0e32",
    "\u2026",
    "...",
    "\\",
    "*",
    "?",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "~",
    "^",
    "/",
    "&&",
    "||",
    "!",
    "+",
    " "
  };

  private static final String[] NEWS = {
    " said ",
    " says ",
    " told the BBC",
    " added",
    ", he said.",
    ", she said.",
    " according to ",
    "Mr ",
    "Mrs ",
    "Ms ",
    "Dr ",
    "Sen. ",
    "President ",
    "Prime Minister ",
    "Tony Blair",
    "Gordon Brown",
    "Jane Miller",
    "Miller",
    "Donald Trump",
    "Lindsey Graham",
    "he",
    "she",
    "they",
    "it's",
    "can't",
    "I've",
    "won't",
    "Putin's",
    "rock 'n' roll",
    "'90s",
    "the so-called ",
    "NBC's ",
    "Meet the Press",
    "@LindseyGrahamSC",
    "(Reuters) - ",
    "Read more from Yahoo News",
    "Advertisement",
    "REUTERS/Jane Doe"
  };

  private static final List<String> SENTENCES = loadSentences();

  private final Random random;

  /** A generator that gives the same text for the same seed. */
  public RandomNews(long seed) {
    this.random = new Random(seed);
  }

  /** The generator's random source, for choices a test makes itself. */
  public Random random() {
    return random;
  }

  /** One of {@code options}. */
  public String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  /** A real BBC sentence. */
  public String sentence() {
    return SENTENCES.get(random.nextInt(SENTENCES.size()));
  }

  /** A paragraph of at most about {@code maxPieces} pieces: sentences, marks, odd characters. */
  public String paragraph(int maxPieces) {
    var text = new StringBuilder();
    int pieces = random.nextInt(maxPieces + 1);
    for (int i = 0; i < pieces; i++) {
      text.append(piece());
    }
    return text.toString();
  }

  /** An article's paragraphs, headline first. */
  public List<String> paragraphs(int maxParagraphs, int maxPieces) {
    int count = 1 + random.nextInt(maxParagraphs);
    var paragraphs = new ArrayList<String>(count);
    for (int i = 0; i < count; i++) {
      paragraphs.add(paragraph(maxPieces));
    }
    return paragraphs;
  }

  /** One piece of text: mostly news, often a mark, sometimes something odd or a long run. */
  public String piece() {
    return switch (random.nextInt(20)) {
      case 0, 1, 2, 3 -> sentence();
      case 4 -> words(sentence(), 1 + random.nextInt(6));
      case 5, 6, 7 -> pick(MARKS) + words(sentence(), 1 + random.nextInt(12)) + pick(MARKS);
      case 8, 9, 10 -> pick(MARKS);
      case 11 -> pick(DASHES);
      case 12, 13 -> pick(ODD);
      case 14, 15 -> pick(NEWS);
      case 16 -> " ";
      case 17 -> run();
      case 18 -> String.valueOf((char) random.nextInt(0x10000));
      default -> new String(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
    };
  }

  /** A long run: one mark, character or word repeated up to a few thousand times. */
  public String run() {
    String unit =
        switch (random.nextInt(4)) {
          case 0 -> pick(MARKS);
          case 1 -> pick(ODD);
          case 2 -> pick(DASHES);
          default -> words(sentence(), 1);
        };
    return unit.repeat(1 + random.nextInt(random.nextBoolean() ? 50 : 2000));
  }

  /** {@code count} consecutive words of {@code sentence} from a random start. */
  public String words(String sentence, int count) {
    String[] words = sentence.split(" ");
    int from = random.nextInt(words.length);
    return String.join(" ", List.of(words).subList(from, Math.min(words.length, from + count)));
  }

  /** {@code text} with {@code edits} random characters replaced, inserted or deleted. */
  public String mutate(String text, int edits) {
    var out = new StringBuilder(text);
    for (int i = 0; i < edits; i++) {
      int at = out.isEmpty() ? 0 : random.nextInt(out.length());
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, piece());
        case 1 -> {
          if (!out.isEmpty()) {
            out.deleteCharAt(at);
          }
        }
        default -> {
          if (!out.isEmpty()) {
            out.setCharAt(at, (char) random.nextInt(0x10000));
          }
        }
      }
    }
    return out.toString();
  }

  private static List<String> loadSentences() {
    var sentences = new ArrayList<String>();
    for (String folder : new String[] {"business", "politics", "sport"}) {
      try (Stream<Path> files = Files.list(BBC.resolve(folder))) {
        for (Path file : files.sorted().limit(ARTICLES_PER_FOLDER).toList()) {
          // The corpus is Latin-1 in places; decoding leniently keeps such bytes as odd text.
          String text = FuzzText.decode(Files.readAllBytes(file));
          for (String sentence : text.split("(?<=[.!?\"])\\s+")) {
            if (!sentence.isBlank()) {
              sentences.add(sentence.strip());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalStateException("no BBC sentences under " + BBC.toAbsolutePath());
    }
    return List.copyOf(sentences);
  }

  /** {@code text} as UTF-8 bytes, lone surrogates becoming {@code ?}. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
