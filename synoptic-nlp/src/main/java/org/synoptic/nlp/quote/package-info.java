/** Rule-based extraction of direct and indirect quotations and their speakers (German and English). */
package org.synoptic.nlp.quote;
