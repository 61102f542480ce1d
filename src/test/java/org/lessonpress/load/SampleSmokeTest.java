package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

class SampleSmokeTest {
    @Test
    void corpusLoads() {
        for (String stem : Corpus.ALL) {
            LessonDocument d = Corpus.load(stem);
            System.out.println(stem + ": " + d.allLessons().size() + " lessons, " + d.allSections().size() + " sections");
        }
        LessonDocument s = Corpus.sample();
        assertThat(s.allLessons()).hasSize(39);
        s.entries().forEach(e -> System.out.println(e.lesson().number() + " [" + (e.section() == null ? "-" : e.section().id()) + "] " + e.lesson().leadText() + " | body blocks " + e.lesson().body().size()));
        System.out.println("closing " + s.closing());
        System.out.println("intro " + s.intro().size());
    }
}
