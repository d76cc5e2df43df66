package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: a byte-order mark decides first (UTF-8, UTF-16), then UTF-8, then
 * Windows-1252 (a superset of Latin-1's printable characters). UTF-8 with a few bad sequences is
 * read with each replaced by U+FFFD, and the encoding named says how many. Binary content is
 * recognised and refused rather than decoded into noise. Stateless and thread-safe.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;

  /** Control characters tolerated in real text before it is taken for binary, per thousand. */
  private static final int MAX_CONTROLS_PER_MILLE = 5;

  /**
   * Decodes {@code bytes}.
   *
   * @throws RejectedInputException with {@link RejectionReason#EMPTY} when there are no bytes,
   *     {@link RejectionReason#BINARY} when the bytes are not text, {@link
   *     RejectionReason#UNDECODABLE} when no supported encoding reads them
   */
  public DecodedText decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new RejectedInputException(RejectionReason.EMPTY, "empty file (0 bytes)");
    }
    String signature = BinarySignatures.name(bytes);
    if (signature != null) {
      throw new RejectedInputException(RejectionReason.BINARY, "binary content: " + signature);
    }
    DecodedText decoded = decodeByBom(bytes);
    if (decoded == null) {
      decoded = decodeWithoutBom(bytes);
    }
    rejectControlCharacters(decoded);
    return decoded;
  }

  private static DecodedText decodeByBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      Utf8 utf8 = Utf8.decode(b, 3);
      if (utf8.invalid() == 0) {
        return new DecodedText(utf8.text(), "UTF-8");
      }
      if (utf8.nearlyValid(b.length)) {
        return utf8.replaced();
      }
      return new DecodedText(strict(b, 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new DecodedText(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new DecodedText(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    return null;
  }

  private static DecodedText decodeWithoutBom(byte[] b) {
    if (hasNul(b)) {
      throw new RejectedInputException(
          RejectionReason.BINARY, "binary content: NUL bytes and no UTF-16 byte-order mark");
    }
    Utf8 utf8 = Utf8.decode(b, 0);
    if (utf8.invalid() == 0) {
      return new DecodedText(utf8.text(), "UTF-8");
    }
    // More well-formed multi-byte sequences than broken ones: UTF-8 with a few bad bytes, which
    // Windows-1252 would turn into mojibake or refuse. Windows-1252 text has no such sequences.
    if (utf8.multibyte() > utf8.invalid() && utf8.nearlyValid(b.length)) {
      return utf8.replaced();
    }
    try {
      return new DecodedText(decodeStrictly(b, 0, WINDOWS_1252), "windows-1252");
    } catch (CharacterCodingException notWindows1252) {
      if (utf8.nearlyValid(b.length)) {
        return utf8.replaced();
      }
      throw new RejectedInputException(
          RejectionReason.UNDECODABLE,
          "undecodable: neither UTF-8 nor Windows-1252",
          notWindows1252);
    }
  }

  private static String strict(byte[] b, int offset, Charset charset) {
    try {
      return decodeStrictly(b, offset, charset);
    } catch (CharacterCodingException e) {
      throw new RejectedInputException(
          RejectionReason.UNDECODABLE,
          "undecodable: byte-order mark says " + charset.name() + " but the bytes are not",
          e);
    }
  }

  private static String decodeStrictly(byte[] b, int offset, Charset charset)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, offset, b.length - offset))
        .toString();
  }

  private static boolean hasNul(byte[] b) {
    int n = Math.min(b.length, SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static void rejectControlCharacters(DecodedText decoded) {
    String text = decoded.text();
    int n = Math.min(text.length(), SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean control =
          Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
      if (control || c == '\uFFFD') {
        controls++;
      }
    }
    if (n > 0 && controls * 1000L > (long) MAX_CONTROLS_PER_MILLE * n) {
      throw new RejectedInputException(
          RejectionReason.BINARY,
          "binary content: " + controls + " control characters in the first " + n);
    }
  }
}
