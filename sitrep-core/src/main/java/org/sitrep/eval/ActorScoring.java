package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.eval.EvalResult.ClusterDetail;
import org.sitrep.eval.EvalResult.ClusterScore;
import org.sitrep.eval.EvalResult.FormResolution;
import org.sitrep.eval.EvalResult.Merge;
import org.sitrep.eval.EvalResult.RelationScore;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Relation;
import org.sitrep.store.StoredDocument;

/**
 * Scores actor resolution against a key: whether each cluster of surface forms resolves to one
 * actor that no other cluster shares, and which of the key's relations the store has. A form
 * resolves to every actor whose name or alias folds to it ({@link Names#fold}).
 */
final class ActorScoring {
  private ActorScoring() {}

  /**
   * The clusters of {@code key} against {@code actors}: a cluster is resolved when every form is
   * found and all map to one actor; two clusters that share an actor are wrongly merged.
   */
  static ClusterScore clusters(AnswerKey key, List<Actor> actors) {
    Map<String, Set<String>> idsByName = new HashMap<>();
    for (Actor actor : actors) {
      idsByName.computeIfAbsent(Names.fold(actor.name()), n -> new TreeSet<>()).add(actor.id());
      for (String alias : actor.aliases()) {
        idsByName.computeIfAbsent(Names.fold(alias), n -> new TreeSet<>()).add(actor.id());
      }
    }
    List<ClusterDetail> details = new ArrayList<>();
    List<Set<String>> actorsOfCluster = new ArrayList<>();
    int resolved = 0;
    for (AnswerKey.Cluster cluster : key.actors()) {
      List<FormResolution> forms = new ArrayList<>();
      Set<String> union = new TreeSet<>();
      boolean allFound = true;
      for (String form : cluster.forms()) {
        Set<String> ids = idsByName.getOrDefault(Names.fold(form), Set.of());
        allFound &= !ids.isEmpty();
        union.addAll(ids);
        forms.add(new FormResolution(form, List.copyOf(ids)));
      }
      boolean ok = allFound && union.size() == 1;
      if (ok) {
        resolved++;
      }
      details.add(new ClusterDetail(cluster.canonical(), ok, forms));
      actorsOfCluster.add(union);
    }
    List<Merge> merges = new ArrayList<>();
    for (int i = 0; i < actorsOfCluster.size(); i++) {
      for (int j = i + 1; j < actorsOfCluster.size(); j++) {
        Set<String> shared = new TreeSet<>(actorsOfCluster.get(i));
        shared.retainAll(actorsOfCluster.get(j));
        if (!shared.isEmpty()) {
          merges.add(
              new Merge(
                  key.actors().get(i).canonical(),
                  key.actors().get(j).canonical(),
                  List.copyOf(shared)));
        }
      }
    }
    return new ClusterScore(key.actors().size(), resolved, merges, details);
  }

  /**
   * The relations of {@code key} against {@code stored}. Only relations read from text count: prior
   * knowledge from the actor registry is never evidence that a text states a relation. A key
   * relation is found when a stored text relation of the same type, from the key relation's
   * document, has a subject and an object whose names match the key's (either way round for the
   * symmetric {@code allied_with} and {@code adversary_of}). A stored text relation of a key
   * document is between wrong actors when both its actors are among the key's actor clusters but no
   * key relation, of any type, links the two.
   *
   * @param actorNames per actor id, the name and aliases the store records for it
   * @param byName the stored documents the key covers, by file name
   */
  static RelationScore relations(
      AnswerKey key,
      List<Relation> stored,
      Map<String, Set<String>> actorNames,
      Map<String, StoredDocument> byName) {
    List<Relation> text = stored.stream().filter(r -> !r.prior()).toList();
    int core = 0;
    int coreFound = 0;
    int found = 0;
    Set<String> used = new HashSet<>();
    List<String> missing = new ArrayList<>();
    for (AnswerKey.Relation gold : key.relations()) {
      StoredDocument document = gold.doc() == null ? null : byName.get(gold.doc());
      List<Relation> hits =
          text.stream()
              .filter(s -> document == null || document.id().equals(s.documentId()))
              .filter(s -> s.type().code().equalsIgnoreCase(gold.relation()))
              .filter(s -> links(s, gold, actorNames, s.type().symmetric()))
              .toList();
      hits.forEach(s -> used.add(s.id()));
      if (gold.core()) {
        core++;
      }
      if (hits.isEmpty()) {
        missing.add(
            first(gold.subject())
                + " "
                + gold.relation()
                + " "
                + first(gold.object())
                + (gold.core() ? "" : " (not core)"));
      } else {
        found++;
        if (gold.core()) {
          coreFound++;
        }
      }
    }
    Set<String> keyDocumentIds = new HashSet<>();
    byName.values().forEach(d -> keyDocumentIds.add(d.id()));
    List<Relation> ofKeyDocuments =
        text.stream().filter(s -> keyDocumentIds.contains(s.documentId())).toList();
    int unmatched = (int) ofKeyDocuments.stream().filter(s -> !used.contains(s.id())).count();
    List<String> wrong = new ArrayList<>();
    for (Relation s : ofKeyDocuments) {
      boolean known =
          inClusters(names(s.subject(), actorNames), key)
              && inClusters(names(s.object(), actorNames), key);
      if (known && key.relations().stream().noneMatch(g -> links(s, g, actorNames, true))) {
        wrong.add(
            s.subject().name() + " " + s.type().code() + " " + s.object().name() + ": " + s.id());
      }
    }
    return new RelationScore(
        core, coreFound, key.relations().size(), found, unmatched, missing, wrong);
  }

  /** Whether {@code s} links the actors of {@code gold}, in its order or, if allowed, reversed. */
  private static boolean links(
      Relation s, AnswerKey.Relation gold, Map<String, Set<String>> actorNames, boolean reversed) {
    List<String> subject = names(s.subject(), actorNames);
    List<String> object = names(s.object(), actorNames);
    return Names.anyMatches(subject, gold.subject()) && Names.anyMatches(object, gold.object())
        || reversed
            && Names.anyMatches(object, gold.subject())
            && Names.anyMatches(subject, gold.object());
  }

  private static boolean inClusters(List<String> names, AnswerKey key) {
    return key.actors().stream().anyMatch(c -> Names.anyMatches(names, c.forms()));
  }

  private static List<String> names(ActorRef ref, Map<String, Set<String>> actorNames) {
    List<String> names = new ArrayList<>(actorNames.getOrDefault(ref.id(), Set.of()));
    names.add(ref.name());
    return names;
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? "?" : names.get(0);
  }
}
