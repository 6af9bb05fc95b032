/** Regular-expression time tagging for German and English news, resolved against the publication date. */
package org.synoptic.nlp.time;
