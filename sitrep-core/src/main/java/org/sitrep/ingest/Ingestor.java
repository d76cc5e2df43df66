package org.sitrep.ingest;

import org.sitrep.ingest.clean.Cleaner;
import org.sitrep.ingest.clean.FurnitureLexicon;
import org.sitrep.ingest.clean.Page;

/**
 * The ingest stage: original bytes in, a clean document or a named rejection out. Decodes, takes
 * the main text out of HTML, peels the page furniture off, and keeps English only. Immutable and
 * thread-safe; build once and share.
 */
public final class Ingestor {
  private final IngestConfig config;
  private final TextDecoder decoder;
  private final HtmlExtractor html;
  private final Cleaner cleaner;
  private final LanguageIdentifier languages;

  public Ingestor(
      IngestConfig config, HtmlExtractor html, Cleaner cleaner, LanguageIdentifier languages) {
    this.config = config;
    this.decoder = new TextDecoder();
    this.html = html;
    this.cleaner = cleaner;
    this.languages = languages;
  }

  /** The standard stage: bundled furniture lexicon and language model (loads in about a second). */
  public static Ingestor standard(IngestConfig config) {
    return new Ingestor(
        config,
        new HtmlExtractor(),
        Cleaner.standard(FurnitureLexicon.bundled()),
        LanguageIdentifier.bundled());
  }

  /** The settings this stage runs with. */
  public IngestConfig config() {
    return config;
  }

  /**
   * Ingests one input. Never throws for bad input: every way an input can be unusable comes back as
   * a {@link Rejection} naming the reason.
   */
  public IngestOutcome ingest(RawInput input) {
    try {
      return clean(input);
    } catch (RejectedInputException e) {
      return Rejection.of(input, e);
    }
  }

  private CleanDocument clean(RawInput input) {
    if (input.bytes().length > config.maxBytes()) {
      throw new RejectedInputException(
          RejectionReason.OVERSIZED, Sizes.oversized(input.bytes().length, config.maxBytes()));
    }
    DecodedText decoded = decoder.decode(input.bytes());
    if (decoded.text().isBlank()) {
      throw new RejectedInputException(RejectionReason.EMPTY, "empty: only white space");
    }
    Read read = read(input.mediaType(), decoded.text());
    Page page = read.page();
    if (page.blocks().isEmpty()) {
      throw new RejectedInputException(
          RejectionReason.NO_TEXT, "no article text once page furniture is removed");
    }
    if (!ReadableWords.readable(page.text())) {
      throw new RejectedInputException(
          RejectionReason.NO_WORDS, "no readable text: the content is not words");
    }
    String language = checkLanguage(page.text());
    // A story's day in its URL is the last resort: what the page states comes first.
    String published =
        page.published() != null
            ? page.published()
            : PublicationDates.fromUrl(read.url()).orElse(null);
    DocumentMetadata metadata =
        new DocumentMetadata(read.url(), page.title(), page.author(), published);
    return new CleanDocument(
        input, ContentHash.of(input.bytes()), decoded.charset(), metadata, language, page.text());
  }

  /** A cleaned page and the URL its input states. */
  private record Read(Page page, String url) {}

  private Read read(MediaType type, String text) {
    switch (type) {
      case HTML:
        return fromHtml(text, DocumentMetadata.NONE);
      case JSON_RECORD:
        JsonRecord record = JsonRecord.parse(text);
        DocumentMetadata given = record.metadata();
        if (record.html() != null) {
          return fromHtml(record.html(), given);
        }
        LeadingUrl recordText = LeadingUrl.split(record.text());
        Page page =
            cleaner.clean(recordText.rest(), given.title(), given.author(), given.published());
        return new Read(page, given.url() != null ? given.url() : recordText.url());
      case PLAIN_TEXT:
      default:
        // A saved page often opens with the address it was saved from: metadata, not headline.
        LeadingUrl plain = LeadingUrl.split(text);
        return new Read(cleaner.clean(plain.rest(), null, null, null), plain.url());
    }
  }

  private Read fromHtml(String markup, DocumentMetadata given) {
    ExtractedPage extracted = html.extract(markup);
    Page page =
        cleaner.clean(
            extracted.text(),
            first(given.title(), extracted.title()),
            first(given.author(), extracted.author()),
            first(given.published(), extracted.published()));
    return new Read(page, first(given.url(), extracted.url()));
  }

  private String checkLanguage(String text) {
    LanguageGuess guess = languages.identifyMain(text, config.languages());
    boolean judgeable = text.split("\\s+").length >= config.minWordsForLanguage();
    if (judgeable && !config.languages().contains(guess.iso639_3())) {
      throw new RejectedInputException(
          RejectionReason.NOT_ENGLISH,
          String.format(
              java.util.Locale.ROOT,
              "not in an accepted language: detected %s (%.2f)",
              guess.iso639_3(),
              guess.confidence()));
    }
    return guess.code();
  }

  private static String first(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }
}
