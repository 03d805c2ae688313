package org.kemu.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kemu.format.ReportDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes stored reports back in the report format, amounts in the unit the document stated them in. Exporting a
 * report and importing the result changes nothing: the importer finds the same checksum.
 */
@Service
public class ReportExporter {

    static final JsonMapper PRETTY_JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private final ReportReader reader;

    ReportExporter(ReportReader reader) {
        this.reader = reader;
    }

    /** The reports of a unit (all years, or one) as documents, in year and kind order. */
    @Transactional(readOnly = true)
    public List<ReportDocument> exportUnit(String unitId, Integer year) {
        var ids = reader.reportIdsOfUnit(unitId, year);
        var documents = export(ids);
        return ids.stream().map(documents::get).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ReportDocument> export(String unitId, int year, String kind) {
        return reader.reportId(unitId, year, kind).map(id -> export(List.of(id)).get(id));
    }

    public static String toJson(Object documents) {
        return PRETTY_JSON.writeValueAsString(documents);
    }

    /** Documents for the report ids, read with one statement per part of the format. */
    @Transactional(readOnly = true)
    public Map<String, ReportDocument> export(Collection<String> reportIds) {
        var lines = byReport(reader.lines(reportIds));
        var figures = byReport(reader.figures(reportIds));
        var counts = byReport(reader.counts(reportIds));
        var definitions = byReport(reader.definitions(reportIds));
        var threePublic = byReport(reader.threePublic(reportIds));
        var projects = byReport(reader.projects(reportIds));
        var result = new LinkedHashMap<String, ReportDocument>();
        for (var report : reader.reports(reportIds)) {
            var id = report.reportId();
            result.put(id, ReportRows.document(new ReportRows.Rows(id, report.unit(), report.report(),
                    lines.getOrDefault(id, List.of()), figures.getOrDefault(id, List.of()),
                    threePublic.getOrDefault(id, List.of()), counts.getOrDefault(id, List.of()),
                    definitions.getOrDefault(id, List.of()), projects.getOrDefault(id, List.of()))));
        }
        return result;
    }

    private static Map<String, List<Map<String, Object>>> byReport(List<ReportReader.Part> parts) {
        var result = new LinkedHashMap<String, List<Map<String, Object>>>();
        parts.forEach(part -> result.computeIfAbsent(part.reportId(), k -> new ArrayList<>()).add(part.row()));
        return result;
    }
}
