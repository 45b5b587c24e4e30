package io.storyline.nlp.parse;

import io.storyline.nlp.DependencyParser;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a {@link DependencyParser} on a CoNLL-U file the way the CoNLL 2018 shared task's evaluation script does.
 * From our own tokens (the default), each sentence's raw text ({@code # text =}) goes through the project's
 * tokenizer and sentence splitter and is parsed as the pipeline would parse it; system and gold words are then
 * aligned by their spans over the text's non-space characters, and inside a stretch covered by a multiword token
 * ("don't" = "do" + "n't") by the longest common subsequence of their forms, so a word counts only where both
 * tokenizations found it. With gold tokens each gold word is one token and every word is aligned.
 */
public final class ParseEvaluator {
    private final DependencyParser parser;
    private final SentenceSplitter splitter;

    public ParseEvaluator(DependencyParser parser) {
        this(parser, new SentenceSplitter());
    }

    public ParseEvaluator(DependencyParser parser, SentenceSplitter splitter) {
        this.parser = parser;
        this.splitter = splitter;
    }

    /** A word of either side: its span over non-space characters, whether a multiword token holds it, its analysis. */
    record Word(int start, int end, boolean multiword, String form, String upos, String lemma, int head, String relation) {
    }

    public ParseScores evaluate(ConlluCorpus gold, boolean goldTokens) {
        List<Word> goldWords = new ArrayList<>();
        List<Word> systemWords = new ArrayList<>();
        int offset = 0;
        for (ConlluSentence s : gold.sentences()) {
            String text = s.surfaceText();
            int base = goldWords.size();
            int[] starts = new int[s.words().size()], ends = new int[s.words().size()];
            int consumed = goldSpans(s, offset, starts, ends);
            for (int i = 0; i < s.words().size(); i++) {
                ConlluWord w = s.words().get(i);
                goldWords.add(new Word(starts[i], ends[i], w.multiword() >= 0, w.form(), w.upos(), w.lemma(),
                        w.head() < 0 ? -1 : base + w.head(), ParseScores.universal(w.deprel())));
            }
            if (goldTokens) {
                addTree(systemWords, parser.parse(goldSentence(s, text)), starts, ends, s);
            } else {
                int[] nonSpaceBefore = nonSpaceBefore(text);
                for (Sentence sentence : splitter.split(text)) {
                    addOwn(systemWords, parser.parse(sentence), nonSpaceBefore, offset);
                }
            }
            offset += consumed;
        }
        Map<Integer, Integer> systemToGold = goldTokens ? identity(goldWords.size()) : align(goldWords, systemWords);
        int upos = 0, lemmas = 0, uas = 0, las = 0;
        for (Map.Entry<Integer, Integer> pair : systemToGold.entrySet()) {
            Word sw = systemWords.get(pair.getKey());
            Word gw = goldWords.get(pair.getValue());
            upos += sw.upos().equals(gw.upos()) ? 1 : 0;
            lemmas += sw.lemma().equals(gw.lemma()) ? 1 : 0;
            Integer alignedHead = sw.head() < 0 ? Integer.valueOf(-1) : systemToGold.get(sw.head());
            if (alignedHead != null && alignedHead == gw.head()) {
                uas++;
                las += sw.relation().equals(gw.relation()) ? 1 : 0;
            }
        }
        return new ParseScores(gold.sentences().size(), goldWords.size(), systemWords.size(), systemToGold.size(),
                upos, lemmas, uas, las);
    }

