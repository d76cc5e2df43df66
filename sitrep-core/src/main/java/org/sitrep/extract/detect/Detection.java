package org.sitrep.extract.detect;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.SubEventType;

/**
 * What the event classifier says of one sentence.
 *
 * @param type the sub-event type it reports, or empty when it reports no real event
 * @param score the probability of {@code type} (of "no event" when it is empty), 0 to 1
 * @param eventScore the probability that it reports some event, whatever its type
 */
public record Detection(Optional<SubEventType> type, double score, double eventScore) {
  public Detection {
    Objects.requireNonNull(type, "type");
  }

  /** Whether the sentence reports an event. */
  public boolean reportsEvent() {
    return type.isPresent();
  }
}
