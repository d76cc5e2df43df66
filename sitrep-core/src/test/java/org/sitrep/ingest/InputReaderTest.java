package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader hands on from the file system and from JSON Lines, and what it names. */
class InputReaderTest {
  private static final String ARTICLE = "Militiamen burned a market in the valley on Sunday.";

  @TempDir Path dir;

  private final InputReader reader = new InputReader(10_000);

  private List<InputItem> readAll(List<Path> paths) {
    List<InputItem> items = new ArrayList<>();
    for (Path file : reader.files(paths)) {
      reader.read(file, items::add);
    }
    return items;
  }

  private List<InputItem> readJsonLines(byte[] bytes) {
    List<InputItem> items = new ArrayList<>();
    reader.readJsonLines(new ByteArrayInputStream(bytes), "feed.jsonl", items::add);
    return items;
  }

  private static List<Rejection> rejections(List<InputItem> items) {
    return items.stream().filter(Rejection.class::isInstance).map(Rejection.class::cast).toList();
  }

  private static List<String> stored(List<InputItem> items) {
    return items.stream().filter(RawInput.class::isInstance).map(InputItem::source).toList();
  }

  @Test
  void aFifoInAFolderIsNamedNotOpened() throws Exception {
    Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Path fifo = dir.resolve("pipe.txt");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

    List<InputItem> items = readAll(List.of(dir));

    assertThat(stored(items)).containsExactly("good.txt");
    assertThat(rejections(items))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo("pipe.txt");
              assertThat(r.reason()).isEqualTo(RejectionReason.NOT_A_FILE);
              assertThat(r.detail()).contains("FIFO");
            });
  }

  @Test
  void aDeviceGivenAsAPathIsNamedNotRead() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));

    List<InputItem> items = readAll(List.of(zero));

    assertThat(rejections(items))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectionReason.NOT_A_FILE);
              assertThat(r.detail()).contains("character device");
            });
  }

  @Test
  void brokenLinksAndLinkLoopsAreEachNamedAndTheRestRead() throws IOException {
    Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.writeString(sub.resolve("inner.txt"), ARTICLE + " Two shops were lost.");
    Files.createSymbolicLink(sub.resolve("back"), dir);

    List<InputItem> items = readAll(List.of(dir));

    assertThat(stored(items)).containsExactly("good.txt", "inner.txt");
    assertThat(rejections(items))
        .extracting(Rejection::source, Rejection::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("gone.txt", RejectionReason.NOT_A_FILE),
            org.assertj.core.groups.Tuple.tuple("back", RejectionReason.NOT_A_FILE));
    assertThat(rejections(items))
        .extracting(Rejection::detail)
        .anySatisfy(d -> assertThat(d).contains("broken symbolic link"))
        .anySatisfy(d -> assertThat(d).contains("symbolic link loop"));
  }

  @Test
  void anUnreadableSubfolderIsNamedAndTheOtherFilesRead() throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(locked.resolve("b.txt"), ARTICLE);
    Files.writeString(dir.resolve("c.txt"), ARTICLE + " Again.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      // Root reads any folder whatever its permissions: the case only exists for other users.
      assumeTrue(!Files.isReadable(locked), "running as a user who can read any folder");

      List<InputItem> items = readAll(List.of(dir));

      assertThat(stored(items)).containsExactly("a.txt", "c.txt");
      assertThat(rejections(items))
          .singleElement()
          .satisfies(r -> assertThat(r.detail()).contains("unreadable folder"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutReadingItWhole() throws IOException {
    Files.write(dir.resolve("huge.txt"), new byte[50_000]);

    List<InputItem> items = readAll(List.of(dir.resolve("huge.txt")));

    assertThat(rejections(items))
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.OVERSIZED));
  }

  @Test
  void aLineLargerThanAnyHeapIsReadPastNotHeld() {
    // 2.2 GB in one line, generated as it is read: no heap could hold it, nor any Java array.
    long size = 2_200_000_000L;
    InputStream oneHugeLine =
        new InputStream() {
          private long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : left == -1 ? '\n' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return left-- == 0 ? nl(b, off) : -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            left -= n;
            return n;
          }

          private int nl(byte[] b, int off) {
            b[off] = '\n';
            return 1;
          }
        };
    byte[] after = (record("after") + "\n").getBytes(StandardCharsets.UTF_8);
    List<InputItem> items = new ArrayList<>();

    reader.readJsonLines(
        new java.io.SequenceInputStream(oneHugeLine, new ByteArrayInputStream(after)),
        "huge.jsonl",
        items::add);

    assertThat(stored(items)).containsExactly("after");
    assertThat(rejections(items))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo("huge.jsonl:1");
              assertThat(r.detail()).contains("2098.1 MB");
            });
  }

  @Test
  void filesWhoseNamesAreNotValidUtf8StayTwoDocuments() throws IOException {
    byte[] first = {'x', (byte) 0xFF, '.', 't', 'x', 't'};
    byte[] second = {'x', (byte) 0xFE, '.', 't', 'x', 't'};
    Path a;
    Path b;
    try {
      a = invalidName(first);
      b = invalidName(second);
    } catch (IOException | RuntimeException e) {
      assumeTrue(false, "the file system refuses names that are not UTF-8: " + e);
      return;
    }
    Files.writeString(a, ARTICLE);
    Files.writeString(b, ARTICLE + " Twice.");

    List<InputItem> items = readAll(List.of(dir));

    assertThat(items).hasSize(2).allSatisfy(i -> assertThat(i).isInstanceOf(RawInput.class));
    assertThat(items).extracting(i -> ((RawInput) i).origin()).doesNotHaveDuplicates();
    assertThat(items).extracting(InputItem::source).containsExactly("x%FE.txt", "x%FF.txt");
  }

  /** A file in {@link #dir} named by raw bytes, created by the shell (Java cannot spell them). */
  private Path invalidName(byte[] name) throws IOException {
    String octal = new String(name, StandardCharsets.ISO_8859_1);
    StringBuilder printf = new StringBuilder();
    for (char c : octal.toCharArray()) {
      printf.append(c < 0x80 ? String.valueOf(c) : String.format("\\%03o", (int) c));
    }
    try {
      Process p =
          new ProcessBuilder("sh", "-c", "touch \"$(printf '" + printf + "')\"")
              .directory(dir.toFile())
              .start();
      if (p.waitFor() != 0) {
        throw new IOException("touch failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    try (var files = Files.list(dir)) {
      return files
          .filter(p -> p.toUri().getRawPath().endsWith(printfEscaped(name)))
          .findFirst()
          .orElseThrow();
    }
  }

  private static String printfEscaped(byte[] name) {
    StringBuilder s = new StringBuilder();
    for (byte b : name) {
      s.append(b >= 0 ? String.valueOf((char) b) : String.format("%%%02X", b & 0xFF));
    }
    return s.toString();
  }

  // ---- JSON Lines ----

  private static String record(String id) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + ARTICLE + "\"}";
  }

  @Test
  void twoObjectsOnOneLineAreRejectedByLineNumberAndTheOtherLinesKept() {
    String lines = record("a") + "\n" + record("b") + record("c") + "\n" + record("d") + "\n";

    List<InputItem> items = readJsonLines(lines.getBytes(StandardCharsets.UTF_8));

    assertThat(stored(items)).containsExactly("a", "d");
    assertThat(rejections(items))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo("feed.jsonl:2");
              assertThat(r.reason()).isEqualTo(RejectionReason.MALFORMED);
            });
  }

  @Test
  void aRecordWithTrailingGarbageIsRejected() {
    String lines = record("a") + " trailing words\n" + record("b") + "\n";

    List<InputItem> items = readJsonLines(lines.getBytes(StandardCharsets.UTF_8));

    assertThat(stored(items)).containsExactly("b");
    assertThat(rejections(items)).extracting(Rejection::source).containsExactly("feed.jsonl:1");
  }

  @Test
  void aByteOrderMarkDoesNotCostTheFirstRecord() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (record("a") + "\n" + record("b") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    assertThat(stored(readJsonLines(bytes))).containsExactly("a", "b");
  }

  @Test
  void aMegabyteLineIsRejectedBySizeAndTheNextLinesKept() {
    String huge = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(200_000) + "\"}";
    String lines = record("a") + "\n" + huge + "\n" + record("c") + "\r\n";

    List<InputItem> items = readJsonLines(lines.getBytes(StandardCharsets.UTF_8));

    assertThat(stored(items)).containsExactly("a", "c");
    assertThat(rejections(items))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo("feed.jsonl:2");
              assertThat(r.reason()).isEqualTo(RejectionReason.OVERSIZED);
              assertThat(r.detail()).contains("976.6 KB");
            });
  }
}
