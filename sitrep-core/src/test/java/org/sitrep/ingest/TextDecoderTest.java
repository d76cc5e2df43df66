package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  @Test
  void readsPlainUtf8() {
    DecodedText decoded = decoder.decode("Deir ez-Zor – “attack”".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).isEqualTo("Deir ez-Zor – “attack”");
    assertThat(decoded.charset()).isEqualTo("UTF-8");
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Kerman"));
    assertThat(decoder.decode(bytes).text()).isEqualTo("Kerman");
  }

  @Test
  void readsUtf16InEitherByteOrderWhenMarked() {
    byte[] little =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Ahvaz".getBytes(StandardCharsets.UTF_16LE));
    byte[] big =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Ahvaz".getBytes(StandardCharsets.UTF_16BE));
    assertThat(decoder.decode(little).text()).isEqualTo("Ahvaz");
    assertThat(decoder.decode(little).charset()).isEqualTo("UTF-16LE");
    assertThat(decoder.decode(big).text()).isEqualTo("Ahvaz");
  }

  @Test
  void fallsBackToWindows1252ForLatin1Text() {
    byte[] latin1 = "Café in Zürich, naïve “quotes”".getBytes(Charset.forName("windows-1252"));
    DecodedText decoded = decoder.decode(latin1);
    assertThat(decoded.text()).isEqualTo("Café in Zürich, naïve “quotes”");
    assertThat(decoded.charset()).isEqualTo("windows-1252");
  }

  @Test
  void rejectsNoBytesAsEmpty() {
    assertRejected(new byte[0], RejectionReason.EMPTY);
  }

  @Test
  void rejectsKnownBinaryFormatsByName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    assertThatThrownBy(() -> decoder.decode(png))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageContaining("PNG image");
  }

  @Test
  void rejectsNulBytesWithoutAByteOrderMarkAsBinary() {
    assertRejected(new byte[] {'a', 0, 'b', 1, 2, 3}, RejectionReason.BINARY);
  }

  @Test
  void rejectsTextFullOfControlCharactersAsBinary() {
    byte[] noise = new byte[400];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 2 == 0 ? 0x07 : 'x');
    }
    assertRejected(noise, RejectionReason.BINARY);
  }

  @Test
  void rejectsAByteOrderMarkThatLies() {
    byte[] oddUtf16 = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xDC, 'a', 0};
    assertRejected(oddUtf16, RejectionReason.UNDECODABLE);
  }

  private void assertRejected(byte[] bytes, RejectionReason reason) {
    assertThatThrownBy(() -> decoder.decode(bytes))
        .isInstanceOfSatisfying(
            RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
