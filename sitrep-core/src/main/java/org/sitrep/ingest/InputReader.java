package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads inputs from the file system and from JSON Lines streams: files, folders (recursively, in
 * name order, hidden entries skipped, symbolic links followed) and records. Only regular files are
 * read, and every read is capped as it streams; whatever cannot be read (a FIFO, a device, a broken
 * or looping link, a folder that cannot be listed, a file over the limit) is reported as a named
 * rejection instead of failing the batch. Thread-safe.
 */
public final class InputReader {
  private final long maxBytes;

  /** A reader that refuses any file or record larger than {@code maxBytes}. */
  public InputReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * The entries the given paths name: a file as itself, a folder as every non-hidden entry under it
   * that is not a folder that could be listed, sorted by path so that runs are repeatable. Entries
   * that cannot be read (FIFOs, devices, broken links, link loops, folders that cannot be listed)
   * are listed too, so that {@link #read} names each.
   *
   * @throws UncheckedIOException when a path given does not exist
   */
  public List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.addAll(walk(path));
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        files.add(path);
      } else {
        throw new UncheckedIOException(new NoSuchFileException(path.toString()));
      }
    }
    return files;
  }

  private static List<Path> walk(Path root) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && hidden(root, dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!hidden(root, file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // A folder that cannot be listed, or a link back to a folder above: named by read.
              if (!hidden(root, file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    found.sort(null);
    return found;
  }

  /**
   * Reads one file, handing each input it holds to {@code sink}: one for a text or HTML file, one
   * per line for a {@code .jsonl} file, or one rejection naming why nothing could be read.
   */
  public void read(Path file, Consumer<InputItem> sink) {
    FileName fileName = FileName.of(file);
    String name = fileName.name();
    String origin = fileName.origin();
    String notReadable = notAFile(file);
    if (notReadable != null) {
      sink.accept(new Rejection(origin, name, RejectionReason.NOT_A_FILE, notReadable));
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      read(origin, name, in, Files.size(file), sink);
    } catch (IOException | UncheckedIOException e) {
      sink.accept(
          new Rejection(origin, name, RejectionReason.UNREADABLE, "unreadable: " + e.getMessage()));
    }
  }

  /**
   * Reads one file already opened, from any file system, as {@link #read(Path, Consumer)} does: one
   * input for a text or HTML file, one per line for a {@code .jsonl} file, or one rejection.
   *
   * @param origin the file's identity across ingests (its absolute path or URI)
   * @param name the file's name, as users see it
   * @param size the file's size in bytes, as its file system reports it
   * @throws IOException when reading fails
   */
  public void read(String origin, String name, InputStream in, long size, Consumer<InputItem> sink)
      throws IOException {
    if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      readJsonLines(in, name, sink);
      return;
    }
    byte[] bytes = readCapped(in);
    if (bytes == null) {
      sink.accept(
          new Rejection(
              origin,
              name,
              RejectionReason.OVERSIZED,
              Sizes.oversized(Math.max(size, maxBytes + 1), maxBytes)));
      return;
    }
    MediaType type = MediaType.fromFileName(name).orElseGet(() -> sniff(bytes));
    sink.accept(new RawInput(origin, name, type, bytes));
  }

  /** Why {@code file} is no regular file to read, or null when it is one. */
  private static String notAFile(Path file) {
    if (Files.isRegularFile(file)) {
      return null;
    }
    boolean link = Files.isSymbolicLink(file);
    if (link && !Files.exists(file)) {
      return "broken symbolic link: its target does not exist";
    }
    if (Files.isDirectory(file)) {
      if (link && loops(file)) {
        return "symbolic link loop: it points to a folder that contains it";
      }
      try (var listing = Files.newDirectoryStream(file)) {
        return "folder skipped: it could not be listed";
      } catch (IOException e) {
        return "unreadable folder, skipped: " + reason(e);
      }
    }
    return "not a regular file (" + kind(file) + "): nothing to read";
  }

  private static boolean loops(Path link) {
    try {
      Path target = link.toRealPath();
      Path parent = link.toAbsolutePath().getParent();
      return parent != null && parent.toRealPath().startsWith(target);
    } catch (IOException e) {
      return false;
    }
  }

  private static String reason(IOException e) {
    String simple = e.getClass().getSimpleName();
    return switch (simple) {
      case "AccessDeniedException" -> "permission denied";
      case "FileSystemLoopException" -> "symbolic link loop";
      default -> e.getMessage() != null ? e.getMessage() : simple;
    };
  }

  /** FIFO, device or socket, from the file type bits of the POSIX mode where the system has one. */
  private static String kind(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  /** At most {@code maxBytes} of {@code in}, or null when there are more. */
  private byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Reads JSON Lines records from {@code in}, one input per non-blank line; a line that is not one
   * JSON record is rejected by its line number and the rest are kept. A record's origin is its id
   * (else its URL, else where it stands in {@code streamName}).
   *
   * @throws UncheckedIOException when the stream itself fails
   */
  public void readJsonLines(InputStream in, String streamName, Consumer<InputItem> sink) {
    BoundedLines lines = new BoundedLines(in, maxBytes);
    try {
      for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
        String position = streamName + ":" + line.number();
        if (line.oversized()) {
          sink.accept(
              new Rejection(
                  "jsonl:" + position,
                  position,
                  RejectionReason.OVERSIZED,
                  Sizes.oversized(line.size(), maxBytes)));
          continue;
        }
        byte[] bytes = line.number() == 1 ? withoutBom(line.bytes()) : line.bytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isBlank()) {
          sink.accept(record(text, bytes, position));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + streamName, e);
    }
  }

  /** A byte-order mark opens a file, not its first record: without this the record was lost. */
  private static byte[] withoutBom(byte[] b) {
    boolean bom =
        b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    return bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b;
  }

  private InputItem record(String line, byte[] bytes, String position) {
    try {
      JsonRecord record = JsonRecord.parse(line);
      String key = record.id() != null ? record.id() : record.metadata().url();
      String source = key != null ? key : position;
      return new RawInput("jsonl:" + source, source, MediaType.JSON_RECORD, bytes);
    } catch (RejectedInputException e) {
      return new Rejection("jsonl:" + position, position, e.reason(), e.getMessage());
    }
  }

  /** HTML when the bytes open like markup; plain text otherwise (the decoder judges binary). */
  private static MediaType sniff(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    boolean markup =
        head.startsWith("<!doctype html")
            || head.startsWith("<html")
            || head.contains("<body")
            || head.contains("<head");
    return markup ? MediaType.HTML : MediaType.PLAIN_TEXT;
  }

  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
