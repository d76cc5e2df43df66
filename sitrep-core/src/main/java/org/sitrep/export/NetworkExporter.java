package org.sitrep.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.sitrep.network.ActorNetwork;
import org.sitrep.network.Tie;

/**
 * Writes the actor network as GraphML or GEXF, for Gephi and other graph tools. Nodes are actors
 * (id, {@code label} = name, {@code kind}, {@code country}); edges are ties ({@code tie} = {@code
 * part_of}, ... or {@code co_participation}, {@code weight}, {@code documents}, {@code events},
 * {@code prior}, {@code directed}). Output is deterministic for one network. Thread-safe.
 */
public final class NetworkExporter {
  /** The graph formats, with the file each is written to. */
  public enum Format {
    GRAPHML("actors.graphml"),
    GEXF("actors.gexf");

    private final String file;

    Format(String file) {
      this.file = file;
    }

    /** The name of the file an export in this format writes. */
    public String file() {
      return file;
    }
  }

  /**
   * Writes {@code network} in {@code format} into {@code directory} (created if needed), replacing
   * an earlier export.
   *
   * @return the file written
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path export(ActorNetwork network, Format format, Path directory) {
    Path file = directory.resolve(format.file());
    try {
      Files.createDirectories(directory);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        write(network, format, out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } catch (ExportException e) {
      throw new UncheckedIOException("cannot write " + file, new IOException(e.getMessage(), e));
    }
  }

  /**
   * Writes {@code network} in {@code format} to {@code out}, which the caller closes.
   *
   * @throws ExportException when writing fails
   */
  public void write(ActorNetwork network, Format format, Writer out) {
    java.io.StringWriter buffer = new java.io.StringWriter();
    exporter(network, format).exportGraph(network.graph(), buffer);
    try {
      out.write(EdgeDirections.mark(buffer.toString(), format));
    } catch (IOException e) {
      throw new ExportException(e);
    }
  }

  private static GraphExporter<String, Tie> exporter(ActorNetwork network, Format format) {
    if (format == Format.GRAPHML) {
      GraphMLExporter<String, Tie> graphml = new GraphMLExporter<>(XmlText::legal);
      graphml.setEdgeIdProvider(NetworkExporter::edgeId);
      for (String name : new String[] {"label", "kind", "country"}) {
        graphml.registerAttribute(
            name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
      }
      graphml.registerAttribute(
          "tie", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
      graphml.registerAttribute(
          "documents", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
      graphml.registerAttribute(
          "events", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
      graphml.registerAttribute(
          "prior", GraphMLExporter.AttributeCategory.EDGE, AttributeType.BOOLEAN);
      graphml.registerAttribute(
          "directed", GraphMLExporter.AttributeCategory.EDGE, AttributeType.BOOLEAN);
      graphml.setExportEdgeWeights(true);
      graphml.setVertexAttributeProvider(id -> node(network, id));
      graphml.setEdgeAttributeProvider(NetworkExporter::edge);
      return graphml;
    }
    GEXFExporter<String, Tie> gexf = new GEXFExporter<>(XmlText::legal, NetworkExporter::edgeId);
    gexf.setCreator("Sitrep");
    gexf.setDescription("Actors and their ties: relations and co-participation in events");
    for (String name : new String[] {"kind", "country"}) {
      gexf.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    }
    gexf.registerAttribute("tie", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
    gexf.registerAttribute(
        "documents", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    gexf.registerAttribute(
        "events", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    gexf.registerAttribute("prior", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.BOOLEAN);
    gexf.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    gexf.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_TYPES, true);
    gexf.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
    gexf.setVertexAttributeProvider(id -> node(network, id));
    gexf.setEdgeAttributeProvider(NetworkExporter::edge);
    return gexf;
  }

  private static String edgeId(Tie tie) {
    return XmlText.legal(tie.kind() + ":" + tie.source() + ":" + tie.target());
  }

  private static Map<String, Attribute> node(ActorNetwork network, String id) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put(
        "label",
        DefaultAttribute.createAttribute(XmlText.legal(network.name(id).orElseThrow().name())));
    network
        .kind(id)
        .ifPresent(k -> attributes.put("kind", DefaultAttribute.createAttribute(k.code())));
    network
        .actor(id)
        .map(a -> a.country())
        .ifPresent(
            c -> attributes.put("country", DefaultAttribute.createAttribute(XmlText.legal(c))));
    return attributes;
  }

  private static Map<String, Attribute> edge(Tie tie) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("tie", DefaultAttribute.createAttribute(XmlText.legal(tie.kind())));
    attributes.put("documents", DefaultAttribute.createAttribute(tie.documents()));
    attributes.put("events", DefaultAttribute.createAttribute(tie.events()));
    attributes.put("prior", DefaultAttribute.createAttribute(tie.prior()));
    attributes.put("directed", DefaultAttribute.createAttribute(tie.directed()));
    attributes.put(
        "type", DefaultAttribute.createAttribute(tie.directed() ? "directed" : "undirected"));
    return attributes;
  }
}
