package org.sitrep.export;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.model.RelationType;
import org.sitrep.network.Tie;

/**
 * Marks the undirected edges of an exported network, which JGraphT writes with the graph's one
 * direction: co-participation in events and symmetric relations get {@code directed="false"} in
 * GraphML and {@code type="undirected"} in GEXF, so that one graph carries both kinds of edge.
 */
final class EdgeDirections {
  /** The start tag of an edge, whose id begins with the tie's kind (see the edge id provider). */
  private static final Pattern EDGE = Pattern.compile("<edge id=\"([^\":]*):[^>]*>");

  private static final Set<String> UNDIRECTED =
      Stream.concat(
              Stream.of(Tie.CO_PARTICIPATION),
              Stream.of(RelationType.values()).filter(RelationType::symmetric).map(r -> r.code()))
          .collect(Collectors.toUnmodifiableSet());

  private EdgeDirections() {}

  /** {@code xml} with each undirected edge marked as such. */
  static String mark(String xml, NetworkExporter.Format format) {
    Matcher m = EDGE.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length() + 1024);
    while (m.find()) {
      String tag = m.group();
      if (UNDIRECTED.contains(m.group(1))) {
        tag =
            format == NetworkExporter.Format.GEXF
                ? tag.replace(" type=\"directed\"", " type=\"undirected\"")
                : "<edge directed=\"false\"" + tag.substring("<edge".length());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(tag));
    }
    m.appendTail(out);
    return out.toString();
  }
}
