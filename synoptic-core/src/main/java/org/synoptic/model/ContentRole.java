package org.synoptic.model;

/**
 * What a sentence of an article's text is: the report itself, or material around it that states nothing about the
 * story. Only {@link #CONTENT} sentences become facts, quotes, timeline entries, summary lines, headlines or
 * story-joining terms; the others stay in the text, with their offsets, marked with their role.
 */
public enum ContentRole {
    /** The report's own words. */
    CONTENT,
    /** A photo or video caption ("Putin (rechts) und Kim im April 2019."). */
    CAPTION,
    /** A photo, author or agency credit ("Foto: dpa", "Quelle: AFP"). */
    CREDIT,
    /** A teaser or inline headline of another or the same report, glued into the text. */
    TEASER,
    /** Legal, agency or site boilerplate, given by rule or learned from its recurrence across one outlet's reports. */
    BOILERPLATE
}
