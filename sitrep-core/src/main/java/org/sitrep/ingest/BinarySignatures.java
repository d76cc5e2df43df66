package org.sitrep.ingest;

import java.util.List;

/** Names the common binary formats by their leading magic bytes. */
final class BinarySignatures {
  private record Signature(String name, int... magic) {}

  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature("PDF document", '%', 'P', 'D', 'F', '-'),
          new Signature("ZIP archive (or DOCX, XLSX, EPUB)", 'P', 'K', 3, 4),
          new Signature("gzip archive", 0x1F, 0x8B),
          new Signature("PNG image", 0x89, 'P', 'N', 'G'),
          new Signature("JPEG image", 0xFF, 0xD8, 0xFF),
          new Signature("GIF image", 'G', 'I', 'F', '8'),
          new Signature("ELF executable", 0x7F, 'E', 'L', 'F'),
          new Signature("Java class file", 0xCA, 0xFE, 0xBA, 0xBE),
          new Signature("SQLite database", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'),
          new Signature("OLE2 document (DOC, XLS)", 0xD0, 0xCF, 0x11, 0xE0));

  private BinarySignatures() {}

  /** The name of the binary format {@code bytes} start with, or null when none is known. */
  static String name(byte[] bytes) {
    for (Signature signature : SIGNATURES) {
      if (startsWith(bytes, signature.magic())) {
        return signature.name();
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
