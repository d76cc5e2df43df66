package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: lists the fused events, filtered, as a table or as JSON. */
@Command(
    name = "events",
    description =
        "List the fused events (one per real-world incident), filtered, as a table or JSON.")
final class EventsCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after DATE.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before DATE.")
  LocalDate to;

  @Option(names = "--country", description = "Only events in this country (name, any case).")
  String country;

  @Option(
      names = "--actor",
      description = "Only events with this actor as actor1, actor2 or claimant (id or name part).")
  String actor;

  @Option(
      names = "--type",
      description = "Only events of this event or sub-event type (ACLED name, any case).")
  String type;

  @Option(
      names = "--min-sources",
      defaultValue = "1",
      description = "Only events reported by at least this many documents (default: 1).")
  int minSources;

  @Option(names = "--json", description = "Print the events as a JSON array.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<Event> events;
    try (SqliteDocumentStore store = sitrep.openStore()) {
      events = store.events().stream().filter(this::wanted).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = JsonOutput.mapper();
      out.println(mapper.writeValueAsString(events));
    } else {
      out.print(EventTable.format(events));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Whether {@code e} passes every filter given. */
  boolean wanted(Event e) {
    if (e.sources() < minSources) {
      return false;
    }
    String date = e.date().iso();
    if (from != null || to != null) {
      // A date without its year cannot be placed in a range; a month or year is judged by its span.
      if (date == null || date.startsWith("--")) {
        return false;
      }
      String first =
          date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
      String last = date.length() == 4 ? date + "-12-31" : date.length() == 7 ? date + "-31" : date;
      if ((from != null && last.compareTo(from.toString()) < 0)
          || (to != null && first.compareTo(to.toString()) > 0)) {
        return false;
      }
    }
    if (country != null
        && (e.location() == null
            || e.location().country() == null
            || !e.location().country().equalsIgnoreCase(country.strip()))) {
      return false;
    }
    if (type != null
        && !e.eventType().label().equalsIgnoreCase(type.strip())
        && !e.subEventType().label().equalsIgnoreCase(type.strip())) {
      return false;
    }
    if (actor != null) {
      String wantedActor = actor.strip().toLowerCase(Locale.ROOT);
      boolean named =
          names(e.actor1(), wantedActor)
              || names(e.actor2(), wantedActor)
              || e.claims().stream().anyMatch(c -> names(c.actor(), wantedActor));
      if (!named) {
        return false;
      }
    }
    return true;
  }

  private static boolean names(ActorRef ref, String wanted) {
    return ref != null
        && (ref.id().toLowerCase(Locale.ROOT).equals(wanted)
            || ref.name().toLowerCase(Locale.ROOT).contains(wanted));
  }
}
