package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An answer key in the format of {@code eval/FORMAT.md}: what a careful analyst codes from a set of
 * articles. Lists are never null: an absent list field is empty.
 *
 * @param corpus the corpus name, or null
 * @param documents the file names of the articles the key covers
 * @param events the events the articles report
 * @param noEvents sentences from which nothing may be extracted
 * @param actors clusters of surface forms that name one actor each
 * @param relations actor-to-actor relations stated in the text
 * @param cleaning per document: title, author, text to drop and text to keep
 */
public record AnswerKey(
    String corpus,
    List<String> documents,
    List<Event> events,
    List<NoEvent> noEvents,
    List<Cluster> actors,
    List<Relation> relations,
    List<Cleaning> cleaning) {
  public AnswerKey {
    documents = List.copyOf(documents);
    events = List.copyOf(events);
    noEvents = List.copyOf(noEvents);
    actors = List.copyOf(actors);
    relations = List.copyOf(relations);
    cleaning = List.copyOf(cleaning);
  }

  /**
   * One event of the key.
   *
   * @param id {@code DOC-NN}
   * @param doc file name of the article
   * @param evidence verbatim piece of the sentence that reports it
   * @param alsoEvidence other sentences of the article that report it
   * @param core whether it must be found (vaguer material is neither rewarded nor punished)
   * @param date ISO 8601 as precise as the text allows, {@code --MM-DD} without a year, or null
   *     when the text does not date it
   * @param dateEnd last day of a multi-day report, or null
   * @param dateAfter the date the text only places it after, or null
   * @param eventTypes acceptable ACLED event types
   * @param subEventTypes acceptable ACLED sub-event types, the preferred first
   * @param actor1 acceptable names of the initiator; empty when the text names none
   * @param actor2 acceptable names of the target or other side; empty when the text names none
   * @param location acceptable places, or null when the text names none
   * @param fatalities deaths the text reports, or null when it gives none
   * @param fatalitiesQualifier {@code exact} or {@code at_least}, or null
   * @param fatalitiesAccept other acceptable readings of the deaths
   * @param claimedBy one list of acceptable names per claimant
   * @param modality null when asserted as fact, else e.g. {@code alleged}
   * @param retaliationFor id of the event this one answered, or null
   * @param sameAs events of other articles with the same value are one real-world event
   */
  public record Event(
      String id,
      String doc,
      String evidence,
      List<String> alsoEvidence,
      boolean core,
      String date,
      String dateEnd,
      String dateAfter,
      List<String> eventTypes,
      List<String> subEventTypes,
      List<String> actor1,
      List<String> actor2,
      Place location,
      Integer fatalities,
      String fatalitiesQualifier,
      List<Integer> fatalitiesAccept,
      List<List<String>> claimedBy,
      String modality,
      String retaliationFor,
      String sameAs) {
    public Event {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(doc, "doc");
      Objects.requireNonNull(evidence, "evidence");
      alsoEvidence = List.copyOf(alsoEvidence);
      eventTypes = List.copyOf(eventTypes);
      subEventTypes = List.copyOf(subEventTypes);
      actor1 = List.copyOf(actor1);
      actor2 = List.copyOf(actor2);
      fatalitiesAccept = List.copyOf(fatalitiesAccept);
      claimedBy = claimedBy.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Where an event of the key happened.
   *
   * @param names acceptable place names
   * @param countries acceptable countries (one, or several for disputed places)
   */
  public record Place(List<String> names, List<String> countries) {
    public Place {
      names = List.copyOf(names);
      countries = List.copyOf(countries);
    }
  }

  /** A sentence of {@code doc} from which nothing may be extracted. */
  public record NoEvent(String doc, String evidence) {
    public NoEvent {
      Objects.requireNonNull(doc, "doc");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  /**
   * Surface forms that name one actor; forms of different clusters must never be merged.
   *
   * @param canonical a readable name
   * @param type a coarse kind: state, state military, armed group, person
   * @param forms the exact surface forms met in the articles
   */
  public record Cluster(String canonical, String type, List<String> forms) {
    public Cluster {
      Objects.requireNonNull(canonical, "canonical");
      forms = List.copyOf(forms);
    }
  }

  /**
   * An actor-to-actor relation stated in an article.
   *
   * @param subject acceptable names of the subject
   * @param relation {@code part_of}, {@code backed_by}, {@code allied_with}, {@code adversary_of}
   *     or {@code leader_of}
   * @param object acceptable names of the object
   * @param doc file name of the article, or null
   * @param evidence the text that states it, or null
   * @param core whether it must be found
   */
  public record Relation(
      List<String> subject,
      String relation,
      List<String> object,
      String doc,
      String evidence,
      boolean core) {
    public Relation {
      subject = List.copyOf(subject);
      Objects.requireNonNull(relation, "relation");
      object = List.copyOf(object);
    }
  }

  /**
   * What text extraction must make of one article.
   *
   * @param doc file name of the article
   * @param title its title, or null
   * @param author its author, or null when it names none
   * @param drop page furniture the cleaned text must not contain
   * @param keep body text the cleaned text must contain
   */
  public record Cleaning(
      String doc, String title, String author, List<String> drop, List<String> keep) {
    public Cleaning {
      Objects.requireNonNull(doc, "doc");
      drop = List.copyOf(drop);
      keep = List.copyOf(keep);
    }
  }

  /**
   * Reads the answer key in {@code file}.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it is not an answer key
   */
  public static AnswerKey read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read answer key " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses an answer key from its JSON text.
   *
   * @throws IllegalArgumentException when it is not an answer key
   */
  public static AnswerKey parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("an answer key is a JSON object");
    }
    return new AnswerKey(
        text(root, "corpus"),
        strings(root.get("documents")),
        list(root, "events", AnswerKey::event),
        list(root, "no_event", n -> new NoEvent(required(n, "doc"), required(n, "evidence"))),
        list(
            root,
            "actors",
            n -> new Cluster(required(n, "canonical"), text(n, "type"), strings(n.get("forms")))),
        list(
            root,
            "relations",
            n ->
                new Relation(
                    strings(n.get("subject")),
                    required(n, "relation"),
                    strings(n.get("object")),
                    text(n, "doc"),
                    text(n, "evidence"),
                    n.path("core").asBoolean(true))),
        list(
            root,
            "cleaning",
            n ->
                new Cleaning(
                    required(n, "doc"),
                    text(n, "title"),
                    text(n, "author"),
                    strings(n.get("drop")),
                    strings(n.get("keep")))));
  }

  private static Event event(JsonNode n) {
    JsonNode place = n.get("location");
    List<Integer> accept = new ArrayList<>();
    n.path("fatalities_accept").forEach(v -> accept.add(v.asInt()));
    List<List<String>> claimedBy = new ArrayList<>();
    n.path("claimed_by").forEach(group -> claimedBy.add(strings(group)));
    JsonNode fatalities = n.get("fatalities");
    return new Event(
        required(n, "id"),
        required(n, "doc"),
        required(n, "evidence"),
        strings(n.get("also_evidence")),
        n.path("core").asBoolean(true),
        text(n, "date"),
        text(n, "date_end"),
        text(n, "date_after"),
        strings(n.get("event_type")),
        strings(n.get("sub_event_type")),
        strings(n.get("actor1")),
        strings(n.get("actor2")),
        place == null || place.isNull()
            ? null
            : new Place(strings(place.get("names")), strings(place.get("country"))),
        fatalities == null || fatalities.isNull() ? null : fatalities.asInt(),
        text(n, "fatalities_qualifier"),
        accept,
        claimedBy,
        text(n, "modality"),
        text(n, "retaliation_for"),
        text(n, "same_as"));
  }

  private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> reader) {
    List<T> items = new ArrayList<>();
    JsonNode array = root.path(field);
    for (int i = 0; i < array.size(); i++) {
      try {
        items.add(reader.apply(array.get(i)));
      } catch (IllegalArgumentException | NullPointerException e) {
        // Name the entry, so that the key's author can find it.
        throw new IllegalArgumentException(field + "[" + i + "]: " + e.getMessage(), e);
      }
    }
    return items;
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("missing " + field);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** A string or a list of strings as a list; absent or null as an empty list. */
  private static List<String> strings(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      return List.of(node.asText());
    }
    List<String> values = new ArrayList<>();
    node.forEach(v -> values.add(v.asText()));
    return values;
  }
}
