package org.custodian.corpus.tree;

import java.util.ArrayList;
import java.util.List;
import org.custodian.corpus.LabelledDocument;

/** A corpus document with the title a person would give the file it sits in. */
record TitledDocument(String title, LabelledDocument doc) {
    String text() {
        return doc.text();
    }

    /** The text's lines, without line terminators. */
    List<String> lines() {
        return List.of(doc.text().split("\r?\n", -1));
    }

    /** Comma-separated rows, honouring double quotes, for documents that are CSV exports. */
    List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines()) {
            if (line.isEmpty()) continue;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }
}
