package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawInput;
import org.sitrep.ingest.Rejection;
import org.sitrep.ingest.RejectionReason;
import org.sitrep.store.StoredDocument;

/**
 * The ingest stage over one partition of files: each file is read from its file system and each
 * input it holds is cleaned, exactly as {@code ./sitrep ingest} does; a bad input becomes a
 * rejection and the partition goes on.
 */
final class ReadAndClean implements FlatMapFunction<Iterator<InputFile>, Ingested> {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> hadoopConf;
  private final long maxBytes;
  private final String ingestedAt;

  /**
   * @param hadoopConf the job's Hadoop configuration, as entries (Configuration is not
   *     serialisable), so that executors reach the file systems the driver listed
   */
  ReadAndClean(Map<String, String> hadoopConf, long maxBytes, String ingestedAt) {
    this.hadoopConf = hadoopConf;
    this.maxBytes = maxBytes;
    this.ingestedAt = ingestedAt;
  }

  @Override
  public Iterator<Ingested> call(Iterator<InputFile> files) {
    Configuration conf = new Configuration(false);
    hadoopConf.forEach(conf::set);
    Ingestor ingestor = Ingestor.standard(IngestConfig.DEFAULTS.withMaxBytes(maxBytes));
    InputReader reader = new InputReader(maxBytes);
    List<Ingested> out = new ArrayList<>();
    while (files.hasNext()) {
      InputFile file = files.next();
      long[] index = {0};
      try {
        Path path = new Path(URI.create(file.uri()));
        FileSystem fs = path.getFileSystem(conf);
        try (InputStream in = fs.open(path)) {
          reader.read(
              file.origin(),
              file.name(),
              in,
              file.size(),
              item -> out.add(clean(ingestor, file, index[0]++, item)));
        }
      } catch (IOException | UncheckedIOException e) {
        out.add(
            new Ingested(
                file.order(),
                index[0],
                null,
                new Quarantined(
                    file.origin(),
                    file.name(),
                    RejectionReason.UNREADABLE,
                    "unreadable: " + e.getMessage())));
      }
    }
    return out.iterator();
  }

  private Ingested clean(Ingestor ingestor, InputFile file, long index, Object item) {
    if (item instanceof Rejection rejection) {
      return new Ingested(file.order(), index, null, Quarantined.of(rejection));
    }
    RawInput input = (RawInput) item;
    IngestOutcome outcome = ingestor.ingest(input);
    if (outcome instanceof Rejection rejection) {
      return new Ingested(file.order(), index, null, Quarantined.of(rejection));
    }
    CleanDocument d = (CleanDocument) outcome;
    String hash = d.contentHash();
    StoredDocument document =
        new StoredDocument(
            StoredDocument.idOf(input.origin()),
            input.source(),
            input.origin(),
            0,
            hash,
            input.mediaType().name(),
            d.charset(),
            d.metadata(),
            d.language(),
            d.text(),
            ingestedAt);
    return new Ingested(file.order(), index, document, null);
  }
}
