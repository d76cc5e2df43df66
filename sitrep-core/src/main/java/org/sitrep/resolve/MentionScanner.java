package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Span;

/**
 * Finds every actor mention in a document: first learns what the document defines (acronyms,
 * unknown groups), then scans left to right taking the longest name at each word, and learns
 * surnames of people as it meets their full names.
 *
 * <p>Immutable and thread-safe: all per-document state lives in a {@link DocumentNames} made per
 * call.
 */
final class MentionScanner {
  private final Tokenizer tokenizer;
  private final NameMatcher matcher;
  private final GroupFinder groups;
  private final AcronymLearner acronyms;

  MentionScanner(Tokenizer tokenizer, NameMatcher matcher) {
    this.tokenizer = tokenizer;
    this.matcher = matcher;
    this.groups = new GroupFinder(matcher);
    this.acronyms = new AcronymLearner(matcher, groups);
  }

  List<ActorMention> scan(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    DocumentNames local = new DocumentNames();
    acronyms.learn(text, tokens, local);
    groups.discover(text, tokens, local);
    List<ActorMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Match> found = matcher.longest(tokens, i, local, NameMatcher.Mode.MENTIONS);
      if (found.isEmpty()) {
        i++;
        continue;
      }
      Match m = found.get();
      if (!m.blocked()) {
        out.add(mention(text, tokens, m));
        learnSurname(tokens, m, local);
      }
      i = m.last() + 1;
    }
    return List.copyOf(out);
  }

  private static ActorMention mention(String text, List<Token> tokens, Match m) {
    int first = Compounds.withArticle(tokens, m.first());
    MentionForm form =
        Compounds.attached(tokens, first, m.last()) ? MentionForm.MODIFIER : m.form();
    int begin = tokens.get(first).begin();
    int end = tokens.get(m.last()).end();
    return new ActorMention(new Span(begin, end), text.substring(begin, end), m.actor(), form);
  }

  /** After "Qasem Soleimani", "Soleimani" alone names him too, unless it names someone else. */
  private void learnSurname(List<Token> tokens, Match m, DocumentNames local) {
    Actor actor = m.actor();
    Token last = tokens.get(m.last());
    boolean severalWords = m.last() > m.first();
    if (actor.kind() == ActorKind.PERSON
        && severalWords
        && last.norm().length() >= 4
        && last.capitalized()
        && !matcher.knows(last.norm())) {
      local.learn(Alias.of(actor, List.of(last)));
    }
  }
}
