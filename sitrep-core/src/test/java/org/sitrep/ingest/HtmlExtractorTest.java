package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  // ---- a news site: nav, share bar, sidebar, related links, comments ----

  @Test
  void keepsArticleParagraphsAndDropsTheSidebar() {
    ExtractedPage page = extractPage("news-site.html");

    assertThat(page.text())
        .contains(
            "A Russian drone struck an energy depot in Kharkiv early on Thursday, killing two"
                + " workers and injuring five, the regional governor, Oleh Syniehubov, said.",
            "Firefighters worked for hours to contain the blaze",
            "Moscow did not comment on the attack.")
        .doesNotContain("Most read", "Ceasefire talks stall in Doha", "Frontline briefing");
  }

  @Test
  void dropsNavigationShareBarRelatedLinksCommentsAdsAndPageFooter() {
    String text = extractPage("news-site.html").text();

    assertThat(text)
        .doesNotContain(
            "We use cookies",
            "Politics",
            "Sign in",
            "Home",
            "Share on Facebook",
            "Email this story",
            "Advertisement",
            "Kyiv hit by missile barrage",
            "Comments (2)",
            "This is terrible news",
            "Post comment",
            "All rights reserved");
  }

  @Test
  void keepsContainersWhoseClassOnlyLooksLikeFurniture() {
    assertThat(extractPage("news-site.html").text())
        .as("class=\"shadow\" contains the letters of \"ad\" but not the token")
        .contains("Ukraine’s air force said it shot down 21 of 28 Shahed drones");
    assertThat(extractPage("blog.html").text())
        .as("class=\"article-header\" and id=\"content-sidebar-wrap\" wrap the post")
        .contains("The ambulance leaves the stabilisation point outside Pokrovsk");
  }

  @Test
  void takesTheHeadlineFromTheArticleH1AndLeavesItOutOfTheText() {
    ExtractedPage page = extractPage("news-site.html");

    assertThat(page.title()).isEqualTo("Drone strike hits Kharkiv energy depot, officials say");
    assertThat(page.text()).doesNotContain(page.title());
  }

  @Test
  void readsAuthorDateAndCanonicalUrlFromTheHead() {
    ExtractedPage page = extractPage("news-site.html");

    assertThat(page.author()).isEqualTo("Olena Petrenko");
    assertThat(page.published()).isEqualTo("2024-01-04");
    assertThat(page.url())
        .isEqualTo("https://frontline.example.com/world/2024/01/04/kharkiv-depot-strike");
  }

  @Test
  void keepsCurlyQuotesDashesAndDecodedEntitiesVerbatim() {
    assertThat(extractPage("news-site.html").text())
        .contains(
            "“The enemy attacked critical infrastructure again,” Syniehubov wrote on Telegram —"
                + " the third such strike this week.");
  }

  @Test
  void writesParagraphsAndCaptionsAsBlocksSeparatedByABlankLine() {
    List<String> blocks = blocks(extractPage("news-site.html").text());

    assertThat(blocks)
        .containsSubsequence(
            "Firefighters worked for hours to contain the blaze, according to the State Emergency"
                + " Service, which published photographs of the burning depot.",
            "Ukraine’s air force said it shot down 21 of 28 Shahed drones launched overnight over"
                + " the Kharkiv, Poltava and Dnipropetrovsk regions.",
            "Smoke rises over the depot in Kharkiv on Thursday.",
            "Moscow did not comment on the attack.");
  }

  // ---- a blog: byline class, <time>, tags, share buttons, author bio, widgets ----

  @Test
  void readsTheAuthorFromTheBylineAndTheDateFromTheTimeElement() {
    ExtractedPage page = extractPage("blog.html");

    assertThat(page.title()).isEqualTo("Notes from Pokrovsk: a week on the road with medics");
    assertThat(page.author()).isEqualTo("Łukasz Wróbel");
    assertThat(page.published()).isEqualTo("2023-11-02");
    assertThat(page.url()).isNull();
  }

  @Test
  void keepsTheBlogPostsQuotesListItemsAndSubheadings() {
    List<String> blocks = blocks(extractPage("blog.html").text());

    assertThat(blocks)
        .containsSubsequence(
            "The ambulance leaves the stabilisation point outside Pokrovsk a little after five,"
                + " when the drones are fewer and the fog still sits low over the fields.",
            "“We carry the wounded out in twenty minutes, or we don’t carry them out at all,” she"
                + " says.",
            "Evacuation",
            "Trains run twice a day when the line is not shelled.",
            "Buses collect people from the schools that serve as gathering points.");
  }

  @Test
  void dropsTheBlogsTagsShareButtonsAuthorBioCommentsAndWidgets() {
    assertThat(extractPage("blog.html").text())
        .doesNotContain(
            "Tags:",
            "Share this",
            "Facebook",
            "Earlier: the road to Kupiansk",
            "freelance reporter based in Dnipro",
            "Thank you for this reporting",
            "Archives",
            "Patreon",
            "Powered by WordPress",
            "About me");
  }

  // ---- a Wikipedia-like page: [edit] links, references, navboxes ----

  @Test
  void dropsWikipediaEditLinksReferencesAndNavigation() {
    ExtractedPage page = extractPage("wiki.html");

    assertThat(page.text())
        .contains(
            "Examplegrad, a port of about 400,000 people on the Azure Sea",
            "The last defenders, holed up in the Ironworks plant, surrendered on 9 June.")
        .doesNotContain(
            "edit",
            "[1]",
            "The Example Times",
            "References",
            "Contents",
            "Jump to content",
            "Random article",
            "Battle of Alpha",
            "Categories",
            "Creative Commons");
  }

  @Test
  void keepsSectionHeadingsAndInfoboxRowsAsBlocks() {
    ExtractedPage page = extractPage("wiki.html");

    assertThat(page.title()).isEqualTo("Siege of Examplegrad");
    assertThat(page.url()).isEqualTo("https://en.wikipedia.org/wiki/Siege_of_Examplegrad");
    assertThat(page.author()).isNull();
    assertThat(page.published()).isNull();
    assertThat(blocks(page.text()))
        .contains("Date 3 March – 9 June 2022", "Location Examplegrad, Ruritania")
        .containsSubsequence(
            "Background",
            "Examplegrad, a port of about 400,000 people on the Azure Sea, had been fortified"
                + " since the border clashes of 2014, when Bordurian-backed militias briefly held"
                + " its airport.",
            "Siege");
  }

  // ---- an old site: text straight in <div>s, lines split by <br> ----

  @Test
  void splitsTextBrokenByBrIntoBlocksWhenThePageHasNoParagraphs() {
    ExtractedPage page = extractPage("br-divs.html");

    assertThat(page.text())
        .isEqualTo(
            "KHERSON, 12 March 2024 — Artillery fire hit the area around the Antonivskyi bridge"
                + " on Tuesday morning, local authorities said, damaging three houses and a bus"
                + " stop.\n\n"
                + "A 64-year-old man was wounded by shrapnel in the Korabel district and taken to"
                + " hospital, according to the regional administration.\n\n"
                + "Residents of Dniprovskyi district were urged to stay in shelters until the"
                + " all-clear, as drones were also reported over the river.");
  }

  @Test
  void stripsTheSiteNameFromTheTitleElement() {
    ExtractedPage page = extractPage("br-divs.html");

    assertThat(page.title()).isEqualTo("Shelling reported near Kherson river crossing");
    assertThat(page.published()).isEqualTo("2024-03-12");
    assertThat(page.author()).isNull();
  }

  // ---- JSON-LD metadata ----

  @Test
  void readsTitleAuthorsAndDateFromJsonLdAndIgnoresBrokenJsonLd() {
    ExtractedPage page = extractPage("json-ld.html");

    assertThat(page.title()).isEqualTo("Airstrikes hit El Fasher as RSF advances");
    assertThat(page.author()).isEqualTo("Amina Yusuf, Tom Reed");
    assertThat(page.published()).isEqualTo("2024-05-11");
    assertThat(page.url()).as("mainEntityOfPage is not a canonical link").isNull();
  }

  @Test
  void choosesTheColumnWithTheParagraphsOverTheRailAndComments() {
    String text = extractPage("json-ld.html").text();

    assertThat(blocks(text))
        .startsWith(
            "Sudanese army aircraft bombed positions held by the Rapid Support Forces (RSF) around"
                + " El Fasher on Friday, residents said, as the paramilitary group pressed its"
                + " assault on the last army-held state capital in Darfur.")
        .endsWith(
            "Médecins Sans Frontières said its hospital in the city received 160 wounded in two"
                + " days.");
    assertThat(text)
        .doesNotContain(
            "WhatsApp", "Popular", "Mali junta", "become a member", "Darfur burns", "Niger");
  }

  // ---- og: metadata and a "You may also like" aside ----

  @Test
  void prefersOgTitleAndSkipsAnArticleAuthorThatIsAUrl() {
    ExtractedPage page = extractPage("og-aside.html");

    assertThat(page.title())
        .isEqualTo("Ceasefire in Gaza holds for second day as aid trucks enter");
    assertThat(page.author()).isEqualTo("Nour Haddad");
    assertThat(page.published()).isEqualTo("2025-01-21");
    assertThat(page.url()).isEqualTo("https://levant.example.net/news/gaza-ceasefire-day-two");
  }

  @Test
  void dropsTheYouMayAlsoLikeAsideAdsAndRecommendations() {
    String text = extractPage("og-aside.html").text();

    assertThat(text)
        .contains(
            "“We came back to nothing, but it is our nothing,” said Umm Mohammed, 52, standing"
                + " beside what was left of her building in غزة.",
            "33 hostages are to be released over six weeks")
        .doesNotContain(
            "You may also like",
            "Lebanon: strikes resume",
            "Advertisement",
            "Trending",
            "Houthis",
            "Recommended for you",
            "Ten photos",
            "Video",
            "© 2025");
  }

  // ---- microdata ----

  @Test
  void takesTheMicrodataArticleBodyAuthorAndDate() {
    ExtractedPage page = extractPage("microdata.html");

    assertThat(page.title()).isEqualTo("Shelling kills four in Donetsk region, prosecutors say");
    assertThat(page.author()).isEqualTo("Ivan Horák");
    assertThat(page.published()).isEqualTo("2022-09-30");
    assertThat(page.text())
        .startsWith("Four civilians were killed and nine wounded")
        .doesNotContain("Sign up", "Subscribe now", "Shelling kills four", "Updated");
    assertThat(blocks(page.text())).as("the tags list").doesNotContain("Donetsk", "Shelling");
  }

  @Test
  void writesEachTableRowAsOneBlock() {
    assertThat(blocks(extractPage("microdata.html").text()))
        .containsSubsequence(
            "The prosecutors listed the casualties by settlement:",
            "Settlement Killed Wounded",
            "Toretsk 3 7",
            "Niu-York 1 2",
            "A criminal investigation into the violation of the laws and customs of war has been"
                + " opened.");
  }

  // ---- article text split by ad slots; an <article> teaser card in the rail ----

  @Test
  void joinsArticleTextThatAdSlotsSplitIntoSiblingDivs() {
    assertThat(blocks(extractPage("ad-split.html").text()))
        .containsSubsequence(
            "Heavy fighting broke out overnight along the border, the defence ministry in Yerevan"
                + " said, accusing Baku of shelling several villages near Jermuk.",
            "Azerbaijan said its forces responded to provocations, and that two of its soldiers"
                + " were killed, according to state media.",
            "Russia, which has peacekeepers in the region, called on both sides to show restraint"
                + " and return to talks, the foreign ministry said.",
            "The United States said it was deeply concerned, and urged an immediate end to"
                + " hostilities, a spokesman said.");
  }

  @Test
  void ignoresAnArticleTeaserCardThatHoldsLittleOfThePagesText() {
    ExtractedPage page = extractPage("ad-split.html");

    assertThat(page.title()).isEqualTo("Clashes erupt on the Armenia–Azerbaijan border overnight");
    assertThat(page.text())
        .doesNotContain(
            "Armenian border guards",
            "Advertisement",
            "More stories",
            "Georgia protests",
            "Caucasus Wire",
            "Copyright");
  }

  // ---- an ASP.NET page: one form around everything, layout table ----

  @Test
  void keepsThePageWhenOneFormWrapsItAndReadsTheLayoutTableCell() {
    ExtractedPage page = extractPage("aspnet-form.html");

    assertThat(blocks(page.text()))
        .containsSubsequence(
            "Gunmen attacked a humanitarian convoy near Rutshuru on Monday, killing a driver and"
                + " wounding two aid workers, the provincial governor said.",
            "No group has claimed responsibility, but ADF and M23 fighters are active in the area,"
                + " officials said.");
    assertThat(page.text())
        .doesNotContain("Politics", "Regions", "Most popular", "Story one", "Advertisement");
    assertThat(page.title()).isEqualTo("Attack on convoy in North Kivu");
    assertThat(page.author()).isEqualTo("Jean-Paul Mukendi");
    assertThat(page.published()).isEqualTo("2024-05-20");
  }

  // ---- contract ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "news-site.html",
        "blog.html",
        "wiki.html",
        "br-divs.html",
        "json-ld.html",
        "og-aside.html",
        "microdata.html",
        "ad-split.html",
        "aspnet-form.html"
      })
  void separatesTrimmedNonEmptyBlocksWithExactlyOneBlankLine(String name) {
    String text = extractPage(name).text();

    assertThat(text)
        .isNotBlank()
        .doesNotContain("\n\n\n", "  ", "\t", "\r")
        .isEqualTo(text.strip());
    assertThat(blocks(text)).allSatisfy(block -> assertThat(block).isEqualTo(block.strip()));
    assertThat(blocks(text)).noneMatch(block -> block.contains("\n"));
  }

  @Test
  void givesEmptyTextAndNoMetadataForAnEmptyString() {
    assertThat(extractor.extract("")).isEqualTo(new ExtractedPage("", null, null, null, null));
  }

  @Test
  void givesEmptyTextForAPageWithoutBodyText() {
    ExtractedPage page =
        extractor.extract(
            "<html><head><title>Loading…</title><script>render()</script></head>"
                + "<body><nav><a href='/'>Home</a></nav><div id='app'></div>"
                + "<footer>© Example</footer></body></html>");

    assertThat(page.text()).isEmpty();
    assertThat(page.title()).isEqualTo("Loading…");
  }

  @Test
  void stillExtractsFromMalformedHtml() {
    ExtractedPage page =
        extractor.extract(
            "<html><head><title>Clashes in Goma</title><body><div class=content><h1>Clashes in Goma"
                + "<p>M23 rebels clashed with army units north of Goma on Sunday, witnesses said."
                + "<p>At least six people were killed, a local official said, <b>and dozens fled"
                + "<div class='share'>Share this</div>");

    assertThat(page.text())
        .contains(
            "M23 rebels clashed with army units north of Goma on Sunday, witnesses said.",
            "At least six people were killed, a local official said, and dozens fled")
        .doesNotContain("Share this");
    assertThat(page.title()).isEqualTo("Clashes in Goma");
  }

  @Test
  void rejectsNullInput() {
    assertThatNullPointerException().isThrownBy(() -> extractor.extract(null));
  }

  @Test
  void givesTheSameResultsWhenOneInstanceIsSharedAcrossThreads() {
    List<String> names =
        List.of("news-site.html", "blog.html", "wiki.html", "json-ld.html", "og-aside.html");
    List<ExtractedPage> sequential = names.stream().map(this::extractPage).toList();

    List<ExtractedPage> parallel =
        names.parallelStream().map(name -> extractor.extract(read(name))).toList();

    assertThat(parallel).isEqualTo(sequential);
  }

  private ExtractedPage extractPage(String name) {
    return extractor.extract(read(name));
  }

  private static List<String> blocks(String text) {
    return Arrays.asList(text.split("\n\n"));
  }

  private static String read(String name) {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/pages/" + name)) {
      assertThat(in).as("test page %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void inlineMarkupNestedAHundredThousandDeepIsFlattenedAndItsTextKept() {
    // Ancestor look-ups cost depth times size: this page took minutes before the nesting limit.
    String paragraph =
        "<p>Gunmen attacked a convoy on the northern road on Tuesday, killing four drivers.</p>";
    String html =
        "<html><body>"
            + paragraph
            + "<p>"
            + "<b><i>".repeat(100_000)
            + "deepword"
            + "</i></b>".repeat(100_000)
            + "</p>"
            + paragraph
            + "</body></html>";

    ExtractedPage page = extractor.extract(html);

    assertThat(page.text()).contains("killing four drivers", "deepword");
  }

  @Test
  void flatteningLeavesNoElementDeeperThanTheLimit() {
    org.jsoup.nodes.Document doc =
        org.jsoup.Jsoup.parse("<div>".repeat(1_000) + "inner text" + "</div>".repeat(1_000));

    int unwrapped = DeepNesting.flatten(doc);

    assertThat(unwrapped).isPositive();
    assertThat(doc.getAllElements())
        .allSatisfy(el -> assertThat(el.parents()).hasSizeLessThanOrEqualTo(DeepNesting.MAX_DEPTH));
    assertThat(doc.text()).isEqualTo("inner text");
  }
}
