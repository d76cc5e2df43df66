package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of an HTML page and the metadata its markup states, with readability-style
 * rules.
 *
 * <p>Page furniture (scripts, navigation, page-level headers and footers, sidebars, share bars,
 * related links, comments, ads, cookie and newsletter boxes) is removed first. The main container
 * is then the page's article element ({@code [itemprop=articleBody]}, {@code <article>}, {@code
 * role=main}, {@code <main>}) when it holds substantial text, otherwise the container whose
 * paragraphs score best, with its siblings that score nearly as well.
 *
 * <p>Stateless and thread-safe: one instance can serve every thread.
 */
public final class HtmlExtractor {
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int MIN_MAIN_CHARS = 140;
  private static final double MIN_MAIN_SHARE = 0.5;
  private static final int MAX_AUTHOR_CHARS = 100;
  private static final int MAX_HEADLINE_CHARS = 300;
  private static final int MAX_ARIA_LABEL_WORDS = 4;

  private static final Set<String> REMOVED_TAGS =
      words(
          "script style noscript template iframe svg button nav aside object embed canvas "
              + "video audio select input textarea dialog menu");
  private static final Set<String> CANDIDATE_TAGS =
      Set.of("div", "section", "article", "main", "td", "body");
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre");
  private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> CELL_TAGS = Set.of("td", "th");
  private static final Set<String> BLOCK_TAGS =
      words(
          "p div section article main header footer address h1 h2 h3 h4 h5 h6 hgroup ul "
              + "ol li dl dt dd blockquote figure figcaption pre table caption thead tbody "
              + "tfoot tr hr br center details summary fieldset legend");
  // Inline elements inside a paragraph carry words of its sentences, whatever their class says.
  private static final Set<String> INLINE_TAGS =
      Set.of(
          "a", "b", "i", "em", "strong", "span", "abbr", "cite", "q", "mark", "u", "small", "time");

  private static final Set<String> FURNITURE_ROLES =
      words(
          "navigation banner contentinfo complementary search dialog alertdialog menu "
              + "menubar toolbar");
  private static final Set<String> FURNITURE_TOKENS =
      words(
          "share shares sharing sharebar social socials comment comments commentlist "
              + "disqus related relatedposts recommend recommended recommendation "
              + "recommendations promo promos promotion promoted sponsor sponsored adv advert "
              + "adverts advertisement advertising ad ads adsbygoogle sidebar newsletter "
              + "newsletters subscribe subscription signup cookie cookies consent gdpr "
              + "breadcrumb breadcrumbs menu nav navbar navigation navbox popup modal signin "
              + "login logout captcha recaptcha tags tagcloud bio outbrain taboola trending "
              + "popular toolbar pagination pager widget editsection edit reference references "
              + "reflist toc catlinks");
  private static final Set<String> FURNITURE_PAIRS =
      Set.of(
          "read more",
          "more stories",
          "more news",
          "more from",
          "most read",
          "most popular",
          "most viewed",
          "also like",
          "side bar",
          "sign in",
          "sign up",
          "log in",
          "author bio",
          "about author",
          "follow us",
          "skip link",
          "skip to",
          "tag list",
          "tag links");
  // "has-sidebar", "no-comments": state classes on wrappers, which hold the article.
  private static final Set<String> NEGATIONS = Set.of("has", "with", "no", "without");

  private static final Set<String> AUTHOR_MARKS = Set.of("author", "authors", "writer");
  private static final Set<String> BYLINE_MARKS = Set.of("byline");
  private static final Set<String> NOT_A_BYLINE =
      Set.of("bio", "avatar", "image", "img", "photo", "picture", "pic", "thumb", "about");

