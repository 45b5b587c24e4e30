package io.storyline.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: a first pass over each sentence, then a second pass whose features also see what the first pass
 * decided for the same words elsewhere in the document (a name tagged PER in one sentence is likely PER in the
 * next), plus the gazetteer and word clusters the features read. Immutable, so one instance serves any number of
 * threads. Stored gzipped, each feature with a bit mask of its non-zero tags and half-precision weights.
 */
final class NerModel {
    private static final int MAGIC = 0x534C4E32; // "SLN2"
    private final StageWeights first;
    private final StageWeights second; // null: one pass only
    final Gazetteer gazetteer;
    final WordClusters clusters;

    NerModel(StageWeights first, StageWeights second, Gazetteer gazetteer, WordClusters clusters) {
        this.first = first;
        this.second = second;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /** BILOU tags of every token of a document given as sentences of words, flat in document order. */
    int[] tag(CharSequence[][] sentences) {
        TokenTable table = new TokenTable(sentences, gazetteer, clusters);
        int[] tags = new int[table.size];
        first.tag(table, tags);
        if (second != null) {
            table.setFirstPass(tags);
            tags = new int[table.size];
            second.tag(table, tags);
        }
        return tags;
    }

    void write(OutputStream raw, float minWeight) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(Bilou.COUNT);
            out.writeBoolean(second != null);
            first.write(out, minWeight);
            if (second != null) {
                second.write(out, minWeight);
            }
            gazetteer.write(out);
            clusters.write(out);
        }
    }

    static NerModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != Bilou.COUNT) {
                throw new IOException("not a Storyline NER model of this version");
            }
            boolean twoPasses = in.readBoolean();
            StageWeights first = StageWeights.read(in);
            StageWeights second = twoPasses ? StageWeights.read(in) : null;
            return new NerModel(first, second, Gazetteer.read(in), WordClusters.read(in));
        }
    }
}
