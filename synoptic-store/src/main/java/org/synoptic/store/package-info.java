/**
 * The durable store: articles, their stories and digests in a Lucene index in one folder, with full-text search,
 * facets and "more like this". Entry point: {@link org.synoptic.store.ArticleStore}.
 */
package org.synoptic.store;
