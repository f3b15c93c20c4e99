/**
 * The Cermat server: one top-level package per business module (registry, policy, capture, screening,
 * cases, reports, audit), each with its API at the root and its implementation in {@code internal}. The
 * server arrives with later issues; this module holds its place in the build so that the layout is stable.
 */
package id.cermat.app;
