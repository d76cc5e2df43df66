package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.extract.detect.Detection;
import org.sitrep.extract.detect.EventDetector;
import org.sitrep.lexicon.Datelines;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.nlp.AnnotatedDocument;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.Sentence;

/**
 * The extraction stage: reads the events a document reports, coded as an ACLED coder would, one
 * report per event per place and day. Triggers find the events; cues drop plans, negations,
 * forecasts and habits; dates, actors, places, casualties and claims are read from the trigger's
 * clause and its context. Immutable and thread-safe.
 */
public final class EventExtractor {
  /**
   * A trigger this close after "after", "for", "from"… is what another event answers, not an event.
   */
  private static final Pattern REFERENCE_BEFORE =
      Pattern.compile(
          "(?i).*\\b(after|before|since|following|for|from|of|about|regarding|comparing|like)\\s+"
              + "(the|this|that|their|its|his|her|these|those|such|previous|such a)?\\s*"
              + "([\\p{L}’'-]+\\s+){0,2}$");

  /** "No group claimed the attack", "has yet to claim": a claim denied is no claim. */
  private static final Pattern NO_CLAIM =
      Pattern.compile(
          "(?i)\\b(?:no (?:one|group|organi[sz]ation)|nobody|none|not|never|yet to)\\b[^.;,]{0,30}?"
              + "\\b(?:claim(?:ed|ing|s)?|took responsibility|taken responsibility)\\b");

  /** "The death toll from (the) …" right before a trigger. */
  private static final Pattern TOLL_FROM =
      Pattern.compile("(?i)\\btoll\\s+(?:from|of|in)\\s+(?:[\\p{L}'’-]+\\s+){0,3}$");

