package io.storyline.events.coding;

/**
 * A verb of a sentence read as an event: the dictionary entry, the pattern that fitted (null when the verb's own
 * coding decided) and the resulting coding, with why, for the evidence.
 */
public record CodedPredicate(int verb, VerbDictionary.Verb entry, VerbPattern pattern, PloverCoding coding, String why) {
}
