package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Writes a store as the JSON Lines export of {@code eval/EXPORT.md}: documents, reports, actors,
 * relations and events, one object a line, sorted by id so that two exports of one store are
 * byte-identical. Files are written beside their targets and moved into place, so a reader never
 * sees half a file.
 */
public final class JsonlExporter {
  /** The files of the export, in the order the pipeline fills them. */
  public static final List<String> FILES =
      List.of(
          "documents.jsonl", "reports.jsonl", "actors.jsonl", "relations.jsonl", "events.jsonl");

  private final ObjectMapper json =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /**
   * Exports {@code store} into {@code directory}, creating it if needed and replacing the files of
   * an earlier export.
   *
   * @return the number of lines written per file, in {@link #FILES} order
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Integer> export(DocumentStore store, Path directory) {
    try {
      Files.createDirectories(directory);
      List<ObjectNode> documents =
          store.documents().stream()
              .sorted(Comparator.comparing(StoredDocument::id))
              .map(this::document)
              .toList();
      write(directory.resolve("documents.jsonl"), documents);
      // Extraction, resolution and fusion fill these; until then they are present and empty.
      for (String file : FILES.subList(1, FILES.size())) {
        write(directory.resolve(file), List.of());
      }
      return List.of(documents.size(), 0, 0, 0, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export to " + directory, e);
    }
  }

  private ObjectNode document(StoredDocument d) {
    ObjectNode node = json.createObjectNode();
    node.put("id", d.id());
    node.put("source", d.source());
    node.put("url", d.metadata().url());
    node.put("title", d.metadata().title());
    node.put("author", d.metadata().author());
    node.put("published", d.metadata().published());
    node.put("language", d.language());
    node.put("text", d.text());
    node.put("version", d.version());
    node.put("content_hash", d.contentHash());
    return node;
  }

  private void write(Path file, List<ObjectNode> lines) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (ObjectNode line : lines) {
        out.write(json.writeValueAsString(line));
        out.write('\n');
      }
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
