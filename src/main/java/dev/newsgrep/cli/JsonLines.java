package dev.newsgrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgrep.Highlight;
import dev.newsgrep.Hit;
import dev.newsgrep.Paragraph;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Lines contract for scripts: one object per paragraph, keys in a fixed order. Keys are
 * only ever added, never renamed or removed.
 */
final class JsonLines {
  private static final ObjectMapper MAPPER = mapper();

  private JsonLines() {}

  /** {@code article, paragraph, title, outlet, speakers, text, url, date}. */
  static Map<String, Object> paragraph(Paragraph p) {
    var object = new LinkedHashMap<String, Object>();
    object.put("article", p.article());
    object.put("paragraph", p.number());
    object.put("title", p.title());
    object.put("outlet", p.outlet());
    object.put("speakers", p.speakers());
    object.put("text", p.text());
    object.put("url", p.url());
    object.put("date", p.date());
    return object;
  }

  /**
   * The paragraph's keys plus {@code score} and {@code highlights}, [start, end] pairs into text.
   */
  static Map<String, Object> hit(Hit hit) {
    var object = paragraph(hit.paragraph());
    object.put("score", hit.score());
    object.put("highlights", spans(hit.highlights()));
    object.put("title_highlights", spans(hit.titleHighlights()));
    return object;
  }

  /** Highlights as {@code [start, end]} pairs, the form the JSON contract uses. */
  static List<int[]> spans(List<Highlight> highlights) {
    return highlights.stream().map(h -> new int[] {h.start(), h.end()}).toList();
  }

  private static ObjectMapper mapper() {
    var mapper = new ObjectMapper();
    mapper.getFactory().setCharacterEscapes(new SafeJsonEscapes());
    return mapper;
  }

  /** Prints one object as one line. */
  static void print(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
