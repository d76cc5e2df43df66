package org.sitrep.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.sitrep.extract.Detector;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.Ingestor;
import org.sitrep.pipeline.BatchExtract;
import org.sitrep.pipeline.BatchFuse;
import org.sitrep.pipeline.BatchIngest;
import org.sitrep.pipeline.ExtractionPipeline;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.testing.ProjectFiles;

/**
 * The store the API tests read: the demo corpus run through the pipeline, plus one invented
 * document whose title is markup, built once per test JVM (extraction loads CoreNLP).
 */
final class DemoStore {
  /** The title of the hostile document. */
  static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)>";

  /** Its id in JSON Lines, and so its source. */
  static final String HOSTILE_SOURCE = "hostile-title-1";

  private static Path built;

  private DemoStore() {}

  /** A fresh copy of the demo store in {@code dir}, for tests that write. */
  static Path copyTo(Path dir) throws IOException {
    Path db = dir.resolve("sitrep.db");
    Files.copy(path(), db, StandardCopyOption.REPLACE_EXISTING);
    return db;
  }

  /** The demo store, built on first use. Tests must not write to it. */
  static synchronized Path path() throws IOException {
    if (built != null) {
      return built;
    }
    Path dir = Path.of("target", "it-demo-store").toAbsolutePath();
    Files.createDirectories(dir);
    Path db = dir.resolve("sitrep.db");
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(db + suffix));
    }
    try (SqliteDocumentStore store = SqliteDocumentStore.open(db, Clock.systemUTC())) {
      BatchIngest ingest = new BatchIngest(Ingestor.standard(IngestConfig.DEFAULTS), store);
      ingest.ingestFiles(ingest.files(List.of(ProjectFiles.demoCorpus())), outcome -> {});
      String hostile =
          "{\"id\":\""
              + HOSTILE_SOURCE
              + "\",\"title\":\"<img src=x onerror=alert(1)>\",\"text\":\"Gunmen of the Red Hand"
              + " Brigade attacked a village market near Kisangani on 4 March 2023, killing five"
              + " civilians. Residents said the attackers <script>alert(2)</script> fled into the"
              + " forest.\"}\n";
      ingest.ingestJsonLines(
          new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)), "test", o -> {});
      ExtractionPipeline pipeline =
          ExtractionPipeline.standard(
              ExtractionPipeline.Annotation.TRIGGER_SENTENCES, Detector.STANDARD);
      new BatchExtract(pipeline, store, 2).run((d, n) -> {});
      new BatchFuse(store).run();
    }
    built = db;
    return db;
  }
}
