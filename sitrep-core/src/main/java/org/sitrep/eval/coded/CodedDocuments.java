package org.sitrep.eval.coded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the documents of coded rows as JSON Lines records the ingest reads: {@code {"id":
 * "<file>:<row id>", "title": "", "text": <input text>}}, one a line. No publication date is given,
 * so extraction must find the date in the text. A row without text makes no document.
 */
public final class CodedDocuments {
  /** Non-ASCII characters escaped: the lines survive any console encoding unchanged. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private CodedDocuments() {}

  /** The JSON Lines record of {@code row}, without line end. */
  public static String record(CodedRow row) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", row.documentId());
    node.put("title", "");
    node.put("text", row.text());
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON record", e);
    }
  }

  /**
   * Writes one record per row of {@code file} that has text.
   *
   * @return how many records were written
   * @throws UncheckedIOException when writing fails
   */
  public static int write(CodedFile file, Writer out) {
    int written = 0;
    try {
      for (CodedRow row : file.rows()) {
        if (!row.text().isBlank()) {
          out.write(record(row));
          out.write('\n');
          written++;
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write documents of " + file.name(), e);
    }
    return written;
  }
}
