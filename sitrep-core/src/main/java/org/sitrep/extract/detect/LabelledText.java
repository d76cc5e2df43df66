package org.sitrep.extract.detect;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.SubEventType;

/**
 * One example of the training corpus: a short text and what it reports.
 *
 * @param type the ACLED sub-event type the text reports, or empty when it reports no event
 * @param text the sentence or short note
 * @param source the corpus file and line it was read from, for error messages
 */
public record LabelledText(Optional<SubEventType> type, String text, String source) {
  public LabelledText {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }
}
