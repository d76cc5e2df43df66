package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes read as UTF-8 with every malformed sequence replaced by U+FFFD, and the counts that tell
 * UTF-8 with a few bad bytes from text in another encoding.
 *
 * @param text the decoded text
 * @param invalid malformed sequences replaced
 * @param multibyte well-formed multi-byte sequences (characters beyond ASCII)
 */
record Utf8(String text, int invalid, int multibyte) {
  /** At most one bad sequence per this many bytes, and never more than this many in all. */
  private static final int BYTES_PER_INVALID = 200;

  private static final int MAX_INVALID = 50;

  static Utf8 decode(byte[] b, int offset) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
    CharBuffer out = CharBuffer.allocate(b.length - offset + 16);
    int invalid = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        invalid++;
        in.position(in.position() + result.length());
        out.put('\uFFFD');
      } else if (result.isUnderflow()) {
        break;
      } else {
        throw new IllegalStateException("UTF-8 never needs more chars than bytes: " + result);
      }
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    int multibyte = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F && c != '\uFFFD' && !Character.isLowSurrogate(c)) {
        multibyte++;
      }
    }
    return new Utf8(text, invalid, multibyte);
  }

  /** Whether so few sequences are bad that the rest is surely UTF-8. */
  boolean nearlyValid(int bytes) {
    return invalid <= MAX_INVALID && (long) invalid * BYTES_PER_INVALID <= bytes;
  }

  /** The text, its encoding naming how many bad sequences were replaced. */
  DecodedText replaced() {
    return new DecodedText(
        text,
        String.format(
            Locale.ROOT,
            "UTF-8, %d invalid byte sequence%s replaced",
            invalid,
            invalid == 1 ? "" : "s"));
  }
}
