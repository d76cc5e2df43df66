package org.sitrep.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.fuse.Fuser;

/** One {@link Fuser} per executor JVM and broadcast actor hierarchy; fusers are thread-safe. */
final class Fusers {
  private static final ConcurrentHashMap<Long, Fuser> BY_BROADCAST = new ConcurrentHashMap<>();

  private Fusers() {}

  static Fuser get(Broadcast<Map<String, String>> parents) {
    return BY_BROADCAST.computeIfAbsent(parents.id(), id -> new Fuser(parents.value()));
  }
}
