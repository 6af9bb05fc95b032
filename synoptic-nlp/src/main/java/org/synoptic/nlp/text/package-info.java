/** Word tokens with offsets into an article's text, shared by the rule-based extractors. */
package org.synoptic.nlp.text;
