package org.kemu.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The text of a workbook of 公开表 (.xlsx or .xls), as the tables would be printed: sheet after sheet (hidden sheets
 * and rows, which hold a workbook's working, left out), each row a
 * line with its cells between tabs, a cell at the column it stands in (so a title merged across the columns, or a
 * heading over several, leaves the cells it covers empty and every amount stays under its heading). A cell reads as
 * it is displayed, through its number format: the printed amount ("1,511.89"), not the binary fraction Excel
 * stores, and a formula gives the result saved with the file.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static String read(Path file, String name) {
        try (var workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            var formatter = new DataFormatter();
            var text = new StringBuilder();
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
                    continue;
                }
                append(workbook.getSheetAt(index), formatter, text);
                text.append('\f');
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name + ": not a readable spreadsheet (damaged, truncated, encrypted or not "
                    + ".xlsx or .xls at all): " + e.getMessage());
        }
    }

    private static void append(Sheet sheet, DataFormatter formatter, StringBuilder text) {
        var merged = sheet.getMergedRegions();
        for (var row : sheet) {
            if (row.getZeroHeight()) {
                continue;
            }
            text.append(line(row, formatter, merged.stream()
                    .filter(region -> region.getFirstRow() <= row.getRowNum() && row.getRowNum() <= region.getLastRow())
                    .toList())).append('\n');
        }
    }

    /** One row: each cell's displayed text at its column, tabs between; a cell covered by a merge left empty. */
    private static String line(Row row, DataFormatter formatter, List<CellRangeAddress> merged) {
        var last = row.getLastCellNum();
        var cells = new StringBuilder();
        for (int column = 0; column < last; column++) {
            if (column > 0) {
                cells.append('\t');
            }
            final var at = column;
            var covered = merged.stream().anyMatch(region -> region.isInRange(row.getRowNum(), at)
                    && (region.getFirstRow() != row.getRowNum() || region.getFirstColumn() != at));
            var cell = row.getCell(column);
            if (!covered && cell != null) {
                cells.append(displayed(cell, formatter).replace('\t', ' ').replace('\n', ' ').strip());
            }
        }
        return cells.toString().stripTrailing();
    }

    private static String displayed(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
