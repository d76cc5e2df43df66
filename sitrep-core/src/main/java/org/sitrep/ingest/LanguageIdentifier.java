package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.sitrep.SitrepException;

/**
 * Identifies the language of a text with OpenNLP's language-detection model (103 languages),
 * shipped on the classpath by the {@code opennlp-models-langdetect} artifact. Load once and share:
 * the model is immutable and {@link #identify} is thread-safe.
 */
public final class LanguageIdentifier {
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** The detector reads n-grams; a few thousand characters decide as well as a whole book. */
  private static final int SAMPLE_CHARS = 6000;

  /**
   * An accepted language scoring at least this share of the first guess is taken instead: on
   * foreign text the accepted language trails by a factor of five or more, on English text crowded
   * with foreign names it trails by a few percent.
   */
  private static final double CLOSE_SECOND = 0.75;

  private final LanguageDetectorModel model;
  private final Map<String, String> twoLetterCodes;

  public LanguageIdentifier(LanguageDetectorModel model) {
    this.model = model;
    this.twoLetterCodes = twoLetterCodes();
  }

  /**
   * Loads the bundled model (about a second).
   *
   * @throws SitrepException when the model artifact is not on the classpath
   */
  public static LanguageIdentifier bundled() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new SitrepException(
            "language model " + MODEL_RESOURCE + " is missing from the classpath");
      }
      return new LanguageIdentifier(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
    }
  }

  /** The most likely language of {@code text}; never null. */
  public LanguageGuess identify(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    // A detector per call: LanguageDetectorME keeps per-call state, the model does not.
    Language best = new LanguageDetectorME(model).predictLanguage(sample);
    String code = twoLetterCodes.getOrDefault(best.getLang(), best.getLang());
    return new LanguageGuess(best.getLang(), code, best.getConfidence());
  }

  /**
   * The most likely language of {@code text}, or one of {@code accepted} when the detector scores
   * it nearly as high as its first guess. Short texts full of place and group names from elsewhere
   * ("... in Dhesheeg Waamo village (Afmadow, Lower Juba)") tip the n-gram scores towards the
   * names' language by a hair; a close second is no ground for rejecting the text.
   */
  public LanguageGuess identify(String text, java.util.Set<String> accepted) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
    Language best = ranked[0];
    for (Language candidate : ranked) {
      if (candidate.getConfidence() < CLOSE_SECOND * best.getConfidence()) {
        break;
      }
      if (accepted.contains(candidate.getLang())) {
        best = candidate;
        break;
      }
    }
    String code = twoLetterCodes.getOrDefault(best.getLang(), best.getLang());
    return new LanguageGuess(best.getLang(), code, best.getConfidence());
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String twoLetter : Locale.getISOLanguages()) {
      codes.put(Locale.forLanguageTag(twoLetter).getISO3Language(), twoLetter);
    }
    return Map.copyOf(codes);
  }
}
