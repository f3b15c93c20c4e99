package id.cermat.engine.catalog;

/**
 * One rule of a policy source, paraphrased. {@code article} is null where the catalog cites the document
 * only (article numbers are never guessed).
 */
public record Clause(String id, String sourceId, String article, LocalizedText summary) {}
