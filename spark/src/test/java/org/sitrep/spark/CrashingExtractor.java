package org.sitrep.spark;

import org.sitrep.pipeline.DocumentExtractor;
import org.sitrep.pipeline.ExtractionPipeline;

/** The standard extractor, except that it fails on any document that says "CRASH-ME". */
public final class CrashingExtractor implements DocumentExtractor {
  private final DocumentExtractor standard = Extractors.get(null);

  @Override
  public ExtractionPipeline.Result extract(String documentId, String text, String published) {
    if (text.contains("CRASH-ME")) {
      throw new IllegalStateException("the test's crash on " + documentId);
    }
    return standard.extract(documentId, text, published);
  }

  @Override
  public String version() {
    return standard.version();
  }
}
