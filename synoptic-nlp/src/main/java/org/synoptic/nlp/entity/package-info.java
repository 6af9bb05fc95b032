/**
 * Rule-based named-entity recognition and cross-article entity merging, with the word lists they read (gazetteer,
 * place names, German words, given names, person cues, stop words) under the same resource path.
 */
package org.synoptic.nlp.entity;
