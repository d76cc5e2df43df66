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

  /** A paragraph shorter than this is judged together with the next. */
  private static final int MIN_PIECE_CHARS = 200;

  /** The most pieces of one text judged: a long text is sampled evenly. */
  private static final int MAX_PIECES = 40;

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

  /**
   * The main language of a body of text: its paragraphs are judged one by one (merged into pieces
   * long enough to judge) and each language weighs by the characters written in it. An article that
   * opens with a paragraph in another language, or quotes one, is judged by the rest of its body.
   * Short texts are judged whole, as {@link #identify(String, java.util.Set)} does.
   *
   * @return the guess whose confidence is the share of the text written in that language
   */
  public LanguageGuess identifyMain(String text, java.util.Set<String> accepted) {
    java.util.List<String> pieces = pieces(text);
    if (pieces.size() < 2) {
      return identify(text, accepted);
    }
    Map<String, Long> chars = new java.util.TreeMap<>();
    long total = 0;
    // Evenly spaced pieces stand for a very long text, so the cost stays bounded.
    int step = Math.max(1, pieces.size() / MAX_PIECES);
    for (int i = 0; i < pieces.size(); i += step) {
      String piece = pieces.get(i);
      LanguageGuess guess = identify(piece, accepted);
      chars.merge(guess.iso639_3(), (long) piece.length(), Long::sum);
      total += piece.length();
    }
    String best = null;
    for (Map.Entry<String, Long> entry : chars.entrySet()) {
      if (best == null
          || entry.getValue() > chars.get(best)
          || (entry.getValue().equals(chars.get(best)) && accepted.contains(entry.getKey()))) {
        best = entry.getKey();
      }
    }
    String code = twoLetterCodes.getOrDefault(best, best);
    return new LanguageGuess(best, code, (double) chars.get(best) / total);
  }

  /** Paragraphs merged in order into pieces of at least {@link #MIN_PIECE_CHARS}. */
  private static java.util.List<String> pieces(String text) {
    java.util.List<String> pieces = new java.util.ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (piece.length() > 0) {
        piece.append('\n');
      }
      piece.append(line.strip());
      if (piece.length() >= MIN_PIECE_CHARS) {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
    }
    if (piece.length() > 0) {
      if (!pieces.isEmpty() && piece.length() < MIN_PIECE_CHARS) {
        String last = pieces.remove(pieces.size() - 1);
        pieces.add(last + "\n" + piece);
      } else {
        pieces.add(piece.toString());
      }
    }
    return pieces;
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String twoLetter : Locale.getISOLanguages()) {
      codes.put(Locale.forLanguageTag(twoLetter).getISO3Language(), twoLetter);
    }
    return Map.copyOf(codes);
  }
}
