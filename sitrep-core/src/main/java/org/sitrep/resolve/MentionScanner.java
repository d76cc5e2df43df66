package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * @param countries the document's countries, most telling first; empty to infer them from the
   *     countries of the actors the text names unambiguously
   */
  List<ActorMention> scan(String text, List<String> countries) {
    List<Token> tokens = tokenizer.tokenize(text);
    DocumentNames local = new DocumentNames();
    if (countries.isEmpty()) {
      local.countries(() -> countries(tokens));
    } else {
      local.countries(countries);
    }
    acronyms.learn(text, tokens, local);
    groups.discover(text, tokens, local);
    List<ActorMention> out = new ArrayList<>();
    int i = 0;
    int previousLast = -2;
    while (i < tokens.size()) {
      Optional<Match> found = matcher.longest(tokens, i, local, NameMatcher.Mode.MENTIONS);
      if (found.isEmpty()) {
        i++;
        continue;
      }
      Match m = found.get();
      boolean headNoun =
          matcher.unboundGeneric(m.actor()) && adjacent(tokens, previousLast, m.first());
      // "al-Shabaab gunmen", "AU troops": the noun is the named actor's, not another actor.
      if (!m.blocked() && !headNoun) {
        out.add(mention(text, tokens, m));
        learnSurname(tokens, m, local);
        previousLast = m.last();
      }
      i = m.last() + 1;
    }
    return List.copyOf(out);
  }

  /** The countries {@code text} is about, most telling first: see {@link #countries(List)}. */
  List<String> countries(String text) {
    return countries(tokenizer.tokenize(text));
  }

  /**
   * The countries of the actors the text names and of the capitals it names, most often named first
   * (states and capitals count twice, being the surest sign of where a text is set); names several
   * actors share are left out.
   */
  List<String> countries(List<Token> tokens) {
    DocumentNames none = new DocumentNames();
    Map<String, Integer> counts = new LinkedHashMap<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Match> found = matcher.longest(tokens, i, none, NameMatcher.Mode.MENTIONS);
      if (found.isEmpty()) {
        i++;
        continue;
      }
      Match m = found.get();
      // A capital is a sure sign of the country even where it is only a place ("in Mogadishu").
      Actor a = m.actor() != null ? m.actor() : matcher.capitalOf(tokens, m);
      if (a != null && a.country() != null && !matcher.ambiguous(key(tokens, m))) {
        counts.merge(a.country(), a.kind() == ActorKind.STATE ? 2 : 1, Integer::sum);
      }
      i = m.last() + 1;
    }
    List<String> out = new ArrayList<>(counts.keySet());
    out.sort(Comparator.comparing(c -> -counts.get(c)));
    return out;
  }

  private static String key(List<Token> tokens, Match m) {
    List<Token> words = new ArrayList<>();
    for (int j = m.first(); j <= m.last(); j++) {
      Token t = tokens.get(j);
      if (t.isWord() && !t.skippable()) {
        words.add(t);
      }
    }
    return NameMatcher.key(words);
  }

  /** Whether only a possessive, a dash or an article stands between two token indexes. */
  private static boolean adjacent(List<Token> tokens, int previousLast, int first) {
    if (previousLast < 0 || first <= previousLast) {
      return false;
    }
    for (int j = previousLast + 1; j < first; j++) {
      Token t = tokens.get(j);
      if (t.isWord() || !t.skippable()) {
        return false;
      }
    }
    return true;
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
