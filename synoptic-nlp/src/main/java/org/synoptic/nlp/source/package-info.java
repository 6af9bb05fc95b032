/** Rule-based attribution of statements to cited sources ("laut X", "X zufolge", "according to X"), with chains. */
package org.synoptic.nlp.source;
