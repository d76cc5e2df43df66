package org.sitrep.extract;

import java.util.Optional;
import org.sitrep.nlp.DependencyParse;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceParser;

/**
 * The dependency parse of one sentence, computed the first time a stage asks for it: only the
 * sentences that report an event are parsed. Mutable (a memo); one per sentence being read.
 */
final class LazyParse {
  private final Optional<SentenceParser> parser;
  private final Sentence sentence;
  private Optional<DependencyParse> parse;

  LazyParse(Optional<SentenceParser> parser, Sentence sentence) {
    this.parser = parser;
    this.sentence = sentence;
  }

  /** The parse; empty without a parser or when the sentence was not tagged. */
  Optional<DependencyParse> get() {
    if (parse == null) {
      parse = parser.flatMap(p -> p.parse(sentence));
    }
    return parse;
  }
}
