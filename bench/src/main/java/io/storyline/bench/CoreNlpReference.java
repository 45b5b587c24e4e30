package io.storyline.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Stanford CoreNLP as the reference for {@code bench nlp}, reached by reflection: CoreNLP and its 500 MB of models are
 * only on the class path when the bench module is built with {@code -Pcorenlp} (the launcher does that for
 * {@code bench nlp}), so the normal build and CI never download them.
 */
final class CoreNlpReference {
    static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "LOCATION", "LOC", "ORGANIZATION", "ORG", "MISC", "MISC");

    private CoreNlpReference() {
    }

    static boolean available() {
        try {
            Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A CoreNLP pipeline; {@link Pipeline#process} returns the number of tokens it found. */
    static Pipeline pipeline(String annotators) throws ReflectiveOperationException {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("threads", "1");
        Class<?> type = Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP");
        Object pipeline = type.getConstructor(Properties.class).newInstance(props);
        Method process = type.getMethod("process", String.class);
        Class<?> tokensKey = Class.forName("edu.stanford.nlp.ling.CoreAnnotations$TokensAnnotation");
        Method get = Class.forName("edu.stanford.nlp.pipeline.Annotation").getMethod("get", Class.class);
        return text -> {
            Object annotation = process.invoke(pipeline, text);
            Object tokens = get.invoke(annotation, tokensKey);
            return tokens == null ? 0 : ((Collection<?>) tokens).size();
        };
    }

    interface Pipeline {
        int process(String text) throws ReflectiveOperationException;
    }

    /** CoreNLP's CRF sequence classifier labelling pre-tokenised sentences with IOB2 CoNLL labels. */
    static SentenceTagger crf(String model) throws ReflectiveOperationException {
        Class<?> crf = Class.forName("edu.stanford.nlp.ie.crf.CRFClassifier");
        Object classifier = crf.getMethod("getClassifier", String.class).invoke(null, model);
        Method classify = crf.getMethod("classifySentence", List.class);
        var word = Class.forName("edu.stanford.nlp.ling.Word").getConstructor(String.class);
        Method get = Class.forName("edu.stanford.nlp.ling.CoreLabel").getMethod("get", Class.class);
        Class<?> answerKey = Class.forName("edu.stanford.nlp.ling.CoreAnnotations$AnswerAnnotation");
        return words -> {
            List<Object> sentence = new ArrayList<>(words.length);
            for (String w : words) {
                sentence.add(word.newInstance(w));
            }
            List<?> labelled = (List<?>) classify.invoke(classifier, sentence);
            String[] labels = new String[words.length];
            String previous = "O";
            for (int i = 0; i < words.length; i++) {
                String answer = (String) get.invoke(labelled.get(i), answerKey);
                String type = TYPES.getOrDefault(answer, null);
                // the CRF answers IO-style (one class per token): a run of one type is one name
                labels[i] = type == null ? "O" : (type.equals(previous) ? "I-" : "B-") + type;
                previous = type == null ? "O" : type;
            }
            return labels;
        };
    }

    interface SentenceTagger {
        String[] labels(String[] words) throws ReflectiveOperationException;
    }
}
