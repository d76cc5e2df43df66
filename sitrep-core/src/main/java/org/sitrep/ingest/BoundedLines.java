package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than a limit of one line: a longer line
 * is read past, counted, and reported by its size alone. A 1.2 GB one-line file no longer needs 1.2
 * GB of heap.
 */
final class BoundedLines {
  /** One line: its bytes (without the line break), or only its size when it was over the limit. */
  record Line(int number, byte[] bytes, long size) {
    boolean oversized() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private int number;
  private boolean ended;

  BoundedLines(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long size = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int length = position - start;
      if (size + length <= maxBytes) {
        line.write(buffer, start, length);
      }
      size += length;
      if (position < limit) {
        position++; // the line break
        break;
      }
    }
    number++;
    if (size > maxBytes) {
      return new Line(number, null, size);
    }
    byte[] bytes = line.toByteArray();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    byte[] trimmed = end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
    return new Line(number, trimmed, trimmed.length);
  }
}