    private static Map<Integer, Integer> identity(int n) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(i, i);
        }
        return m;
    }

    /** Spans of the gold words over non-space characters from {@code offset}; words of a multiword token share its span. */
    private static int goldSpans(ConlluSentence s, int offset, int[] starts, int[] ends) {
        int at = offset;
        for (int i = 0; i < s.words().size(); ) {
            ConlluWord w = s.words().get(i);
            if (w.multiword() >= 0) {
                ConlluSentence.Multiword m = s.multiwords().get(w.multiword());
                int end = at + nonSpaceLength(m.form());
                for (int k = m.first(); k < m.end(); k++) {
                    starts[k] = at;
                    ends[k] = end;
                }
                at = end;
                i = m.end();
            } else {
                starts[i] = at;
                at += nonSpaceLength(w.form());
                ends[i] = at;
                i++;
            }
        }
        return at - offset;
    }

    private static int nonSpaceLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    private static int[] nonSpaceBefore(String text) {
        int[] before = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            before[i + 1] = before[i] + (Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : 1);
        }
        return before;
    }

    /** The gold words as tokens, with offsets into the text where they can be found there (a multiword's words share its span). */
    static Sentence goldSentence(ConlluSentence s, String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < s.words().size(); ) {
            ConlluWord w = s.words().get(i);
            String surface = w.multiword() >= 0 ? s.multiwords().get(w.multiword()).form() : w.form();
            int found = text.indexOf(surface, at);
            int start = found >= 0 ? found : at;
            int end = found >= 0 ? found + surface.length() : at;
            int last = w.multiword() >= 0 ? s.multiwords().get(w.multiword()).end() : i + 1;
            for (int k = i; k < last; k++) {
                tokens.add(new Token(start, end, s.words().get(k).form()));
            }
            at = end;
            i = last;
        }
        return new Sentence(tokens.isEmpty() ? 0 : tokens.get(0).start(), at, tokens);
    }

    private static void addTree(List<Word> out, DependencyTree tree, int[] starts, int[] ends, ConlluSentence s) {
        int base = out.size();
        for (SyntaxNode node : tree.nodes()) {
            int i = node.index();
            out.add(new Word(starts[i], ends[i], s.words().get(i).multiword() >= 0, node.text(), node.pos().name(),
                    node.lemma(), node.head() < 0 ? -1 : base + node.head(), ParseScores.universal(node.relation())));
        }
    }

    private static void addOwn(List<Word> out, DependencyTree tree, int[] nonSpaceBefore, int offset) {
        int base = out.size();
        for (SyntaxNode node : tree.nodes()) {
            Token t = node.token();
            out.add(new Word(offset + nonSpaceBefore[t.start()], offset + nonSpaceBefore[t.end()], false, t.text(),
                    node.pos().name(), node.lemma(), node.head() < 0 ? -1 : base + node.head(),
                    ParseScores.universal(node.relation())));
        }
    }

    /** System word index -> gold word index, as conll18_ud_eval.py's align_words. */
    static Map<Integer, Integer> align(List<Word> gold, List<Word> system) {
        Map<Integer, Integer> aligned = new HashMap<>();
        int gi = 0, si = 0;
        while (gi < gold.size() && si < system.size()) {
            Word g = gold.get(gi), s = system.get(si);
            if (g.multiword() || s.multiword()) {
                int[] span = multiwordSpan(gold, system, gi, si);
                int gs = span[0], ss = span[1];
                gi = span[2];
                si = span[3];
                alignByLcs(gold, system, gs, ss, gi, si, aligned);
            } else if (g.start() == s.start() && g.end() == s.end()) {
                aligned.put(si, gi);
                gi++;
                si++;
            } else if (g.start() <= s.start()) {
                gi++;
            } else {
                si++;
            }
        }
        return aligned;
    }

    /** {gold start, system start, gold end, system end} of the smallest stretch around a multiword token. */
    private static int[] multiwordSpan(List<Word> gold, List<Word> system, int gi, int si) {
        int end;
        if (gold.get(gi).multiword()) {
            end = gold.get(gi).end();
            if (!system.get(si).multiword() && system.get(si).start() < gold.get(gi).start()) {
                si++;
            }
        } else {
            end = system.get(si).end();
            if (!gold.get(gi).multiword() && gold.get(gi).start() < system.get(si).start()) {
                gi++;
            }
        }
        int gs = gi, ss = si;
        while (!beyondEnd(gold, gi, end) || !beyondEnd(system, si, end)) {
            if (gi < gold.size() && (si >= system.size() || gold.get(gi).start() <= system.get(si).start())) {
                end = extendEnd(gold.get(gi), end);
                gi++;
            } else {
                end = extendEnd(system.get(si), end);
                si++;
            }
        }
        return new int[]{gs, ss, gi, si};
    }

    private static boolean beyondEnd(List<Word> words, int i, int end) {
        if (i >= words.size()) {
            return true;
        }
        Word w = words.get(i);
        return w.multiword() ? w.start() >= end : w.end() > end;
    }

    private static int extendEnd(Word w, int end) {
        return w.multiword() && w.end() > end ? w.end() : end;
    }

    private static void alignByLcs(List<Word> gold, List<Word> system, int gs, int ss, int gi, int si, Map<Integer, Integer> aligned) {
        int gn = gi - gs, sn = si - ss;
        if (gn <= 0 || sn <= 0) {
            return;
        }
        int[][] lcs = new int[gn + 1][sn + 1];
        for (int g = gn - 1; g >= 0; g--) {
            for (int s = sn - 1; s >= 0; s--) {
                int v = same(gold.get(gs + g), system.get(ss + s)) ? 1 + lcs[g + 1][s + 1] : 0;
                lcs[g][s] = Math.max(v, Math.max(lcs[g + 1][s], lcs[g][s + 1]));
            }
        }
        int g = 0, s = 0;
        while (g < gn && s < sn) {
            if (same(gold.get(gs + g), system.get(ss + s))) {
                aligned.put(ss + s, gs + g);
                g++;
                s++;
            } else if (lcs[g][s] == lcs[g + 1][s]) {
                g++;
            } else {
                s++;
            }
        }
    }

    private static boolean same(Word a, Word b) {
        return a.form().toLowerCase(Locale.ROOT).equals(b.form().toLowerCase(Locale.ROOT));
    }
}
