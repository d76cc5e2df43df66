package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * One JSON Lines input record: {@code {id, url, title, author, published, text | html}}.
 *
 * @param id the record's id, or null
 * @param metadata url, title, author and publication date as given (each may be null)
 * @param text the plain text, or null when the record gives html
 * @param html the HTML, or null when the record gives text
 */
public record JsonRecord(String id, DocumentMetadata metadata, String text, String html) {
  // Trailing tokens fail the parse: otherwise a second object on the line, or garbage after the
  // record, vanished without a word.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /**
   * Parses one line.
   *
   * @throws RejectedInputException with {@link RejectionReason#MALFORMED} when the line is not a
   *     JSON object or has neither a text nor an html field
   */
  public static JsonRecord parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (MismatchedInputException e) {
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
        throw new RejectedInputException(
            RejectionReason.MALFORMED,
            "not one JSON record: a second value or other text follows the record on this line",
            e);
      }
      throw new RejectedInputException(
          RejectionReason.MALFORMED, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new RejectedInputException(
          RejectionReason.MALFORMED, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new RejectedInputException(RejectionReason.MALFORMED, "not a JSON object");
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if (text == null && html == null) {
      throw new RejectedInputException(
          RejectionReason.MALFORMED, "record has neither \"text\" nor \"html\"");
    }
    String published = string(node, "published");
    DocumentMetadata metadata =
        new DocumentMetadata(
            string(node, "url"),
            string(node, "title"),
            string(node, "author"),
            published == null ? null : PublicationDates.find(published).orElse(published));
    return new JsonRecord(string(node, "id"), metadata, text, html);
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String s = value.isTextual() ? value.asText() : value.toString();
    return s.isBlank() ? null : s;
  }
}
