package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Relation;
import org.sitrep.model.Span;
import org.sitrep.nlp.AnnotatedDocument;
import org.sitrep.nlp.Sentence;
import org.sitrep.resolve.ActorResolver;

class RelationExtractorTest {
  private static final ActorResolver RESOLVER = ActorResolver.bundled();
  private static final RelationExtractor EXTRACTOR = RelationExtractor.standard();

  /** The relations of a text whose sentences are its lines, as "subject type object". */
  static List<String> relationsIn(String... sentences) {
    return relations(sentences).stream()
        .map(r -> r.subject().id() + " " + r.type().code() + " " + r.object().id())
        .toList();
  }

  static List<Relation> relations(String... sentences) {
    String text = String.join(" ", sentences);
    List<Sentence> split = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < sentences.length; i++) {
      Span span = new Span(at, at + sentences[i].length());
      split.add(new Sentence(i, 0, span, sentences[i], List.of(), List.of(), false));
      at = span.end() + 1;
    }
    List<ActorMention> mentions =
        RESOLVER.mentions(text).stream()
            .map(m -> new ActorMention(m.span(), m.surface(), m.actor(), m.modifier()))
            .toList();
    return EXTRACTOR.extract("doc-1", new AnnotatedDocument(text, null, split), mentions);
  }

  @Test
  void aLeaderBeforeHisNameLeadsTheGroupNamedBeforeIt() {
    assertThat(relationsIn("Houthi leader Abdul Malik al-Houthi vowed to continue the attacks."))
        .containsExactly("person:abdul-malik-al-houthi leader_of houthis");
  }
}
