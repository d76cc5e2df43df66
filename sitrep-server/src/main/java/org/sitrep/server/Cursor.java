package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of a list starts: the sort key and id of the last item given, with the sort
 * and a fingerprint of the filters it was made for. Opaque to clients (base64url).
 */
record Cursor(String sort, String fingerprint, String key, String id) {
  private static final String SEPARATOR = "\u001f";

  String encode() {
    String raw = String.join(SEPARATOR, "c1", sort, fingerprint, key, id);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor in {@code value}, checked against the request's sort and filters.
   *
   * @throws ApiException when it is malformed or was made for another query
   */
  static Cursor decode(String value, String sort, String fingerprint) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("cursor", "not a cursor this API gave");
    }
    String[] parts = raw.split(SEPARATOR, -1);
    if (parts.length != 5 || !parts[0].equals("c1")) {
      throw ApiException.badParameter("cursor", "not a cursor this API gave");
    }
    if (!parts[1].equals(sort) || !parts[2].equals(fingerprint)) {
      throw ApiException.badParameter(
          "cursor", "was made for other filters or another sort; start again without it");
    }
    return new Cursor(parts[1], parts[2], parts[3], parts[4]);
  }
}
