package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event: the reports of it from every document, fused, with reconciled values.
 *
 * @param id stable id, derived from the smallest id among its reports
 * @param reportIds ids of the reports fused into it, sorted
 * @param documentIds ids of the distinct documents those reports come from, sorted
 * @param date the most precise date its reports give
 * @param subEventType the most specific sub-event type its reports give
 * @param actor1 the initiator most reports agree on, or null
 * @param actor2 the target or other side most reports agree on, or null
 * @param location the most precise place its reports give, or null
 * @param fatalities deaths across the reports, or null when none gives a figure
 * @param claims every claim of responsibility, each with the reports that carry it
 * @param retaliationFor id of the event this one answers, or null
 * @param disagreements the fields on which its reports differ (see {@link Field}), sorted
 */
public record Event(
    String id,
    List<String> reportIds,
    List<String> documentIds,
    EventDate date,
    SubEventType subEventType,
    ActorRef actor1,
    ActorRef actor2,
    Location location,
    Fatalities fatalities,
    List<Claim> claims,
    String retaliationFor,
    List<Field> disagreements)
    implements java.io.Serializable {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subEventType, "subEventType");
    reportIds = List.copyOf(reportIds);
    documentIds = List.copyOf(documentIds);
    claims = List.copyOf(claims);
    disagreements = List.copyOf(disagreements);
    if (reportIds.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one report: " + id);
    }
  }

  /** The ACLED event type. */
  public EventType eventType() {
    return subEventType.type();
  }

  /** The number of distinct documents that report it. */
  public int sources() {
    return documentIds.size();
  }

  /** The fields of an event its reports can disagree on. */
  public enum Field {
    DATE,
    SUB_EVENT_TYPE,
    ACTOR1,
    ACTOR2,
    LOCATION,
    FATALITIES,
    CLAIMS;

    /** The lower-case name used in exports, e.g. {@code sub_event_type}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A claim of responsibility for an event.
   *
   * @param actor who claimed it
   * @param reportIds the reports that carry the claim, sorted
   */
  public record Claim(ActorRef actor, List<String> reportIds) implements java.io.Serializable {
    public Claim {
      Objects.requireNonNull(actor, "actor");
      reportIds = List.copyOf(reportIds);
    }
  }

  /**
   * Deaths across an event's reports, after UCDP's low, best and high estimates.
   *
   * @param low the smallest figure any report gives
   * @param best the fuser's best estimate (its rule is in {@code fuse.Reconciler})
   * @param high the largest figure any report gives
   */
  public record Fatalities(int low, int best, int high) {
    public Fatalities {
      if (low < 0 || low > best || best > high) {
        throw new IllegalArgumentException(
            "fatalities must satisfy 0 <= low <= best <= high: " + low + ", " + best + ", " + high);
      }
    }
  }
}