  /** "were also killed", "was reportedly wounded": the trigger's subject is its victim. */
  private static final Pattern PASSIVE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:was|were|been|is|are)\\s+(?:also\\s+|reportedly\\s+|\\p{L}+ly\\s+)$");

  private static final Pattern DEFINITE_BEFORE =
      Pattern.compile(".*\\b(?i:the|this|that|these|those)\\s+([a-z][\\p{L}-]*\\s+){0,2}$");

  /** Where one clause ends and the next begins between two triggers of a sentence. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(",\\s+(and|while|whereas|but)\\s|;\\s|,\\s+a second\\s");

  private static final Pattern RETALIATION_LEAD =
      Pattern.compile(
          "(?i)^\\W*(in retribution|in retaliation|in revenge)\\b[^,]{0,15},|\\b(avenged|retaliated)\\b");
  private static final Pattern PRONOUN_SUBJECT =
      Pattern.compile(
          "(?i)\\b(they|it|the group|the militants|the militia|the organi[sz]ation|their)\\b");
  private static final Pattern VICTIMS =
      Pattern.compile(
          "(?i)\\b(people|civilians|worshippers|shiites|sunnis|pilgrims|mourners|children|women|"
              + "protesters|protestors|residents|villagers|afghans|passengers|students|hazaras?)\\b");
  private static final Pattern SHORT_SHIFT_BEFORE =
      Pattern.compile(
          "(?i)\\b(a|one|two|three|four|five|six|seven) (day|days|week|weeks) (after|before)\\s+(the\\s+)?([\\p{L}-]+\\s+){0,2}$");
  private static final Pattern PERSON_DIED =
      Pattern.compile("(?i)\\b(died|was killed|were killed|was assassinated)\\b");
  private static final int CUE_WINDOW = 90;

  /** "the Jan. 3 attack": a reference to an event that dates it in the phrase itself. */
  private static final Pattern DATED_REFERENCE = Pattern.compile("(?i)^(the|that) \\S+\\.? \\d");

  /** A place right after a reference names where the event was: "the attack in Kerman". */
  private static final Pattern PLACE_LEAD = Pattern.compile("(?i)^\\s*(in|at|on|near|outside)\\s");

  private static final Pattern HOSTING =
      Pattern.compile(
          "(?i)\\b(host|hosts|hosted|hosting|house|houses|housing)\\b(\\s+\\w+){0,2}?\\s+(troops|forces|soldiers|personnel)?");
  private static final Pattern OTHERS_ALLEGED =
      Pattern.compile("(?i)\\b(their|its|his|her|the)\\s+alleged\\s+\\w+");
  private static final Pattern UNNAMED_GROUP =
      Pattern.compile(
          "(?i)\\b(by|of|from)\\s+(the\\s+)?(unidentified\\s+|unknown\\s+|[\\p{L}-]+-(iranian|backed|aligned|affiliated)\\s+|armed\\s+)?(militias|militiamen|gunmen|militants|insurgents|armed men)\\b");

  private final TriggerLexicon triggers;
  private final CueLexicon cues;
  private final ActorFinder actors;
  private final DateExpressions dates = new DateExpressions();
  private final DateResolver dateResolver = new DateResolver();
  private final Casualties casualties = new Casualties();
  private final PlaceFinder places = new PlaceFinder();
  private final TriggerChoice choice;

  /** The classifier's probability of its type needed to add an event or retype the lexicon's. */
  private static final double MINIMUM_SCORE = 0.5;

  /** The classifier's probability of "no event" needed to overrule the lexicon. */
  private static final double VETO_SCORE = 0.9;

  public EventExtractor(
      TriggerLexicon triggers, CueLexicon cues, ActorFinder actors, Detector detector) {
    this.triggers = triggers;
    this.cues = cues;
    this.actors = actors;
    this.choice = new TriggerChoice(detector, MINIMUM_SCORE, VETO_SCORE);
  }

  /** The extractor with the bundled lexicons and the given detector. */
  public static EventExtractor standard(ActorFinder actors, Detector detector) {
    return new EventExtractor(TriggerLexicon.bundled(), CueLexicon.bundled(), actors, detector);
  }

  /** Which detector decides what is an event. */
  public Detector detector() {
    return choice.detector();
  }

  /** Whether a sentence is worth the expensive annotators: it holds an event trigger. */
  public boolean mayReportEvent(String sentence) {
    return !triggers.find(sentence).isEmpty();
  }

  /**
   * Reads the events {@code document} reports.
   *
   * @param documentId the id reports are numbered under
   */
  public Extraction extract(String documentId, AnnotatedDocument document) {
    return extract(
        documentId,
        document,
        Collections.nCopies(document.sentences().size(), EventDetector.IMPLAUSIBLE));
  }

  /**
   * Reads the events {@code document} reports, with what the classifier said of each sentence.
   *
   * @param documentId the id reports are numbered under
   * @param detections one per sentence of {@code document}, in order
   * @throws IllegalArgumentException when there is not one detection per sentence
   */
  public Extraction extract(
      String documentId, AnnotatedDocument document, List<Detection> detections) {
    if (detections.size() != document.sentences().size()) {
      throw new IllegalArgumentException(
          detections.size() + " detections for " + document.sentences().size() + " sentences");
    }
    List<ActorMention> mentions = actors.find(document.text());
    Reading reading = new Reading(document, mentions);
    for (Sentence sentence : document.sentences()) {
      reading.detection = detections.get(sentence.index());
      reading.read(sentence);
    }
    List<Report> reports = new ArrayList<>();
    List<Draft> drafts = reading.drafts;
    for (int i = 0; i < drafts.size(); i++) {
      drafts.get(i).id = String.format(Locale.ROOT, "%s-r%02d", documentId, i + 1);
    }
    for (Draft d : drafts) {
      if (d.fatalities == null) {
        // "several were killed": ACLED's figure for a vague toll, when no number was told.
        d.fatalities =
            casualties.vagueDeaths(document.text().substring(d.begin, d.end)).orElse(null);
      }
      reports.add(toReport(documentId, document.text(), d));
    }
    return new Extraction(reports, mentions);
  }

  private static Report toReport(String documentId, String text, Draft d) {
    return new Report(
        d.id,
        documentId,
        text.substring(d.begin, d.end),
        new Span(d.begin, d.end),
        d.date,
        d.type,
        d.actor1,
        d.actor2,
        List.of(),
        d.location,
        d.fatalities,
        d.injuries,
        d.claimedBy,
        d.modality,
        d.retaliationFor == null ? null : d.retaliationFor.id,
        d.modality == Modality.ASSERTED ? 0.7 : 0.5);
  }

  /** The state of reading one document, sentence by sentence. */
  private final class Reading {
    final AnnotatedDocument document;
    final List<ActorMention> mentions;
    final List<Draft> drafts = new ArrayList<>();
    int paragraph = -1;
    Integer paragraphYear;
    EventDate lastDate;
    ActorRef lastActor1;
    ActorRef sentenceActor1;
    boolean alsoClaimed;
    Draft pending;
    int lastCountryParagraph = -1;
    ActorRef lastGroup;
    int lastGroupParagraph = -1;
    int lastActor1Paragraph = -1;
    String lastCountry;

    /**
     * Whether the document is a short note or snippet: one incident told in a few sentences, whose
     * event needs no date or named place to be taken as real.
     */
    final boolean shortDocument;

    /** What the classifier said of the sentence being read. */
    Detection detection = EventDetector.IMPLAUSIBLE;

    /** The actors the sentence being read names. */
    List<ActorMention> sentenceMentions = List.of();

    /** How the document writes all-numeric dates ("12/03/2021"). */
    final NumericDateOrder numericOrder;

    Reading(AnnotatedDocument document, List<ActorMention> mentions) {
      this.document = document;
      this.mentions = mentions;
      this.numericOrder = NumericDateOrder.of(document.text());
      this.shortDocument = EventDetector.isShort(document.text());
    }

    void read(Sentence sentence) {
      if (sentence.paragraph() != paragraph) {
        paragraph = sentence.paragraph();
        paragraphYear = null;
      }
      String text = QuotedSpans.blank(sentence.text());
      List<ActorMention> local = localMentions(sentence);
      List<EntityMention> entities = localEntities(sentence);
      List<DateMention> dateMentions =
          TimexDates.merge(dates.find(text, numericOrder), entities, document.published());
      // A dateline ("KABUL, Aug. 27 —") dates the story's filing, not the event, and no one acts
      // in it.
      int datelineEnd = Datelines.end(text);
      if (datelineEnd > 0) {
        dateMentions = dateMentions.stream().filter(m -> m.begin() >= datelineEnd).toList();
      }
      Integer sentenceYear = firstYear(dateMentions);
      List<EventDate> resolved = resolveDates(dateMentions, sentenceYear);
      List<PlaceMention> placeMentions = places.find(text, local, entities);
      local = outsideFacilities(local, placeMentions);
      local = local.stream().filter(a -> a.span().begin() >= datelineEnd).toList();
      boolean heading = text.split("\\s+").length <= 3;
      sentenceMentions = local;
      for (ActorMention a : local) {
        if (a.actor().kind() == ActorKind.STATE
            && a.actor().country() != null
            && !a.modifier()
            && (heading || PlaceFinder.isPlaceUse(text, a))) {
          lastCountry = a.actor().country();
          lastCountryParagraph = sentence.paragraph();
        }
      }
      int draftsBefore = drafts.size();
      if (text.split("\\s+").length >= 4) {
        // Quoted speech is read for triggers (it can report an arrest), not for counts or dates.
        List<TriggerMatch> found =
            choice.choose(sentence, triggers.find(sentence.text()), detection, shortDocument);
        int[][] clauses = found.isEmpty() ? null : clauseBreaks(text, found);
        sentenceActor1 = null;
        for (int i = 0; i < found.size(); i++) {
          readTrigger(
              sentence,
              text,
              found.get(i),
              clauses[0][i],
              clauses[1][i],
              local,
              dateMentions,
              resolved,
              placeMentions);
        }
      }
      if (drafts.size() == draftsBefore) {
        tollOfLastEvent(sentence, text);
      }
      for (int i = 0; i < dateMentions.size(); i++) {
        if (dateMentions.get(i).absolute() && resolved.get(i).known()) {
          lastDate = resolved.get(i);
        }
      }
      if (sentenceYear != null) {
        paragraphYear = sentenceYear;
      }
      hosts(sentence, text, local);
      for (ActorMention a : local) {
        ActorKind kind = a.actor().kind();
        if (!a.modifier()
            && (kind == ActorKind.REBEL_GROUP
                || kind == ActorKind.POLITICAL_MILITIA
                || kind == ActorKind.IDENTITY_MILITIA)) {
          lastGroup = a.actor().ref();
          lastGroupParagraph = sentence.paragraph();
        }
      }
    }

    /**
     * "…the Harir Airbase, housing U.S. forces" or, next, "The bases host troops from the
     * coalition": whoever a struck base hosts is the side attacked.
     */
    private void hosts(Sentence sentence, String text, List<ActorMention> local) {
      var m = HOSTING.matcher(text);
      if (!m.find()) {
        return;
      }
      ActorMention hosted = null;
      for (ActorMention a : local) {
        if (a.span().begin() >= m.end() && a.span().begin() - m.end() < 40 && !a.modifier()) {
          hosted = a;
          break;
        }
      }
      if (hosted == null) {
        return;
      }
      for (Draft d : drafts) {
        boolean recent = d.sentence == sentence.index() || d.sentence == sentence.index() - 1;
        if (recent
            && d.actor2 == null
            && isFacility(d.location)
            && !hosted.actor().ref().equals(d.actor1)) {
          d.actor2 = hosted.actor().ref();
        }
      }
    }

    /**
     * The clause of each trigger as {@code [starts[i], ends[i])}: split at ", and", ";" and the
     * like between two triggers; without such a break, a clause runs from the end of the trigger
     * before to the start of the trigger after.
     */
    private int[][] clauseBreaks(String text, List<TriggerMatch> found) {
      int[] starts = new int[found.size()];
      int[] ends = new int[found.size()];
      ends[found.size() - 1] = text.length();
      for (int i = 1; i < found.size(); i++) {
        int from = found.get(i - 1).end();
        int to = found.get(i).begin();
        var m = CLAUSE_BREAK.matcher(text.substring(from, to));
        int at = -1;
        while (m.find()) {
          at = from + m.start();
        }
        starts[i] = at < 0 ? from : at;
        ends[i - 1] = at < 0 ? to : at;
      }
      return new int[][] {starts, ends};
    }

    /** "Ain al-Assad Airbase" names a base, not Bashar al-Assad. */
    private List<ActorMention> outsideFacilities(
        List<ActorMention> local, List<PlaceMention> placeMentions) {
      List<ActorMention> kept = new ArrayList<>();
      for (ActorMention a : local) {
        boolean inside = false;
        for (PlaceMention p : placeMentions) {
          if (!p.countryOnly()
              && a.span().begin() >= p.begin()
              && a.span().end() <= p.end()
              && a.actor().kind() == ActorKind.PERSON) {
            inside = true;
          }
        }
        if (!inside) {
          kept.add(a);
        }
      }
      return kept;
    }

    private List<EventDate> resolveDates(List<DateMention> mentions, Integer sentenceYear) {
      List<EventDate> resolved = new ArrayList<>();
      EventDate previousEvent = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1).date;
      for (DateMention m : mentions) {
        Integer year = sentenceYear != null ? sentenceYear : paragraphYear;
        resolved.add(
            dateResolver.resolve(
                m, new DateResolver.Context(year, lastDate, previousEvent, document.published())));
      }
      return resolved;
    }

    private void readTrigger(
        Sentence sentence,
        String text,
        TriggerMatch t,
        int clauseStart,
        int clauseEnd,
        List<ActorMention> local,
        List<DateMention> dateMentions,
        List<EventDate> resolved,
        List<PlaceMention> placeMentions) {
      String before = text.substring(Math.max(clauseStart, t.begin() - CUE_WINDOW), t.begin());
      String wholeBefore = text.substring(Math.max(0, t.begin() - CUE_WINDOW), t.begin());
      if (cues.has(Cue.UNREAL, before)
          || cues.has(Cue.GENERIC, wholeBefore)
          || cues.has(Cue.UNREAL_AFTER, text.substring(t.end()))) {
        return;
      }
      String near = text.substring(Math.max(0, t.begin() - 40), t.begin());
      // "On January 4, a day after the explosions": a new event, dated from the day named.
      boolean shifted =
          SHORT_SHIFT_BEFORE.matcher(text.substring(Math.max(0, t.begin() - 45), t.begin())).find()
              && hasAbsoluteDateBefore(dateMentions, resolved, t.begin());
      // "The death toll from the bombing rose to 170": an update is a report of the event itself.
      boolean tollUpdate = TOLL_FROM.matcher(near).find();
      // In a short note the classifier took as a whole for an event, "after being raped" is the
      // event itself, not a reference back to one told before.
      boolean noteEvent = shortDocument && choice.vouches(detection);
      boolean reference =
          !shifted && !tollUpdate && !noteEvent && REFERENCE_BEFORE.matcher(near).matches();
      boolean definite =
          !shifted
              && (t.phrase().matches("(?i)^(the|this|that)\\b.*")
                  || (DEFINITE_BEFORE.matcher(near).matches()
                      && !t.phrase().matches("(?i)^\\w+ed\\b.*")));
      boolean claim = cues.has(Cue.CLAIM, text) && !NO_CLAIM.matcher(text).find();
      if (reference && !claim) {
        return;
      }
      Draft d = new Draft();
      d.begin = sentence.span().begin();
      d.end = sentence.span().end();
      d.type = t.type();
      d.sentence = sentence.index();
      d.paragraph = sentence.paragraph();
      d.date = dateFor(text, t, clauseStart, clauseEnd, dateMentions, resolved);
      String clause = text.substring(clauseStart, clauseEnd);
      d.fatalities = casualties.deaths(clause).orElse(personDied(clause, local, clauseStart));
      d.injuries = casualties.injuries(clause).orElse(null);
      // "in revenge for their alleged attacks" doubts the other event, not this one.
      if (cues.has(Cue.ALLEGED, OTHERS_ALLEGED.matcher(text).replaceAll(" "))) {
        d.modality = Modality.ALLEGED;
      }
      if (claim) {
        claimant(text, local).ifPresent(d.claimedBy::add);
      }
      roles(d, text, t, clauseStart, clauseEnd, local, sentence.paragraph());
      if (d.actor1 == null) {
        // Quoted speech is blanked for reading; an unnamed group may stand inside the quote.
        d.actor1 = unidentifiedArmedGroup(sentence.text().substring(clauseStart, clauseEnd));
      }
      alsoClaimed = claim && text.matches("(?is).*\\balso\\s+(claimed|declared|took)\\b.*");
      if (RETALIATION_LEAD.matcher(text.substring(0, t.end())).find() && !drafts.isEmpty()) {
        d.retaliationFor = lastViolent();
      }
      boolean datedReference = DATED_REFERENCE.matcher(t.phrase()).find();
      List<PlaceMention> targets = placesFor(placeMentions, t, clauseStart, clauseEnd);
      if (datedReference) {
        // Places further on belong to what the sentence goes on to say, not to the event named.
        targets =
            targets.stream()
                .filter(
                    p ->
                        p.begin() >= t.end()
                            && p.begin() - t.end() <= 30
                            && PLACE_LEAD.matcher(text.substring(t.end(), p.begin())).find())
                .toList();
      }
      if (d.actor2 == null && VICTIMS.matcher(clause).find()) {
        // The victims' country is the place's own; unknown, ACLED's plain "Civilians".
        String country = targets.isEmpty() ? null : targets.get(0).countryCode();
        d.actor2 =
            country != null
                ? new ActorRef(
                    "civilians:" + country, "Civilians (" + Countries.name(country) + ")")
                : new ActorRef("civilians", "Civilians");
      }
      boolean anchored =
          d.date.known()
              || d.fatalities != null
              || !d.claimedBy.isEmpty()
              || d.retaliationFor != null
              || (targets.stream().anyMatch(p -> !p.countryOnly()) && !generic(t))
              || choice.vouches(detection)
              || (shortDocument && choice.seesEvent(detection));
      if ((definite || reference) && !datedReference) {
        // A reference ("claimed responsibility for the explosions") may be dated by the claim.
        EventDate own = d.date;
        d.date = EventDate.UNKNOWN;
        if (mergeIntoEarlier(d, targets, true)) {
          return;
        }
        d.date = own;
      } else if (!d.date.known() && mergeIntoEarlier(d, targets, false)) {
        return;
      }
      if (!anchored) {
        if (Draft.violent(d.type) && d.actor1 != null && !d.weakActors) {
          pending = d;
        }
        return;
      }
      if (pending != null
          && Draft.violent(d.type)
          && d.paragraph - pending.paragraph <= 1
          && (d.actor1 == null || d.weakActors)) {
        // "Hamas launched an operation against X. The confrontation culminated in a battle…"
        d.actor1 = pending.actor1;
        d.actor2 = pending.actor2 != null ? pending.actor2 : d.actor2;
        d.weakActors = false;
      }
      pending = null;
      if (d.actor1 != null) {
        lastActor1 = d.actor1;
        lastActor1Paragraph = sentence.paragraph();
        sentenceActor1 = d.actor1;
      }
      if (datedReference && targets.isEmpty()) {
        // "The Jan. 3 attack" names an event told elsewhere: the sentence's countries are not its.
        addOrMerge(d);
        return;
      }
      addPerPlace(d, targets);
    }

    /** Who did it and to whom: the trigger's subject and object, then the context's. */
    private void roles(
        Draft d,
        String text,
        TriggerMatch t,
        int clauseStart,
        int clauseEnd,
        List<ActorMention> local,
        int paragraphIndex) {
      boolean passive =
          t.phrase().matches("(?i)^(?:.*\\s)?(was|were|been|is|are)\\b.*|.*\\sby$")
              || text.substring(t.end(), Math.min(text.length(), t.end() + 4))
                  .matches("(?i)^ by\\b.*")
              || PASSIVE_BEFORE.matcher(text.substring(clauseStart, t.begin())).find();
      ActorRef subject = subject(text, t, clauseStart, local);
      ActorRef agent = agent(text, t, local);
      ActorRef object = object(text, t, clauseEnd, local, subject);
      if (passive) {
        d.actor1 = agent;
        d.actor2 = subject != null ? subject : object;
      } else {
        d.actor1 = subject != null ? subject : agent;
        d.actor2 = object;
      }
      if (d.actor2 == null) {
        d.actor2 = victimBefore(text, t, local, d.actor1);
      }
      if (d.actor1 == null && !passive && !UNNAMED_GROUP.matcher(text).find()) {
        d.actor1 = contextActor(text.substring(clauseStart, t.begin()), paragraphIndex, d);
        d.weakActors = true;
      }
      if (d.type.type() == org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS
          && d.type != org.sitrep.model.SubEventType.ARRESTS
          && d.actor1 == null) {
        d.actor1 = d.actor2;
        d.actor2 = null;
      }
      if (d.actor1 != null && d.actor1.equals(d.actor2)) {
        d.actor2 = null;
      }
    }

    /**
     * "rockets were fired … from zones under the control of pro-Iranian militias": an unnamed armed
     * group.
     */
    private ActorRef unidentifiedArmedGroup(String clause) {
      if (UNNAMED_GROUP.matcher(clause).find()) {
        return new ActorRef("new:unidentified-armed-group", "Unidentified Armed Group");
      }
      return null;
    }

    private ActorRef contextActor(String lead, int paragraphIndex, Draft d) {
      if (sentenceActor1 != null) {
        return sentenceActor1;
      }
      if (!d.claimedBy.isEmpty()) {
        return d.claimedBy.get(0);
      }
      boolean anaphor =
          PRONOUN_SUBJECT.matcher(lead).find()
              || lead.matches("(?is)^\\W*(this|these|then|subsequently)\\b.*");
      if (lastActor1 != null && paragraphIndex - lastActor1Paragraph <= 1 && anaphor) {
        return lastActor1;
      }
      if (Draft.violent(d.type) && lastGroup != null && paragraphIndex - lastGroupParagraph <= 2) {
        return lastGroup;
      }
      return null;
    }

    private Draft lastViolent() {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        if (Draft.violent(drafts.get(i).type)) {
          return drafts.get(i);
        }
      }
      return null;
    }

    /**
     * A mention of an event already read joins its report: a definite reference ("the explosions")
     * or an undated elaboration in the next sentences, of a compatible type, on a compatible date
     * and at the same place.
     */
    private boolean mergeIntoEarlier(Draft d, List<PlaceMention> targets, boolean referring) {
      String place =
          targets.stream()
              .filter(p -> !p.countryOnly())
              .map(PlaceMention::name)
              .findFirst()
              .orElse(null);
      Draft nearest = null;
      for (int i = drafts.size() - 1; i >= 0; i--) {
        Draft earlier = drafts.get(i);
        if (!Draft.compatible(earlier.type, d.type) || !sameDate(earlier.date, d.date)) {
          continue;
        }
        String earlierPlace = earlier.location == null ? null : earlier.location.name();
        if (place != null && place.equals(earlierPlace)) {
          merge(earlier, d, targets);
          return true;
        }
        boolean near = d.paragraph - earlier.paragraph <= (referring ? 3 : 1);
        boolean noConflict = place == null || earlierPlace == null;
        if (nearest == null && near && noConflict && (referring || place == null)) {
          nearest = earlier;
        }
      }
      if (nearest != null) {
        merge(nearest, d, targets);
        return true;
      }
      return false;
    }

    private void merge(Draft earlier, Draft d, List<PlaceMention> targets) {
      if (earlier.location == null && !targets.isEmpty()) {
        earlier.location = location(targets.get(0), earlier);
      }
      // "X also declared responsibility": the event's own author claimed it too.
      if (alsoClaimed && earlier.actor1 != null && !earlier.claimedBy.contains(earlier.actor1)) {
        earlier.claimedBy.add(0, earlier.actor1);
      }
      earlier.absorb(d);
    }

    private boolean sameDate(EventDate a, EventDate b) {
      return !a.known() || !b.known() || a.iso().startsWith(b.iso()) || b.iso().startsWith(a.iso());
    }

    private void addPerPlace(Draft d, List<PlaceMention> targets) {
      List<PlaceMention> facilities =
          targets.stream().filter(p -> !p.countryOnly() && isFacility(p)).toList();
      if (facilities.size() <= 1) {
        PlaceMention best =
            targets.stream()
                .filter(p -> !p.countryOnly())
                .findFirst()
                .orElse(targets.isEmpty() ? null : targets.get(0));
        d.location = best == null ? fallbackLocation(d) : location(best, d);
        addOrMerge(d);
        return;
      }
      // One event per location per day: a strike on two bases is two events.
      for (PlaceMention place : facilities) {
        Draft copy = new Draft();
        copy.absorb(d);
        copy.type = d.type;
        copy.begin = d.begin;
        copy.end = d.end;
        copy.sentence = d.sentence;
        copy.paragraph = d.paragraph;
        copy.modality = d.modality;
        copy.location = location(place, d);
        drafts.add(copy);
      }
    }

    /** The one state the sentence names besides the event's sides ("US drones"), or null. */
    private String onlyOtherState(Draft d) {
      java.util.Set<String> states = new java.util.TreeSet<>();
      for (ActorMention a : sentenceMentions) {
        boolean side =
            d.actor1 != null && a.actor().id().equals(d.actor1.id())
                || d.actor2 != null && a.actor().id().equals(d.actor2.id());
        if (a.actor().kind() == ActorKind.STATE
            && a.actor().country() != null
            && !a.modifier()
            && !side) {
          states.add(a.actor().country());
        }
      }
      return states.size() == 1 ? states.iterator().next() : null;
    }

    /**
     * No place named: the acting state's own country for its arrests, else the one other state the
     * sentence names, else the country in context.
     */
    private Location fallbackLocation(Draft d) {
      String country = participantCountry(d);
      // A sentence that names one state only speaks of that state.
      country = country != null ? country : onlyOtherState(d);
      country = country != null ? country : lastCountry;
      if (country == null) {
        return null;
      }
      String name = Countries.name(country);
      return Location.named(name, name);
    }

    private boolean isFacility(Location l) {
      return l != null && l.name() != null && isFacilityName(l.name());
    }

    private boolean isFacility(PlaceMention p) {
      return isFacilityName(p.name());
    }

    private boolean isFacilityName(String name) {
      return name.matches(
          "(?i).*\\b(base|airbase|air base|field|camp|prison|crossing|mosque|shrine)$");
    }

    /** Two triggers of one sentence that code the same event at the same place are one report. */
    private void addOrMerge(Draft d) {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        Draft other = drafts.get(i);
        boolean samePlace =
            other.location == null
                || d.location == null
                || java.util.Objects.equals(other.location.name(), d.location.name());
        boolean sameSentence =
            other.sentence == d.sentence
                && other.type == d.type
                && !(isFacility(other.location) && isFacility(d.location));
        boolean sameActors =
            d.actor1 != null
                && d.actor1.equals(other.actor1)
                && (d.actor2 == null || other.actor2 == null || d.actor2.equals(other.actor2))
                && (d.actor2 != null || other.type == d.type);
        boolean sameDate = sameDate(other.date, d.date);
        if (sameDate
            && (sameSentence
                || (samePlace && sameActors && Draft.compatible(other.type, d.type)))) {
          other.absorb(d);
          return;
        }
      }
      drafts.add(d);
    }

    private EventDate dateFor(
        String text,
        TriggerMatch t,
        int clauseStart,
        int clauseEnd,
        List<DateMention> mentions,
        List<EventDate> resolved) {
      // "On January 4, 2024, a day after the deadly explosions": the explosions were on the 3rd.
      var shift =
          SHORT_SHIFT_BEFORE.matcher(text.substring(Math.max(0, t.begin() - 45), t.begin()));
      if (shift.find()) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
          if (mentions.get(i).end() <= t.begin()
              && mentions.get(i).absolute()
              && resolved.get(i).known()) {
            int amount = NumberWords.number(shift.group(1)).orElse(1);
            boolean after = shift.group(3).equalsIgnoreCase("after");
            var unit =
                shift.group(2).startsWith("week")
                    ? java.time.temporal.ChronoUnit.WEEKS
                    : java.time.temporal.ChronoUnit.DAYS;
            DateMention inverse =
                DateMention.relative(
                    0,
                    0,
                    new DateMention.Shift(
                        after ? -amount : amount, unit, DateMention.Anchor.PREVIOUS_DATE));
            return dateResolver.resolve(
                inverse, new DateResolver.Context(null, resolved.get(i), null, null));
          }
        }
      }
      EventDate inClause = null;
      EventDate beforeTrigger = null;
      for (int i = 0; i < mentions.size(); i++) {
        DateMention m = mentions.get(i);
        EventDate date = resolved.get(i);
        if (!date.known()) {
          continue;
        }
        if (m.begin() >= clauseStart && m.end() <= clauseEnd) {
          if (inClause == null || precision(date) < precision(inClause)) {
            inClause = date;
          }
        } else if (m.end() <= t.begin()) {
          if (beforeTrigger == null || precision(date) <= precision(beforeTrigger)) {
            beforeTrigger = date;
          }
        }
      }
      return inClause != null
          ? inClause
          : beforeTrigger != null ? beforeTrigger : EventDate.UNKNOWN;
    }

    /** "attacks on bases" in general; a named place alone does not make it one incident. */
    private boolean generic(TriggerMatch t) {
      return t.phrase().matches("(?i)^(attacks|strikes|bombings|clashes)\\b.*");
    }

    private boolean hasAbsoluteDateBefore(
        List<DateMention> mentions, List<EventDate> resolved, int offset) {
      for (int i = 0; i < mentions.size(); i++) {
        if (mentions.get(i).absolute()
            && resolved.get(i).known()
            && mentions.get(i).end() <= offset) {
          return true;
        }
      }
      return false;
    }

    private int precision(EventDate date) {
      return date.precision() == null ? 9 : date.precision().ordinal();
    }

    private ActorRef subject(
        String text, TriggerMatch t, int clauseStart, List<ActorMention> local) {
      ActorMention best = null;
      for (ActorMention a : local) {
        // "U.S. airstrikes", "Iranian missiles": the name on the weapon is who used it.
        boolean onTrigger = a.span().begin() <= t.begin() && t.begin() < a.span().end();
        String gap = a.span().end() <= t.begin() ? text.substring(a.span().end(), t.begin()) : "";
        boolean adjacent =
            a.span().end() <= t.begin()
                && gap.matches(
                    "\\s*((drones?|aircraft|warplanes?|jets?|special operations|military)\\s+)?");
        if (a.span().begin() >= clauseStart
            && (onTrigger || adjacent)
            && !PlaceFinder.isPlaceUse(text, a)) {
          return a.actor().ref();
        }
      }
      for (ActorMention a : local) {
        if (a.modifier()
            || a.span().end() > t.begin()
            || a.span().begin() < clauseStart
            || PlaceFinder.isPlaceUse(text, a)) {
          continue;
        }
        String left = text.substring(Math.max(0, a.span().begin() - 14), a.span().begin());
        if (left.matches(
            "(?is).*\\b(against|on|at|of|to|from|with|for|into|over|targeting|by|and|under|between|fight|fighting|combat|confront|oppose|support|help|aid|including)\\s+(the\\s+)?[“\"]?$")) {
          continue;
        }
        best = a;
      }
      return best == null ? null : best.actor().ref();
    }

    /** The agent of a passive: "was declared by X", "were captured by security forces". */
    private ActorRef agent(String text, TriggerMatch t, List<ActorMention> local) {
      String after = text.substring(t.end(), Math.min(text.length(), t.end() + 50));
      for (ActorMention a : local) {
        int offset = a.span().begin() - t.end();
        if (offset >= 0
            && offset < after.length()
            && !a.modifier()
            && after.substring(0, offset).matches("(?is).*\\bby\\s+(the\\s+)?$")) {
          return a.actor().ref();
        }
      }
      return null;
    }

    private ActorRef object(
        String text, TriggerMatch t, int clauseEnd, List<ActorMention> local, ActorRef subject) {
      for (ActorMention a : local) {
        // "storm an ISIS hideout": a name inside the trigger phrase, after its first word.
        boolean overlapsTrigger = a.span().begin() <= t.begin() && t.begin() < a.span().end();
        if (a.span().begin() <= t.begin()
            || overlapsTrigger
            || a.span().begin() >= clauseEnd
            || PlaceFinder.isPlaceUse(text, a)) {
          continue;
        }
        String following =
            text.substring(a.span().end(), Math.min(text.length(), a.span().end() + 14))
                .toLowerCase(Locale.ROOT);
        String surface = a.surface().toLowerCase(Locale.ROOT) + following;
        // "the ISIL-held town": the group holding it is the target; "Iran-backed" is not.
        boolean controlled =
            a.modifier()
                && surface.matches("(?s).*-(held|controlled|linked|affiliated|run|occupied)\\b.*");
        boolean branch = following.matches("(?s)^\\s*(branch|wing|affiliate|chapter)\\b.*");
        String left = text.substring(Math.max(0, a.span().begin() - 4), a.span().begin());
        String context = text.substring(Math.max(0, a.span().begin() - 30), a.span().begin());
        // "the anniversary of Soleimani's assassination", "to support its ally Assad".
        boolean bystander =
            context.matches(
                "(?is).*\\b(anniversary|grave|funeral|tomb|memory|commemoration|support|ally|help|aid|backing|branch of|wing of|affiliate of|known as)\\b[^,;]*$");
        if ((!a.modifier() || controlled)
            && !branch
            && !bystander
            && !a.actor().ref().equals(subject)
            && !left.matches("(?is).*\\bby\\s+$")) {
          return a.actor().ref();
        }
      }
      return null;
    }

    /** "Abu Bakr al-Baghdadi, died during a US raid": who died is the other side. */
    private ActorRef victimBefore(
        String text, TriggerMatch t, List<ActorMention> local, ActorRef actor1) {
      var died = PERSON_DIED.matcher(text.substring(0, t.begin()));
      if (!died.find()) {
        return null;
      }
      for (ActorMention a : local) {
        if (a.span().end() <= died.start() && !a.modifier() && !a.actor().ref().equals(actor1)) {
          return a.actor().ref();
        }
      }
      return null;
    }

    private Optional<ActorRef> claimant(String text, List<ActorMention> local) {
      int[] cue = cues.first(Cue.CLAIM, text).orElseThrow();
      String tail = text.substring(cue[1], Math.min(text.length(), cue[1] + 40));
      // "was declared by ISKP": the cue itself ends in "by".
      String lead =
          text.substring(cue[0], cue[1]).matches("(?is).*\\bby$")
              ? "(?is)(.*\\bby)?\\s+(the\\s+)?$"
              : "(?is).*\\bby\\s+(the\\s+)?$";
      for (ActorMention a : local) {
        if (a.span().begin() >= cue[1]
            && a.span().begin() - cue[1] < tail.length()
            && tail.substring(0, a.span().begin() - cue[1]).matches(lead)) {
          return Optional.of(a.actor().ref());
        }
      }
      ActorMention subject = null;
      for (ActorMention a : local) {
        if (a.span().end() <= cue[0] && !a.modifier()) {
          subject = a;
        }
      }
      if (subject != null) {
        return Optional.of(subject.actor().ref());
      }
      return Optional.ofNullable(lastActor1);
    }

    private Count personDied(String clause, List<ActorMention> local, int clauseStart) {
      var died = PERSON_DIED.matcher(clause);
      if (!died.find()) {
        return null;
      }
      for (ActorMention a : local) {
        if (a.actor().kind() == ActorKind.PERSON
            && a.span().begin() >= clauseStart - 80
            && a.span().end() <= clauseStart + died.start()) {
          return new Count(1, Count.Qualifier.AT_LEAST);
        }
      }
      return null;
    }

    private List<PlaceMention> placesFor(
        List<PlaceMention> all, TriggerMatch t, int clauseStart, int clauseEnd) {
      List<PlaceMention> after =
          all.stream().filter(p -> p.begin() >= t.begin() && p.begin() < clauseEnd).toList();
      if (!after.isEmpty()) {
        return after;
      }
      return all.stream().filter(p -> p.begin() >= clauseStart && p.end() <= t.begin()).toList();
    }

    /**
     * Where an event with no named place happens: an attack on a state's forces, in that state; a
     * state's own arrests, exercises and deployments, at home.
     */
    private String participantCountry(Draft d) {
      ActorRef ref = Draft.violent(d.type) ? d.actor2 : d.actor1;
      if (ref == null) {
        return null;
      }
      for (ActorMention m : mentions) {
        ActorKind kind = m.actor().kind();
        if (m.actor().id().equals(ref.id())
            && (kind == ActorKind.STATE || kind == ActorKind.STATE_FORCES)) {
          return m.actor().country();
        }
      }
      return null;
    }

    private Location location(PlaceMention place, Draft d) {
      String country =
          place.countryCode() != null ? place.countryCode() : capitalCountry(place.name());
      // A country named in the same paragraph beats the participants' home; they may be abroad.
      country = country != null || lastCountryParagraph != d.paragraph ? country : lastCountry;
      country = country != null ? country : participantCountry(d);
      country = country != null ? country : lastCountry;
      return Location.named(place.name(), country == null ? null : Countries.name(country));
    }

    /** A capital names its state: the actor dictionary knows "Kabul" stands for Afghanistan. */
    private String capitalCountry(String placeName) {
      List<ActorMention> found = actors.find(placeName);
      if (found.size() == 1
          && found.get(0).actor().kind() == ActorKind.STATE
          && found.get(0).surface().equals(placeName)) {
        return found.get(0).actor().country();
      }
      return null;
    }

    private List<ActorMention> localMentions(Sentence sentence) {
      List<ActorMention> local = new ArrayList<>();
      int begin = sentence.span().begin();
      for (ActorMention m : mentions) {
        if (m.span().begin() >= begin && m.span().end() <= sentence.span().end()) {
          local.add(
              new ActorMention(
                  new Span(m.span().begin() - begin, m.span().end() - begin),
                  m.surface(),
                  m.actor(),
                  m.modifier(),
                  m.metonym()));
        }
      }
      return local;
    }

    private List<EntityMention> localEntities(Sentence sentence) {
      List<EntityMention> local = new ArrayList<>();
      int begin = sentence.span().begin();
      for (EntityMention e : sentence.entities()) {
        local.add(
            new EntityMention(
                new Span(e.span().begin() - begin, e.span().end() - begin),
                e.text(),
                e.type(),
                e.normalized()));
      }
      return local;
    }

    /**
     * A sentence that reports no event of its own but a toll ("2 soldiers were killed and 4 others
     * were injured.", "Fatalities coded as 3.") gives the toll of the event just told in its
     * paragraph; a coder's statement of the count overrides the one read before.
     */
    private void tollOfLastEvent(Sentence sentence, String text) {
      if (drafts.isEmpty()) {
        return;
      }
      Draft last = drafts.get(drafts.size() - 1);
      if (last.paragraph != sentence.paragraph() || sentence.index() - last.sentence > 3) {
        return;
      }
      Optional<Count> coded = casualties.coded(text);
      if (coded.isPresent()) {
        last.fatalities = coded.get();
      } else if (last.fatalities == null) {
        last.fatalities = casualties.deaths(text).orElse(null);
      }
      if (last.injuries == null) {
        last.injuries = casualties.injuries(text).orElse(null);
      }
    }

    private Integer firstYear(List<DateMention> mentions) {
      for (DateMention m : mentions) {
        if (m.absolute() && m.year() != null) {
          return m.year();
        }
      }
      return null;
    }
  }
}
