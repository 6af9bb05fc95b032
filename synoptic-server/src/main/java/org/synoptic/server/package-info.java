/**
 * The running service: REST API, Atom feed, health and metrics, and the server-rendered web UI over the store.
 * Entry point: {@link org.synoptic.server.SynopticServer}.
 */
package org.synoptic.server;
