package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.network.ActorNetwork;
import org.sitrep.network.NetworkEvent;
import org.sitrep.testing.Reports;

class NetworkExporterTest {
  @TempDir Path dir;

  private static ActorNetwork network() {
    Actor hezbollah =
        new Actor("hezbollah", "Hezbollah", ActorKind.POLITICAL_MILITIA, "LB", List.of(), null);
    Actor nasrallah =
        new Actor(
            "person:nasrallah", "Hassan Nasrallah & co", ActorKind.PERSON, "LB", List.of(), null);
    Actor israel = new Actor("state:IL", "Israel", ActorKind.STATE, "IL", List.of(), null);
    Relation leads =
        new Relation(
            "doc-1-leader_of",
            nasrallah.ref(),
            RelationType.LEADER_OF,
            hezbollah.ref(),
            "doc-1",
            "Hezbollah leader Hassan Nasrallah <spoke>.",
            new Span(0, 40),
            false);
    Report clash = Reports.clash("doc-1-r01", "doc-1", "2024-09-01", israel.ref(), hezbollah.ref());
    return ActorNetwork.build(
        List.of(hezbollah, nasrallah, israel), List.of(leads), List.of(NetworkEvent.of(clash)));
  }

  @Test
  void theGraphmlExportIsValidXmlThatLoadsBackAsTheSameGraph() throws Exception {
    Path file = new NetworkExporter().export(network(), NetworkExporter.Format.GRAPHML, dir);
    assertThat(file.getFileName().toString()).isEqualTo("actors.graphml");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

    Graph<String, DefaultWeightedEdge> back = emptyGraph();
    Map<String, String> labels = new HashMap<>();
    Map<String, String> ties = new HashMap<>();
    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer(
        (p, a) -> {
          if (p.getSecond().equals("label")) {
            labels.put(p.getFirst(), a.getValue());
          }
        });
    importer.addEdgeAttributeConsumer(
        (p, a) -> {
          if (p.getSecond().equals("tie")) {
            ties.put(
                back.getEdgeSource(p.getFirst()) + ">" + back.getEdgeTarget(p.getFirst()),
                a.getValue());
          }
        });
    importer.importGraph(back, file.toFile());

    assertThat(back.vertexSet())
        .containsExactlyInAnyOrder("hezbollah", "person:nasrallah", "state:IL");
    assertThat(back.edgeSet()).hasSize(2);
    assertThat(labels).containsEntry("person:nasrallah", "Hassan Nasrallah & co");
    assertThat(ties)
        .containsEntry("person:nasrallah>hezbollah", "leader_of")
        .containsEntry("hezbollah>state:IL", "co_participation");
  }

  @Test
  void theGexfExportIsValidXmlThatLoadsBackAsTheSameGraph() throws Exception {
    Path file = new NetworkExporter().export(network(), NetworkExporter.Format.GEXF, dir);
    assertThat(file.getFileName().toString()).isEqualTo("actors.gexf");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

    Graph<String, DefaultWeightedEdge> back = emptyGraph();
    Map<String, String> labels = new HashMap<>();
    SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
    importer.setSchemaValidation(false);
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer(
        (p, a) -> {
          if (p.getSecond().equals("label")) {
            labels.put(p.getFirst(), a.getValue());
          }
        });
    importer.importGraph(back, file.toFile());

    assertThat(back.vertexSet())
        .containsExactlyInAnyOrder("hezbollah", "person:nasrallah", "state:IL");
    assertThat(back.edgeSet()).hasSize(2);
    assertThat(labels).containsEntry("hezbollah", "Hezbollah");
  }

  @Test
  void twoExportsOfOneNetworkAreIdentical() {
    StringWriter one = new StringWriter();
    StringWriter two = new StringWriter();
    new NetworkExporter().write(network(), NetworkExporter.Format.GEXF, one);
    new NetworkExporter().write(network(), NetworkExporter.Format.GEXF, two);
    assertThat(one.toString()).isEqualTo(two.toString()).isNotEmpty();
  }

  private static Graph<String, DefaultWeightedEdge> emptyGraph() {
    return new DirectedWeightedMultigraph<>(
        SupplierUtil.createStringSupplier(), SupplierUtil.createDefaultWeightedEdgeSupplier());
  }

  private static ActorNetwork networkWithControlCharacters() {
    Actor militia =
        new Actor(
            "militia",
            "River\u000BFront \u0001Militia",
            ActorKind.POLITICAL_MILITIA,
            "ZZ",
            List.of(),
            null);
    Actor army =
        new Actor("state:ZZ", "Army\u0008 of Z", ActorKind.STATE, "Z\u001FZ", List.of(), null);
    Actor chief = new Actor("person:chief", "The Chief", ActorKind.PERSON, "ZZ", List.of(), null);
    Relation leads =
        new Relation(
            "doc-9-leader_of",
            chief.ref(),
            RelationType.LEADER_OF,
            militia.ref(),
            "doc-9",
            "The Chief leads the militia.",
            new Span(0, 28),
            false);
    Report clash = Reports.clash("doc-9-r01", "doc-9", "2024-05-01", army.ref(), militia.ref());
    return ActorNetwork.build(
        List.of(militia, army, chief), List.of(leads), List.of(NetworkEvent.of(clash)));
  }

  @Test
  void controlCharactersInNamesNeverReachTheXmlAndBothFilesParseStrictly() throws Exception {
    ActorNetwork network = networkWithControlCharacters();
    for (NetworkExporter.Format format : NetworkExporter.Format.values()) {
      Path file = new NetworkExporter().export(network, format, dir);

      org.w3c.dom.Document doc =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

      assertThat(doc.getDocumentElement().getTextContent()).doesNotContain("\u000B");
      String xml = java.nio.file.Files.readString(file);
      assertThat(xml).contains("RiverFront Militia").contains("Army of Z");
    }
  }

  @Test
  void coParticipationIsUndirectedAndRelationsDirectedInOneGraph() throws Exception {
    ActorNetwork network = networkWithControlCharacters();
    Path graphml = new NetworkExporter().export(network, NetworkExporter.Format.GRAPHML, dir);
    Path gexf = new NetworkExporter().export(network, NetworkExporter.Format.GEXF, dir);

    Map<String, String> graphmlDirected = edgeAttribute(graphml, "directed");
    Map<String, String> gexfTypes = edgeAttribute(gexf, "type");

    assertThat(graphmlDirected)
        .containsEntry("co_participation:militia:state:ZZ", "false")
        .containsEntry("leader_of:person:chief:militia", "");
    assertThat(gexfTypes)
        .containsEntry("co_participation:militia:state:ZZ", "undirected")
        .containsEntry("leader_of:person:chief:militia", "directed");
    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.setVertexFactory(id -> id);
    importer.importGraph(emptyGraph(), graphml.toFile());
  }

  private static Map<String, String> edgeAttribute(Path file, String attribute) throws Exception {
    org.w3c.dom.Document doc =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    org.w3c.dom.NodeList edges = doc.getElementsByTagName("edge");
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < edges.getLength(); i++) {
      org.w3c.dom.Element edge = (org.w3c.dom.Element) edges.item(i);
      values.put(edge.getAttribute("id"), edge.getAttribute(attribute));
    }
    return values;
  }
}
