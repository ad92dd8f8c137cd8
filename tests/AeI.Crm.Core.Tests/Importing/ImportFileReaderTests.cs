using AeI.Crm.Importing;
using AeI.Crm.Importing.Reading;

namespace AeI.Crm.Core.Tests.Importing;

/// <summary>Files as the group keeps them: Excel's CSV in Windows-1252, semicolons or tabs, line breaks in cells, .xlsx with a title and merged cells.</summary>
public sealed class ImportFileReaderTests
{
    [Fact]
    public void Windows_1252_accents_are_read_as_written()
    {
        var bytes = TestFiles.Csv("Ragione sociale;Comune;Note\r\nCaffè Città Srl;Cantù;Più è meglio: 5 €\r\n", "windows-1252");

        var table = ImportFileReader.Read(bytes, "aziende.csv", 1000);

        Assert.Contains("Windows-1252", table.Description, StringComparison.Ordinal);
        Assert.Equal(["Caffè Città Srl", "Cantù", "Più è meglio: 5 €"], table.Lines[1].Cells);
    }

    [Theory]
    [InlineData("utf-8-bom", "UTF-8 con BOM")]
    [InlineData("utf-8", "UTF-8")]
    public void Utf8_with_or_without_bom_is_read_and_named(string encoding, string described)
    {
        var table = ImportFileReader.Read(TestFiles.Csv("Ragione sociale;Comune\nÀncora Società;Forlì\n", encoding), "a.csv", 10);

        Assert.EndsWith(described, table.Description, StringComparison.Ordinal);
        Assert.Equal("Àncora Società", table.Lines[1].Cells[0]);
        Assert.Equal("Ragione sociale", table.Lines[0].Cells[0]);
    }

    [Theory]
    [InlineData(";", "«;»")]
    [InlineData("\t", "tabulazione")]
    [InlineData(",", "«,»")]
    public void The_separator_is_found(string separator, string described)
    {
        string[] rows = ["Ragione sociale|P.IVA|Comune", "Rossi, Bianchi & C.|12345678903|Milano", "Verdi Srl||Rho"];
        var text = string.Join("\n", rows
            .Select(l => string.Join(separator, l.Split('|').Select(c => c.Contains(separator, StringComparison.Ordinal) ? $"\"{c}\"" : c))));

        var table = ImportFileReader.Read(TestFiles.Csv(text), "a.csv", 10);

        Assert.Contains(described, table.Description, StringComparison.Ordinal);
        Assert.Equal(["Rossi, Bianchi & C.", "12345678903", "Milano"], table.Lines[1].Cells);
        Assert.Equal(3, table.Lines[2].Cells.Length);
    }

    [Fact]
    public void A_quoted_field_with_line_breaks_stays_one_row_and_later_rows_keep_their_line()
    {
        var text = "Ragione sociale;Note\r\n\"Rossi Srl\";\"prima riga\r\nseconda riga; con separatore\"\r\nVerdi Srl;ok\r\n";

        var table = ImportFileReader.Read(TestFiles.Csv(text), "a.csv", 10);

        Assert.Equal(3, table.Lines.Count);
        Assert.Equal("prima riga\r\nseconda riga; con separatore", table.Lines[1].Cells[1]);
        Assert.Equal(2, table.Lines[1].Line);
        Assert.Equal(4, table.Lines[2].Line);
    }

    [Fact]
    public async Task An_xlsx_with_a_merged_title_merged_header_cells_and_empty_rows_reads_its_rows_with_their_numbers()
    {
        var bytes = await TestFiles.XlsxAsync(
            [
                ["Elenco aziende 2020", null, null, null],
                ["Ragione sociale", "Sede", null, "Dipendenti"],
                ["Rossi Srl", "Milano", "20100", 12],
                [],
                ["Verdi Spa", "Rho", "20017", 40],
                [],
            ],
            "A1:D1", "B2:C2");

        var table = ImportFileReader.Read(bytes, "aziende.xlsx", 100);
        var (header, mapping) = ColumnMapping.Guess(table.Lines, ImportKind.Companies);

        Assert.StartsWith("Excel", table.Description, StringComparison.Ordinal);
        Assert.Equal(["Elenco aziende 2020", "Elenco aziende 2020", "Elenco aziende 2020", "Elenco aziende 2020"], table.Lines[0].Cells);
        Assert.Equal(["Ragione sociale", "Sede", "Sede", "Dipendenti"], table.Lines[1].Cells);
        Assert.Equal([1, 2, 3, 5], table.Lines.Select(l => l.Line));
        Assert.Equal(1, header);
        Assert.Equal(0, mapping.Columns["legalName"]);
        Assert.Equal(3, mapping.Columns["employees"]);
        Assert.Equal("12", table.Lines[2].Cells[3]);
    }

    [Fact]
    public void More_rows_than_allowed_are_refused_with_a_message()
    {
        var text = "Ragione sociale\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"Azienda {i}\n"));

        var e = Assert.Throws<ImportFileException>(() => ImportFileReader.Read(TestFiles.Csv(text), "a.csv", 10));

        Assert.Equal("Il file ha più di 10 righe: dividilo in più file.", e.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0 }, "a.xls", "97-2003")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4 }, "a.xlsx", "danneggiato")]
    [InlineData(new byte[] { 1, 0, 2, 0, 3, 0 }, "a.csv", "dati binari")]
    [InlineData(new byte[0], "a.csv", "vuoto")]
    public void A_file_that_is_not_a_table_gets_a_message(byte[] content, string name, string expected)
    {
        var e = Assert.Throws<ImportFileException>(() => ImportFileReader.Read(content, name, 10));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Italian_headers_are_guessed_and_a_remembered_mapping_wins()
    {
        string[] headers = ["Rag. Soc.", "P.IVA", "Città", "Prov.", "CAP", "Tel.", "E-mail", "Referente", "Colonna strana"];
        var lines = new[] { new ImportLine(1, headers) };

        var (_, guessed) = ColumnMapping.Guess(lines, ImportKind.Companies);
        var (_, remembered) = ColumnMapping.Guess(lines, ImportKind.Companies, new Dictionary<string, string> { ["COLONNA STRANA"] = "notes" });

        Assert.Equal(new Dictionary<string, int>
        {
            ["legalName"] = 0, ["vat"] = 1, ["municipality"] = 2, ["province"] = 3, ["postalCode"] = 4, ["phone"] = 5, ["email"] = 6, ["contactName"] = 7,
        }, guessed.Columns);
        Assert.Equal(8, remembered.Columns["notes"]);
    }
}
