package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.JsonRecord;

class CodedDocumentsTest {
  @Test
  void writesOneRecordPerRowWithTextThatTheIngestReadsBackWithItsId() {
    String csv =
        """
        id,EventSnippet,SubType
        7,"Militants stormed Sérou's market, ""witnesses"" said.",ATTACK
        8,,ATTACK
        """;
    CodedFile file = CodedReader.standard().read("case_x", csv);
    StringWriter out = new StringWriter();

    int written = CodedDocuments.write(file, out);

    assertThat(written).as("a row without text makes no document").isEqualTo(1);
    String line = out.toString().strip();
    assertThat(line).doesNotContain("é").contains("\\u00E9");
    JsonRecord record = JsonRecord.parse(line);
    assertThat(record.id()).isEqualTo("case_x:7");
    assertThat(record.metadata().title()).isNull();
    assertThat(record.text()).isEqualTo("Militants stormed Sérou's market, \"witnesses\" said.");
  }
}
