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
import org.sitrep.store.StoredDocument;
import org.sitrep.store.StoredRelation;

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
   * The relations of {@code key} against {@code stored}: one is found when a stored relation of the
   * same type has a subject and an object whose names match the key's.
   *
   * @param actorNames per actor id, the name and aliases the store records for it
   * @param byName the stored documents the key covers, by file name
   */
  static RelationScore relations(
      AnswerKey key,
      List<StoredRelation> stored,
      Map<String, Set<String>> actorNames,
      Map<String, StoredDocument> byName) {
    int core = 0;
    int coreFound = 0;
    int found = 0;
    Set<String> used = new HashSet<>();
    List<String> missing = new ArrayList<>();
    for (AnswerKey.Relation gold : key.relations()) {
      List<StoredRelation> hits =
          stored.stream()
              .filter(
                  s ->
                      s.relation().equalsIgnoreCase(gold.relation())
                          && Names.anyMatches(names(s.subject(), actorNames), gold.subject())
                          && Names.anyMatches(names(s.object(), actorNames), gold.object()))
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
    int unmatched =
        (int)
            stored.stream()
                .filter(s -> !s.prior() && keyDocumentIds.contains(s.documentId()))
                .filter(s -> !used.contains(s.id()))
                .count();
    return new RelationScore(core, coreFound, key.relations().size(), found, unmatched, missing);
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
