package org.sitrep.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.FusionChange;
import org.sitrep.model.Actor;
import org.sitrep.store.DocumentStore;

/**
 * Fuses a store's reports into events after extraction: only reports that are new, changed or gone
 * since the last run are fused again (with whatever their linked components hold), and the change
 * is committed in one transaction. Running it again with nothing new changes nothing.
 */
public final class BatchFuse {
  private final DocumentStore store;

  public BatchFuse(DocumentStore store) {
    this.store = store;
  }

  /** Fuses what changed and stores it; returns the change (empty when nothing changed). */
  public FusionChange run() {
    Map<String, String> parents = new HashMap<>();
    for (Actor actor : store.actors()) {
      if (actor.parent() != null) {
        parents.put(actor.id(), actor.parent());
      }
    }
    FusionChange change =
        new Fuser(parents).update(store.reports(), store.events(), store.fusionStamps());
    if (!change.isEmpty()) {
      store.saveFusion(change.removedEventIds(), change.events(), change.stamps());
    }
    return change;
  }
}
