package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * CoreNLP's neural dependency parser (Universal Dependencies) over one tagged sentence at a time:
 * extraction asks for it only on the sentences that report an event, since parsing every sentence
 * would cost more than the rest of the annotation. The model loads once, in the constructor.
 * Immutable and thread-safe.
 */
public final class SentenceParser {
  /** The English Universal Dependencies model in CoreNLP's models jar. */
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private final DependencyParser parser;

  private SentenceParser(DependencyParser parser) {
    this.parser = parser;
  }

  /** The parser with CoreNLP's bundled English model; throws NlpModelException when missing. */
  public static SentenceParser standard() {
    if (SentenceParser.class.getClassLoader().getResource(MODEL) == null) {
      throw new NlpModelException(
          "the dependency parser model " + MODEL + " is not on the class path");
    }
    return new SentenceParser(DependencyParser.loadFromModelFile(MODEL));
  }

  /**
   * The tree of {@code sentence}; empty when it was not tagged (the parser needs part-of-speech
   * tags) or has no tokens.
   */
  public Optional<DependencyParse> parse(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.pos() == null)) {
      return Optional.empty();
    }
    List<CoreLabel> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel label = new CoreLabel();
      label.setWord(tokens.get(i).word());
      label.setValue(tokens.get(i).word());
      label.setTag(tokens.get(i).pos());
      label.setIndex(i + 1);
      words.add(label);
    }
    GrammaticalStructure structure = parser.predict(words);
    Integer[] heads = new Integer[tokens.size()];
    String[] relations = new String[tokens.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "dep");
    for (TypedDependency d : structure.typedDependencies()) {
      int dependent = d.dep().index() - 1;
      if (dependent < 0 || dependent >= tokens.size()) {
        continue;
      }
      heads[dependent] = d.gov().index() - 1;
      relations[dependent] = d.reln().toString();
    }
    return Optional.of(new DependencyParse(Arrays.asList(heads), Arrays.asList(relations)));
  }
}
