package org.sitrep.ingest;

/**
 * The main text of an HTML page with the metadata its markup states.
 *
 * @param text the main text as blocks (paragraphs, headings, list items) separated by blank lines
 * @param title the page's headline, or null when the markup gives none
 * @param author the byline's author, or null
 * @param published the publication date as ISO 8601 (possibly partial), or null
 * @param url the canonical URL the page declares, or null
 */
public record ExtractedPage(
    String text, String title, String author, String published, String url) {}
