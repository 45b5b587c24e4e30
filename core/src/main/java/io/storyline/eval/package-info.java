/**
 * Scoring the pipeline's output against judged gold. This package comes after every stage (it runs the ingest
 * pipeline and reads what the stages stored), so no stage ever imports it.
 */
package io.storyline.eval;
