package org.kemu.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectNameResolverTests {

    private final SubjectNameResolver resolver = new SubjectNameResolver(List.of(
            subject("208", "社会保障和就业支出"),
            subject("20801", "人力资源和社会保障管理事务"),
            subject("2080101", "行政运行"),
            subject("2080109", "社会保险经办机构"),
            new Subject(Scheme.FUNCTION, "20805", "行政事业单位养老支出",
                    List.of(new FormerName("行政事业单位离退休", 2007, 2019)), null, null),
            subject("2080501", "行政单位离退休"),
            subject("201", "一般公共服务支出"),
            subject("20101", "人大事务"),
            subject("2010101", "行政运行")));

    @Test
    void resolvesNamesMarkedWithTheirLevels() {
        assertThat(resolver.resolveHeading("社会保障和就业支出（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）"))
                .map(Subject::code).contains("2080109");
        assertThat(resolver.resolveHeading("社会保障和就业(类)人力资源和社会保障管理事务(款)行政运行(项)"))
                .map(Subject::code).contains("2080101");
    }

    @Test
    void resolvesCodesInBracketsWhenTheNameAgrees() {
        assertThat(resolver.resolveHeading("社会保障和就业（208）人力资源和社会保障管理事务（01）社会保险经办机构（09）"))
                .map(Subject::code).contains("2080109");
        assertThat(resolver.resolveHeading("社会保障和就业（208）人力资源和社会保障管理事务（01）行政运行（09）")).isEmpty();
    }

    @Test
    void walksTheTreeSoSharedItemNamesResolveUnderTheirSection() {
        assertThat(resolver.resolvePath(List.of("人大事务", "行政运行"))).map(Subject::code).contains("2010101");
        assertThat(resolver.resolvePath(List.of("人力资源和社会保障管理事务", "行政运行"))).map(Subject::code).contains("2080101");
        assertThat(resolver.resolvePath(List.of("行政事业单位离退休", "行政单位离退休"))).map(Subject::code).contains("2080501");
    }

    @Test
    void plainTermsAreNotSubjects() {
        assertThat(resolver.resolveHeading("“三公”经费")).isEmpty();
        assertThat(resolver.resolveHeading("基本支出")).isEmpty();
    }

    private static Subject subject(String code, String name) {
        return new Subject(Scheme.FUNCTION, code, name, List.of(), null, null);
    }
}
