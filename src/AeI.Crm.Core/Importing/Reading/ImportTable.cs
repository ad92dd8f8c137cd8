namespace AeI.Crm.Importing.Reading;

/// <summary>A row of a file as text, with its line (CSV) or row number (.xlsx) in the file.</summary>
public sealed record ImportLine(int Line, string[] Cells)
{
    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);

    public string Cell(int column) => column >= 0 && column < Cells.Length ? Cells[column].Trim() : "";
}

/// <summary>A file read as rows of text, before its header is chosen.</summary>
public sealed record ImportTable(string Description, IReadOnlyList<ImportLine> Lines);

/// <summary>A file that cannot be read at all; the message is for the user, in Italian.</summary>
public sealed class ImportFileException(string message) : Exception(message);