  private static final List<String> SEMANTIC_CONTAINERS =
      List.of("[itemprop=articleBody]", "article", "[role=main]", "main");
  private static final String ARTICLE_SCOPE = "article, main, [role=main], [itemprop=articleBody]";
  private static final String ARTICLE_HEADLINE =
      "article h1, [itemprop=articleBody] h1, main h1, [role=main] h1";
  private static final String PAGE_FURNITURE_SCOPE = "header, nav, footer, aside";
  private static final List<String> PUBLISHED_META =
      List.of(
          ("article:published_time og:published_time og:article:published_time date pubdate "
                  + "publishdate publish-date publish_date dc.date dc.date.issued dcterms.date "
                  + "dcterms.issued")
              .split(" "));

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.*\\S)\\s+[|\\-–—·•»]\\s+\\S.*$");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
  private static final Pattern URL_LIKE =
      Pattern.compile("^(?:https?:|www\\.)|://", Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^(?:(?:written|words|reported|posted|story)\\s+)?by\\b\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE_BREAK = Pattern.compile("\\s+[|·•—–]\\s+");
  private static final Pattern BYLINE_TAIL =
      Pattern.compile(
          "(?:[\\s,;:|·•—–-]|\\b(?:published|updated|posted|on)\\b)+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile(".*(?:article|posting|report).*", Pattern.CASE_INSENSITIVE);

  // Immutable and thread-safe; lenient because hand-written JSON-LD often has raw newlines.
  private static final ObjectReader JSON =
      JsonMapper.builder()
          .enable(
              JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build()
          .reader();

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  /** Creates an extractor; it holds no state, so one instance can be shared. */
  public HtmlExtractor() {}

  /**
   * Extracts the main text of an HTML page and the metadata its markup states.
   *
   * <p>The text holds one block per paragraph, heading, list item, quotation, caption, preformatted
   * section and table row ({@code <br>} also ends a block), blocks separated by a blank line,
   * whitespace inside a block collapsed to single spaces, characters otherwise as the page has them
   * (entities decoded). The headline goes to {@code title} and is left out of the text when it was
   * taken from, or reads the same as, the page's {@code <h1>}. Malformed markup is repaired, not
   * rejected.
   *
   * @param html the page's markup, already decoded to characters
   * @return the page, never null; its text is empty (never null) when the page has no main text,
   *     e.g. empty input or a page of navigation only, and metadata the markup does not state is
   *     null
   * @throws NullPointerException if {@code html} is null
   */
  public ExtractedPage extract(String html) {
    Document doc = Jsoup.parse(Objects.requireNonNull(html, "html"));
    DeepNesting.flatten(doc);
    Map<String, String> meta = metaContents(doc);
    List<JsonNode> jsonLd = jsonLdObjects(doc);
    String url =
        firstNonBlank(
            attr(doc.selectFirst("link[rel=canonical][href]"), "href"), meta.get("og:url"));
    String statedAuthor = statedAuthor(doc, meta, jsonLd);
    String statedDate = statedDate(doc, meta, jsonLd);
    // The headline is found before cleaning: the header that holds it may look like furniture.
    Element articleHeadline = firstHeadline(doc.select(ARTICLE_HEADLINE));
    Element body = doc.body();
    removeFurniture(body, protectedElements(body, articleHeadline));
    List<Element> main = mainContainer(body);
    Element headline = articleHeadline != null ? articleHeadline : firstH1(main, body);
    String title =
        firstNonBlank(
            meta.get("og:title"),
            meta.get("twitter:title"),
            jsonLdText(jsonLd, "headline"),
            headline == null ? null : headline.text(),
            titleWithoutSite(doc.title()));
    if (headline != null && collapse(headline.text()).equals(title)) {
      headline.remove();
    }
    String author = statedAuthor != null ? statedAuthor : bylineAuthor(main, body);
    String published = statedDate != null ? statedDate : timeElementDate(main, body);
    return new ExtractedPage(render(main, title), title, author, published, url);
  }

  // ---- cleaning ----

  /** The elements furniture rules must not remove: wrappers of the article and of its headline. */
  private static Set<Element> protectedElements(Element body, Element articleHeadline) {
    Set<Element> keep = new HashSet<>();
    semanticContainer(body)
        .ifPresent(
            container -> {
              keep.add(container);
              keep.addAll(container.parents());
            });
    Element anchor = articleHeadline;
    if (anchor == null) {
      anchor =
          firstHeadline(
              body.select("h1").stream().filter(h1 -> h1.closest(PAGE_FURNITURE_SCOPE) == null));
    }
    if (anchor != null) {
      keep.addAll(anchor.parents());
    }
    return keep;
  }

  private static void removeFurniture(Element body, Set<Element> keep) {
    int pageChars = body.text().length();
    NodeTraversor.filter(
        (node, depth) ->
            node instanceof Element el && el != body && isFurniture(el, keep, pageChars)
                ? FilterResult.REMOVE
                : FilterResult.CONTINUE,
        body);
  }

  private static boolean isFurniture(Element el, Set<Element> keep, int pageChars) {
    String tag = el.normalName();
    if (REMOVED_TAGS.contains(tag)) {
      return true;
    }
    if (tag.equals("form")) {
      // Some sites (ASP.NET) wrap the whole page in one form.
      return el.text().length() * 2 < pageChars;
    }
    if (keep.contains(el)) {
      return false;
    }
    if (tag.equals("header") || tag.equals("footer")) {
      return el.parent() == null || el.parent().closest(ARTICLE_SCOPE) == null;
    }
    if (el.hasAttr("hidden") || HIDDEN_STYLE.matcher(el.attr("style")).find()) {
      return true;
    }
    if (INLINE_TAGS.contains(tag) && el.closest("p") != null) {
      return false;
    }
    return FURNITURE_ROLES.contains(el.attr("role").strip().toLowerCase(Locale.ROOT))
        || hasFurnitureName(el);
  }

  /** Whether class, id or a short aria-label names furniture, matched on whole name tokens. */
  private static boolean hasFurnitureName(Element el) {
    String label = el.attr("aria-label").strip();
    String names = el.className() + " " + el.id();
    if (!label.isEmpty() && WHITESPACE.split(label).length <= MAX_ARIA_LABEL_WORDS) {
      names += " " + label; // longer labels are headlines or prose, not widget names
    }
    if (names.isBlank()) {
      return false;
    }
    List<String> tokens = nameTokens(names);
    for (int i = 0; i < tokens.size(); i++) {
      String previous = i == 0 ? "" : tokens.get(i - 1);
      if (FURNITURE_PAIRS.contains(previous + " " + tokens.get(i))) {
        return true;
      }
      if (FURNITURE_TOKENS.contains(tokens.get(i)) && !NEGATIONS.contains(previous)) {
        return true;
      }
    }
    return false;
  }

  /** Splits "share-bar relatedArticles ad_slot" into share, bar, related, articles, ad, slot. */
  private static List<String> nameTokens(String names) {
    String spaced = CAMEL_BOUNDARY.matcher(names).replaceAll(" ").toLowerCase(Locale.ROOT);
    return Arrays.stream(NON_ALPHANUMERIC.split(spaced)).filter(t -> !t.isEmpty()).toList();
  }

  // ---- main container ----

  private static List<Element> mainContainer(Element body) {
    List<Element> main =
        semanticContainer(body).map(List::of).orElseGet(() -> scoredContainer(body));
    main.forEach(HtmlExtractor::dropLinkLists);
    return main;
  }

  /**
   * The first article-like element, in order of how specific the markup is, that holds most of the
   * page's paragraph text: an {@code <article>} teaser card in a rail does not.
   */
  private static Optional<Element> semanticContainer(Element body) {
    int pageChars = paragraphChars(body);
    for (String query : SEMANTIC_CONTAINERS) {
      Optional<Element> largest =
          body.select(query).stream().max(Comparator.comparingInt(HtmlExtractor::paragraphChars));
      if (largest.isPresent()
          && largest.get().text().length() >= MIN_MAIN_CHARS
          && paragraphChars(largest.get()) >= MIN_MAIN_SHARE * pageChars) {
        return largest;
      }
    }
    return Optional.empty();
  }

  /** Characters in paragraphs and in text written straight into containers. */
  private static int paragraphChars(Element root) {
    int chars = 0;
    for (Element el : root.getAllElements()) {
      if (PARAGRAPH_TAGS.contains(el.normalName())) {
        chars += el.text().length();
      } else if (CANDIDATE_TAGS.contains(el.normalName())) {
        chars += el.ownText().length();
      }
    }
    return chars;
  }

  private static List<Element> scoredContainer(Element body) {
    Map<Element, Double> scores = paragraphScores(body);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
      if (score > bestScore) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    return best == null ? List.of(body) : withSiblings(best, bestScore, scores);
  }

  /**
   * Readability's scores: each paragraph scores by its commas and length and gives its score to the
   * candidates above it, less the further up they are. A div holding text directly (lines split by
   * {@code <br>}, no {@code <p>}) counts as its own paragraph's parent.
   */
  private static Map<Element, Double> paragraphScores(Element body) {
    Map<Element, Double> scores = new LinkedHashMap<>(); // insertion order settles ties
    for (Element el : body.getAllElements()) {
      boolean holder = CANDIDATE_TAGS.contains(el.normalName());
      if (!holder && !PARAGRAPH_TAGS.contains(el.normalName())) {
        continue;
      }
      String text = holder ? el.ownText() : el.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element ancestor = holder ? el : el.parent();
      for (int level = 0; ancestor != null && level < 5; level++) {
        if (CANDIDATE_TAGS.contains(ancestor.normalName())) {
          double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
          scores.putIfAbsent(ancestor, baseScore(ancestor));
          scores.merge(ancestor, score / divider, Double::sum);
        }
        ancestor = ancestor.parent();
      }
    }
    return scores;
  }

  /** Readability's head start for the tags that usually wrap article text. */
  private static double baseScore(Element candidate) {
    return switch (candidate.normalName()) {
      case "div" -> 5;
      case "td" -> 3;
      default -> 0;
    };
  }

  /** The best candidate and those siblings that continue it (article text split by ad slots). */
  private static List<Element> withSiblings(
      Element best, double bestScore, Map<Element, Double> scores) {
    Element parent = best.parent();
    if (parent == null || best.normalName().equals("body")) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      double score = scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling));
      if (!best.className().isEmpty() && sibling.className().equals(best.className())) {
        score += bestScore * 0.2; // the same class as the best: likely the article continued
      }
      if (sibling == best || score >= threshold || isLooseParagraph(sibling)) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  private static boolean isLooseParagraph(Element el) {
    if (!el.normalName().equals("p")) {
      return false;
    }
    String text = collapse(el.text());
    double density = linkDensity(el);
    return (text.length() > 80 && density < 0.25)
        || (!text.isEmpty() && density == 0 && SENTENCE_END.matcher(text).find());
  }

  /** Removes lists and boxes of links inside the main container ("Read more", "See also"). */
  private static void dropLinkLists(Element root) {
    for (Element el : root.select("ul, ol, dl, div, section, table")) {
      if (el != root
          && el.selectFirst("h1") == null
          && !el.text().isBlank()
          && linkDensity(el) > 0.5
          && commas(el.text()) < 10) {
        el.remove();
      }
    }
  }

  private static double linkDensity(Element el) {
    int chars = el.text().length();
    if (chars == 0) {
      return 0;
    }
    int linkChars = 0;
    for (Element link : el.select("a")) {
      linkChars += link.text().length();
    }
    return Math.min(1.0, (double) linkChars / chars);
  }

  private static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '،' || c == '、') {
        count++;
      }
    }
    return count;
  }

  private static Element firstH1(List<Element> main, Element body) {
    for (Element part : main) {
      Element h1 = firstHeadline(part.select("h1"));
      if (h1 != null) {
        return h1;
      }
    }
    return firstHeadline(body.select("h1"));
  }

  private static Element firstHeadline(Collection<Element> h1s) {
    return firstHeadline(h1s.stream());
  }

  /** The first h1 that reads as a headline; an unclosed h1 swallows the paragraphs after it. */
  private static Element firstHeadline(Stream<Element> h1s) {
    return h1s.filter(
            h1 ->
                h1.text().length() <= MAX_HEADLINE_CHARS
                    && h1.selectFirst("p, div, ul, ol, table") == null)
        .findFirst()
        .orElse(null);
  }

  // ---- text ----

  private static String render(List<Element> main, String title) {
    BlockWriter writer = new BlockWriter();
    for (Element part : main) {
      NodeTraversor.traverse(writer, part);
    }
    List<Block> blocks = writer.finish();
    if (!blocks.isEmpty() && blocks.get(0).text().equals(title)) {
      blocks.remove(0);
    }
    // A heading left last introduced a section that was furniture ("References", "Related").
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).heading()) {
      blocks.remove(blocks.size() - 1);
    }
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
  }

  private static String collapse(CharSequence text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  private record Block(String text, boolean heading) {}

  /** Writes text nodes into blocks, closing a block at every block-level element and br. */
  private static final class BlockWriter implements NodeVisitor {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean inHeading;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        pending.append(text.getWholeText());
      } else if (node instanceof Element el) {
        String tag = el.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          inHeading = HEADING_TAGS.contains(tag);
        } else if (CELL_TAGS.contains(tag)) {
          pending.append(' '); // cells of a row stay one block, words apart
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
        flush();
      }
    }

    List<Block> finish() {
      flush();
      return blocks;
    }

    private void flush() {
      String text = collapse(pending);
      pending.setLength(0);
      if (!text.isEmpty()) {
        blocks.add(new Block(text, inHeading));
      }
      inHeading = false;
    }
  }

  // ---- metadata ----

  /** Meta tag contents by lower-cased property or name; the first tag stating a key wins. */
  private static Map<String, String> metaContents(Document doc) {
    Map<String, String> contents = new HashMap<>();
    for (Element tag : doc.select("meta[content]")) {
      String content = collapse(tag.attr("content"));
      for (String key : List.of(tag.attr("property"), tag.attr("name"))) {
        if (!key.isBlank() && !content.isEmpty()) {
          contents.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
        }
      }
    }
    return contents;
  }

  private static String titleWithoutSite(String title) {
    String clean = collapse(title);
    Matcher m = TITLE_SUFFIX.matcher(clean);
    // "Kyiv | BBC" keeps its suffix: one word is too little to be the headline.
    if (m.matches() && WHITESPACE.split(m.group(1)).length >= 3) {
      return m.group(1);
    }
    return clean;
  }

  /** The author the markup states outright: meta tags, JSON-LD, rel=author, microdata. */
  private static String statedAuthor(Document doc, Map<String, String> meta, List<JsonNode> ld) {
    Element relAuthor =
        doc.select("[rel]").stream()
            .filter(el -> nameTokens(el.attr("rel")).contains("author") && el.hasText())
            .findFirst()
            .orElse(null);
    return Stream.of(
            meta.get("author"),
            meta.get("article:author"),
            jsonLdAuthor(ld),
            relAuthor == null ? null : relAuthor.text(),
            itempropValue(doc.selectFirst("[itemprop=author]")))
        .map(HtmlExtractor::cleanAuthor)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The author named in a byline element of the cleaned page, the main container first. */
  private static String bylineAuthor(List<Element> main, Element body) {
    List<Element> roots = new ArrayList<>(main);
    roots.add(body);
    for (Set<String> marks : List.of(AUTHOR_MARKS, BYLINE_MARKS)) {
      for (Element root : roots) {
        for (Element el : root.select("[class]")) {
          List<String> tokens = nameTokens(el.className());
          if (tokens.stream().anyMatch(marks::contains)
              && tokens.stream().noneMatch(NOT_A_BYLINE::contains)) {
            String name = cleanAuthor(el.text());
            if (name != null) {
              return name;
            }
          }
        }
      }
    }
    return null;
  }

  /** Reduces "By Jane Doe | March 3, 2024" to "Jane Doe"; null when no name is left. */
  private static String cleanAuthor(String raw) {
    if (raw == null || URL_LIKE.matcher(raw.strip()).find()) {
      return null; // article:author is often a profile URL, not a name
    }
    String name = BYLINE_PREFIX.matcher(collapse(raw)).replaceFirst("");
    Optional<PublicationDates.DateMatch> date = PublicationDates.match(name);
    if (date.isPresent()) {
      name = name.substring(0, date.get().begin());
    }
    Matcher separator = BYLINE_BREAK.matcher(name);
    if (separator.find()) {
      name = name.substring(0, separator.start());
    }
    name = BYLINE_TAIL.matcher(name).replaceFirst("").strip();
    return name.isEmpty() || name.length() > MAX_AUTHOR_CHARS ? null : name;
  }

  private static String statedDate(Document doc, Map<String, String> meta, List<JsonNode> ld) {
    List<String> candidates = new ArrayList<>();
    PUBLISHED_META.forEach(key -> candidates.add(meta.get(key)));
    doc.select("[itemprop=datePublished]").forEach(el -> candidates.add(itempropValue(el)));
    candidates.add(jsonLdText(ld, "datePublished"));
    return firstDate(candidates);
  }

  private static String timeElementDate(List<Element> main, Element body) {
    List<String> candidates = new ArrayList<>();
    for (Element root : main) {
      root.select("time[datetime]").forEach(time -> candidates.add(time.attr("datetime")));
    }
    body.select("time[datetime]").forEach(time -> candidates.add(time.attr("datetime")));
    return firstDate(candidates);
  }

  private static String firstDate(List<String> candidates) {
    return candidates.stream()
        .filter(Objects::nonNull)
        .map(PublicationDates::find)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  /** A microdata property's value: content or datetime attribute, nested name, or text. */
  private static String itempropValue(Element el) {
    if (el == null) {
      return null;
    }
    for (String key : List.of("content", "datetime")) {
      if (!el.attr(key).isBlank()) {
        return el.attr(key);
      }
    }
    Element name = el.selectFirst("[itemprop=name]");
    return name != null && name != el ? itempropValue(name) : el.text();
  }

  private static String attr(Element el, String key) {
    return el == null ? null : el.attr(key);
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !collapse(value).isEmpty()) {
        return collapse(value);
      }
    }
    return null;
  }

  // ---- JSON-LD ----

  /** The objects of the page's JSON-LD (top level, arrays, @graph), articles first. */
  private static List<JsonNode> jsonLdObjects(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type]")) {
      if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        try {
          collectObjects(JSON.readTree(script.data()), objects);
        } catch (JsonProcessingException e) {
          // Broken JSON-LD is common; the page's other markup still states its metadata.
        }
      }
    }
    objects.sort(Comparator.comparing(node -> !isArticleType(node)));
    return objects;
  }

  private static void collectObjects(JsonNode node, List<JsonNode> objects) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(element -> collectObjects(element, objects));
    } else if (node.isObject()) {
      objects.add(node);
      collectObjects(node.get("@graph"), objects);
    }
  }

  private static boolean isArticleType(JsonNode node) {
    JsonNode type = node.path("@type");
    List<JsonNode> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(types::add);
    } else {
      types.add(type);
    }
    return types.stream().anyMatch(t -> ARTICLE_TYPE.matcher(t.asText()).matches());
  }

  private static String jsonLdText(List<JsonNode> objects, String field) {
    for (JsonNode object : objects) {
      JsonNode value = object.path(field);
      if (value.isArray() && !value.isEmpty()) {
        value = value.get(0);
      }
      if (value.isValueNode() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  private static String jsonLdAuthor(List<JsonNode> objects) {
    for (JsonNode object : objects) {
      String names = authorNames(object.path("author"), objects);
      if (!names.isBlank()) {
        return names;
      }
    }
    return null;
  }

  /** Names of a JSON-LD author: a string, a Person, a reference to one by @id, or an array. */
  private static String authorNames(JsonNode author, List<JsonNode> objects) {
    if (author.isTextual()) {
      return author.asText();
    }
    if (author.isArray()) {
      List<String> names = new ArrayList<>();
      author.forEach(one -> names.add(authorNames(one, objects)));
      return names.stream().filter(n -> !n.isBlank()).collect(Collectors.joining(", "));
    }
    JsonNode name = author.path("name");
    if (name.isMissingNode()) {
      name = byId(objects, author.path("@id").asText()).path("name");
    }
    return name.isValueNode() ? name.asText() : "";
  }

  private static JsonNode byId(List<JsonNode> objects, String id) {
    if (id.isEmpty()) {
      return MissingNode.getInstance();
    }
    return objects.stream()
        .filter(object -> id.equals(object.path("@id").asText()))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }
}
