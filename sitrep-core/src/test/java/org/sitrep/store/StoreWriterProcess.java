package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.ingest.MediaType;
import org.sitrep.ingest.RawInput;

/** A separate process for {@link TwoWritersTest}: stores N documents of its own in one store. */
public final class StoreWriterProcess {
  private StoreWriterProcess() {}

  /** Arguments: store file, writer name, number of documents. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    String writer = args[1];
    int documents = Integer.parseInt(args[2]);
    try (SqliteDocumentStore store = SqliteDocumentStore.open(file, Clock.systemUTC())) {
      for (int i = 0; i < documents; i++) {
        String text = "Report " + i + " of writer " + writer + ": shelling hit the depot.";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        RawInput input =
            new RawInput(writer + ":" + i, writer + "-" + i + ".txt", MediaType.PLAIN_TEXT, bytes);
        store.save(
            new CleanDocument(
                input, ContentHash.of(bytes), "UTF-8", DocumentMetadata.NONE, "en", text));
      }
    }
  }
}
