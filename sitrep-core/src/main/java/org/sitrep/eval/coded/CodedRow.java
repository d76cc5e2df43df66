package org.sitrep.eval.coded;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * One row of third-party coded data: the text to extract from and what its coders say about it.
 * Every gold field may be null (or empty) when the source does not give it; a null field is not
 * scored.
 *
 * @param file the file's name without {@code .csv}
 * @param rowId the row's id in its file ({@code event_id_cnty}, {@code eventid}, {@code id} or
 *     {@code src_row})
 * @param source the kind of file
 * @param text the input text (notes, summary, snippet, details)
 * @param event whether the coders expect an ACLED event from the text (false for CASE's five codes
 *     outside ACLED)
 * @param subTypes the sub-event types that agree with the gold; empty when unknown or no event
 * @param eventTypes the event types that agree with the gold; empty when unknown or no event
 * @param date the event's date, or null
 * @param timePrecision ACLED's time_precision (1 = exact day), or null when the source has none
 * @param actor1 the gold actor1 names (ACLED can code one event as two rows, one per actor)
 * @param country the country, or null
 * @param admin1 the first-level region, or null
 * @param admin2 the second-level region, or null
 * @param admin3 the third-level region, or null
 * @param location the place, or null
 * @param fatalities the deaths, or null
 * @param caseCode CASE's {@code SubType} code, else null
 * @param wikipedia the Wikipedia columns as written, else null
 */
public record CodedRow(
    String file,
    String rowId,
    Source source,
    String text,
    boolean event,
    Set<SubEventType> subTypes,
    Set<EventType> eventTypes,
    LocalDate date,
    Integer timePrecision,
    List<String> actor1,
    String country,
    String admin1,
    String admin2,
    String admin3,
    String location,
    Integer fatalities,
    String caseCode,
    WikipediaColumns wikipedia) {
  public CodedRow {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rowId, "rowId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    // Enum sets keep a stable order, so output is deterministic.
    subTypes =
        subTypes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(subTypes));
    eventTypes =
        eventTypes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(eventTypes));
    actor1 = List.copyOf(actor1);
  }

  /** The id of the document made from this row: {@code <file>:<row id>}. */
  public String documentId() {
    return file + ":" + rowId;
  }

  /** The event types of {@code subTypes}. */
  static Set<EventType> typesOf(Set<SubEventType> subTypes) {
    return subTypes.stream()
        .map(SubEventType::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
  }

  /** This row with {@code more} actor1 names added (a second row of the same event). */
  CodedRow withActors(List<String> more) {
    List<String> all = Stream.concat(actor1.stream(), more.stream()).distinct().toList();
    return new CodedRow(
        file,
        rowId,
        source,
        text,
        event,
        subTypes,
        eventTypes,
        date,
        timePrecision,
        all,
        country,
        admin1,
        admin2,
        admin3,
        location,
        fatalities,
        caseCode,
        wikipedia);
  }

  /**
   * The columns of a Wikipedia incident table, as written.
   *
   * @param type the attack type, free text ("Car bombing, shooting")
   * @param dead the deaths, "N (+M)" with M perpetrators killed
   * @param location "City, Country"
   * @param perpetrator who did it, as the table names them
   */
  public record WikipediaColumns(String type, String dead, String location, String perpetrator) {}
}
