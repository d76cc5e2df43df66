package org.sitrep.spark;

import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.pipeline.DocumentExtractor;
import org.sitrep.pipeline.ExtractionPipeline;

/**
 * One extractor per executor JVM, loaded by the first task that needs it and shared by the rest:
 * loading CoreNLP, the encoder and the gazetteer takes seconds and a gigabyte, a document far less.
 */
final class Extractors {
  /** The Spark configuration key naming a {@link DocumentExtractor} class to use instead. */
  static final String CONF_KEY = "spark.sitrep.extractor";

  private static final ConcurrentHashMap<String, DocumentExtractor> LOADED =
      new ConcurrentHashMap<>();

  private Extractors() {}

  /** The extractor of this JVM for {@code className}, or the standard one when it is null. */
  static DocumentExtractor get(String className) {
    String key = className == null ? "" : className;
    return LOADED.computeIfAbsent(key, Extractors::load);
  }

  /**
   * The version the extractor named {@code className} (the standard one when null) records; the
   * standard one's is known without loading its models.
   */
  static String version(String className) {
    if (className == null) {
      return ExtractionPipeline.version(
          ExtractionPipeline.Annotation.TRIGGER_SENTENCES, org.sitrep.extract.Detector.STANDARD);
    }
    return get(className).version();
  }

  private static DocumentExtractor load(String className) {
    if (className.isEmpty()) {
      return ExtractionPipeline.standard();
    }
    try {
      return (DocumentExtractor)
          Class.forName(className, true, Thread.currentThread().getContextClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException(
          CONF_KEY + " names no usable DocumentExtractor: " + className, e);
    }
  }
}
