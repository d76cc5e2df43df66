package org.sitrep.extract.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.nlp.SentenceEncoder;

/**
 * Says of each sentence whether it reports a real event and of which ACLED sub-event type: the
 * cheap cue filter first, then one batch of the plausible sentences through the sentence encoder
 * and the trained head. Immutable and thread-safe; build once, it holds the model.
 */
public final class EventDetector {
  /** What is said of a sentence the cue filter turns away. */
  public static final Detection IMPLAUSIBLE = new Detection(Optional.empty(), 1.0, 0.0);

  /** Up to this length a document is also classified whole. */
  public static final int WHOLE_CHARS = 700;

  private final EventCues cues;
  private final SentenceEncoder encoder;
  private final EventHead head;

  public EventDetector(EventCues cues, SentenceEncoder encoder, EventHead head) {
    this.cues = cues;
    this.encoder = encoder;
    this.head = head;
  }

  /** The bundled cues and head over {@code encoder}; fails when the head is for another encoder. */
  public static EventDetector bundled(SentenceEncoder encoder) {
    return new EventDetector(EventCues.bundled(), encoder, EventHead.bundled(encoder.identity()));
  }

  /** One detection per sentence, in order: {@link #IMPLAUSIBLE} for those the filter turns away. */
  public List<Detection> detect(List<String> sentences) {
    return detect(sentences, false);
  }

  /**
   * One detection per sentence, in order; with {@code everySentence} the cue filter is skipped (a
   * short document costs little to classify whole, and there recall matters most).
   */
  public List<Detection> detect(List<String> sentences, boolean everySentence) {
    Detection[] out = new Detection[sentences.size()];
    Arrays.fill(out, IMPLAUSIBLE);
    List<Integer> kept = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (everySentence || cues.plausible(sentences.get(i))) {
        kept.add(i);
        texts.add(sentences.get(i));
      }
    }
    List<float[]> vectors = encoder.encode(texts);
    for (int i = 0; i < kept.size(); i++) {
      out[kept.get(i)] = head.classify(vectors.get(i));
    }
    return List.of(out);
  }

  /**
   * One detection per sentence of a document, as {@link #detect(List)} gives them, except that a
   * short document (a coder's note, a snippet: at most {@link #WHOLE_CHARS} characters) is also
   * classified whole, as the training examples of that kind were, and unless one of its sentences
   * already says the same, that verdict stands for its main sentence: the first the classifier
   * takes for an event, else the first.
   *
   * @param text the document's text
   * @param sentences its sentences, in order
   */
  public List<Detection> detect(String text, List<String> sentences) {
    return withWhole(text, detect(sentences, isShort(text)));
  }

  /** Whether a document is short enough to be classified whole and sentence by sentence. */
  public static boolean isShort(String text) {
    return text.length() <= WHOLE_CHARS;
  }

  /**
   * {@code each}, the detections of a document's sentences, with the verdict on the whole of a
   * short document put on its main sentence as {@link #detect(String, List)} says.
   */
  public List<Detection> withWhole(String text, List<Detection> each) {
    if (!isShort(text) || each.size() < 2) {
      return each;
    }
    Detection whole = head.classify(encoder.encode(List.of(text)).get(0));
    if (whole.type().isPresent() && each.stream().anyMatch(d -> d.type().equals(whole.type()))) {
      // A sentence already says what the whole says; the others may tell further events ("The
      // toll rose to 133. Four suspects were detained.").
      return each;
    }
    int main = -1;
    for (int i = 0; i < each.size() && main < 0; i++) {
      main = each.get(i).reportsEvent() ? i : main;
    }
    List<Detection> out = new ArrayList<>(each);
    out.set(Math.max(main, 0), whole);
    return out;
  }

  /** Whether the filter lets {@code sentence} through to the classifier. */
  public boolean plausible(String sentence) {
    return cues.plausible(sentence);
  }
}
