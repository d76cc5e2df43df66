package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.eval.EvalResult.Field;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;

/**
 * Compares a matched report with its event of the key, field by field. A field is scored only where
 * the key says something checkable about it: an event without actor2 or location in the key does
 * not score those fields, and claims and retaliation are scored when the key or the report has one.
 */
final class EventFields {
  /**
   * One field scored on one event.
   *
   * @param field the field
   * @param correct whether the report has it right
   * @param expected what the key accepts, readably
   * @param actual what the report has, or null
   */
  record Check(Field field, boolean correct, String expected, String actual) {}

  private final Map<String, Set<String>> actorNames;
  private final Map<String, String> reportOfGold;

  /**
   * @param actorNames per actor id, the name and aliases the store records for it
   * @param reportOfGold per event id of the key, the id of the report matched to it
   */
  EventFields(Map<String, Set<String>> actorNames, Map<String, String> reportOfGold) {
    this.actorNames = actorNames;
    this.reportOfGold = reportOfGold;
  }

  /** The fields scored on {@code gold} matched by {@code report}. */
  List<Check> check(AnswerKey.Event gold, Report report) {
    List<Check> checks = new ArrayList<>();
    checks.add(date(gold, report));
    String type = report.eventType().label();
    checks.add(
        new Check(
            Field.EVENT_TYPE,
            Names.matches(type, gold.eventTypes()),
            show(gold.eventTypes()),
            type));
    String sub = report.subEventType().label();
    checks.add(
        new Check(
            Field.SUB_EVENT_TYPE,
            Names.matches(sub, gold.subEventTypes()),
            show(gold.subEventTypes()),
            sub));
    checks.add(actor(Field.ACTOR1, gold.actor1(), report.actor1()));
    if (!gold.actor2().isEmpty()) {
      checks.add(actor(Field.ACTOR2, gold.actor2(), report.actor2()));
    }
    if (gold.location() != null) {
      String country = report.location() == null ? null : report.location().country();
      String place = report.location() == null ? null : report.location().name();
      List<String> countries = gold.location().countries();
      if (!countries.isEmpty()) {
        checks.add(
            new Check(Field.COUNTRY, Names.matches(country, countries), show(countries), country));
      }
      List<String> names = gold.location().names();
      if (!names.isEmpty()) {
        checks.add(new Check(Field.PLACE, Names.matches(place, names), show(names), place));
      }
    }
    checks.add(fatalities(gold, report));
    if (!gold.claimedBy().isEmpty() || !report.claimedBy().isEmpty()) {
      checks.add(claims(gold, report));
    }
    checks.add(modality(gold, report));
    if (gold.retaliationFor() != null || report.retaliationFor() != null) {
      String expected =
          gold.retaliationFor() == null ? null : reportOfGold.get(gold.retaliationFor());
      boolean correct =
          gold.retaliationFor() != null
              && expected != null
              && expected.equals(report.retaliationFor());
      checks.add(
          new Check(
              Field.RETALIATION,
              correct,
              gold.retaliationFor() == null
                  ? "none"
                  : "the report of " + gold.retaliationFor() + " (" + expected + ")",
              report.retaliationFor()));
    }
    return checks;
  }

  private static Check date(AnswerKey.Event gold, Report report) {
    String actual = report.date().iso();
    boolean correct;
    if (gold.date() == null) {
      correct = actual == null;
    } else {
      // A multi-day report may be dated by its first or its last day.
      correct =
          gold.date().equals(actual) || (gold.dateEnd() != null && gold.dateEnd().equals(actual));
    }
    String expected =
        gold.date() == null
            ? "undated"
            : gold.date() + (gold.dateEnd() == null ? "" : " or " + gold.dateEnd());
    return new Check(Field.DATE, correct, expected, actual);
  }

  private Check actor(Field field, List<String> acceptable, ActorRef actual) {
    if (acceptable.isEmpty()) {
      return new Check(field, actual == null, "none", actual == null ? null : actual.name());
    }
    return new Check(
        field,
        actual != null && Names.anyMatches(names(actual), acceptable),
        show(acceptable),
        actual == null ? null : actual.name());
  }

  /** Every name the store knows {@code ref}'s actor by: its own and the actor's aliases. */
  private Collection<String> names(ActorRef ref) {
    return Stream.concat(
            Stream.of(ref.name()), actorNames.getOrDefault(ref.id(), Set.of()).stream())
        .toList();
  }

  private static Check fatalities(AnswerKey.Event gold, Report report) {
    Integer actual = report.fatalities() == null ? null : report.fatalities().value();
    if (gold.fatalities() == null) {
      return new Check(Field.FATALITIES, actual == null, "none", str(actual));
    }
    boolean correct =
        actual != null
            && (actual.equals(gold.fatalities()) || gold.fatalitiesAccept().contains(actual));
    String expected =
        gold.fatalitiesAccept().isEmpty()
            ? String.valueOf(gold.fatalities())
            : gold.fatalities() + " (or " + gold.fatalitiesAccept() + ")";
    return new Check(Field.FATALITIES, correct, expected, str(actual));
  }

  private Check claims(AnswerKey.Event gold, Report report) {
    boolean correct;
    if (gold.claimedBy().isEmpty()) {
      correct = false; // scored only because the report has a claim the key does not
    } else {
      correct =
          gold.claimedBy().stream()
              .allMatch(
                  group ->
                      report.claimedBy().stream()
                          .anyMatch(ref -> Names.anyMatches(names(ref), group)));
    }
    String expected =
        gold.claimedBy().isEmpty()
            ? "none"
            : gold.claimedBy().stream()
                .map(group -> group.get(0))
                .collect(Collectors.joining(" + "));
    String actual =
        report.claimedBy().isEmpty()
            ? null
            : report.claimedBy().stream().map(ActorRef::name).collect(Collectors.joining(" + "));
    return new Check(Field.CLAIMS, correct, expected, actual);
  }

  /**
   * The key tells alleged events from the rest and nothing more: "claimed" is a fact reported with
   * its claimant, so it counts as asserted.
   */
  private static Check modality(AnswerKey.Event gold, Report report) {
    boolean goldAlleged = "alleged".equalsIgnoreCase(gold.modality());
    boolean reportAlleged = report.modality() == Modality.ALLEGED;
    return new Check(
        Field.MODALITY,
        goldAlleged == reportAlleged,
        gold.modality() == null ? "asserted" : gold.modality(),
        report.modality().code());
  }

  private static String show(List<String> acceptable) {
    if (acceptable.isEmpty()) {
      return "none";
    }
    return acceptable.size() <= 3
        ? String.join(" | ", acceptable)
        : String.join(" | ", acceptable.subList(0, 3)) + " | …";
  }

  private static String str(Object value) {
    return value == null ? null : value.toString();
  }
}
